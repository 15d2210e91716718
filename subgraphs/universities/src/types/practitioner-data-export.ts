import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A practitioner's data-subject export, owned by the councils subgraph. This subgraph adds their teaching records. */
@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'Everything the hub holds about one practitioner, one section per subgraph. Other people appear by id only. For their council’s admins, and for the practitioner themselves.',
})
export class PractitionerDataExport {
  @Field(() => ID, { description: 'The practitioner’s id.' })
  id: string;
}
