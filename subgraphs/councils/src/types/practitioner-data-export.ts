import { Directive, Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';

/**
 * Everything the hub holds about one practitioner, for a data-subject request. Each subgraph adds
 * its own section; this one owns the entity and the practitioner's own record.
 */
@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'Everything the hub holds about one practitioner, one section per subgraph. Other people appear by id only. For their council’s admins, and for the practitioner themselves.',
})
export class PractitionerDataExport {
  @Field(() => ID, { description: 'The practitioner’s id.' })
  id: string;

  @Field(() => GraphQLISODateTime, { description: 'When the export was made: the time of the request, by the hub’s clock.' })
  exportedAt: Date;
}
