import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Owned by another subgraph; this subgraph adds its leadership fields. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A local authority with children's or adults' social work services." })
export class Council {
  @Field(() => ID, { description: 'Derived from the GSS code, so it is the same in every environment.' })
  id: string;
}
