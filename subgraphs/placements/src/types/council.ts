import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A council, owned by the councils subgraph. This subgraph adds its placement offers, supply and reviews. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Council {
  @Field(() => ID)
  id: string;
}
