import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A university, owned by the universities subgraph; a placement names the allocating university by id. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: 'A university (higher education provider) that trains social workers.' })
export class University {
  @Field(() => ID, { description: 'Derived from the UKPRN, so it is the same in every environment.' })
  id: string;
}
