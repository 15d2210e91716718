import { Directive, Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';

/**
 * Everything the hub holds about one student, for a data-subject request. This subgraph owns the
 * entity and the student's own record; the placements subgraph adds its section.
 */
@Directive('@key(fields: "id")')
@ObjectType({
  description: 'Everything the hub holds about one student, one section per subgraph, for their university’s admins.',
})
export class StudentDataExport {
  @Field(() => ID, { description: 'The student’s id.' })
  id: string;

  @Field(() => GraphQLISODateTime, { description: 'When this export was made: the time of the request.' })
  exportedAt: Date;
}
