import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A council team, owned by the councils subgraph; an offer names its team by id. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: "A team within a council, e.g. a children's assessment team." })
export class Team {
  @Field(() => ID, { description: 'The team’s id.' })
  id: string;
}
