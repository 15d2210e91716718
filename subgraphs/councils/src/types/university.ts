import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A university, owned by the universities subgraph; this subgraph only refers to it by id. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class University {
  @Field(() => ID)
  id: string;
}
