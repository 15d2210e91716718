import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Owned by another subgraph; this subgraph adds its leadership fields. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Council {
  @Field(() => ID)
  id: string;
}
