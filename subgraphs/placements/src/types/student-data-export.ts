import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A student's data-subject export, owned by the universities subgraph. This subgraph adds their placements. */
@Directive('@key(fields: "id")')
@ObjectType()
export class StudentDataExport {
  @Field(() => ID)
  id: string;
}
