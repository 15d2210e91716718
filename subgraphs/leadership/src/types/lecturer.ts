import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Owned by another subgraph; this subgraph adds its leadership fields. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A member of a university’s social work teaching staff.' })
export class Lecturer {
  @Field(() => ID, { description: 'The lecturer’s id.' })
  id: string;
}
