import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A student's data-subject export, owned by the universities subgraph. This subgraph adds their placements. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'Everything the hub holds about one student, one section per subgraph, for their university’s admins.' })
export class StudentDataExport {
  @Field(() => ID, { description: 'The student’s id.' })
  id: string;
}
