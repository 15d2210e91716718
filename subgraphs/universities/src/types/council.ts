import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A council, owned by the councils subgraph. This subgraph adds its shadowing visits and teaching figures. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A local authority with children's or adults' social work services." })
export class Council {
  @Field(() => ID, { description: 'Derived from the GSS code, so it is the same in every environment.' })
  id: string;
}
