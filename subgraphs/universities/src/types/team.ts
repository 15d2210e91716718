import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A council team, owned by the councils subgraph; a shadowing visit refers to its host team by id. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class Team {
  @Field(() => ID)
  id: string;
}
