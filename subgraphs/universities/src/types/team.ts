import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A council team, owned by the councils subgraph; a shadowing visit refers to its host team by id. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: "A team within a council, e.g. a children's assessment team." })
export class Team {
  @Field(() => ID, { description: 'The team’s id, given when it was added.' })
  id: string;
}
