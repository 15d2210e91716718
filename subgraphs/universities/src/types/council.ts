import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A council, owned by the councils subgraph. This subgraph adds its shadowing visits and teaching figures. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Council {
  @Field(() => ID)
  id: string;
}
