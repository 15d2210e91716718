import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Council } from './council';

/** Owned by another subgraph; this subgraph adds its leadership fields. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A registered social worker working in a council, employed or through an agency.' })
export class Practitioner {
  @Field(() => ID, { description: 'Derived from the SWE number, so it is the same in every environment.' })
  id: string;

  @Directive('@external')
  @Field(() => Council, { description: 'Their council.' })
  council?: Pick<Council, 'id' | 'partnerships'>;
}
