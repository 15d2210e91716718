import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A practitioner's data-subject export, owned by the councils subgraph. This subgraph adds their teaching records. */
@Directive('@key(fields: "id")')
@ObjectType()
export class PractitionerDataExport {
  @Field(() => ID)
  id: string;
}
