import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A university, owned by the universities subgraph; a placement names the allocating university by id. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class University {
  @Field(() => ID)
  id: string;
}
