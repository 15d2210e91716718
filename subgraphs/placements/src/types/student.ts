import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A student, owned by the universities subgraph. This subgraph adds their placements and practice days. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Student {
  @Field(() => ID)
  id: string;
}
