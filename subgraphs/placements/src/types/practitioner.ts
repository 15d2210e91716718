import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A council practitioner, owned by the councils subgraph. This subgraph adds their practice educator registrations. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Practitioner {
  @Field(() => ID)
  id: string;
}
