import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A council team, owned by the councils subgraph; an offer names its team by id. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class Team {
  @Field(() => ID)
  id: string;
}
