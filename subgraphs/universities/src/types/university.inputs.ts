import { Field, ID, InputType } from 'type-graphql';
import { UkprnScalar } from './scalars';

@InputType({ description: 'A university to record, by its UKPRN.' })
export class UniversityCreateInput {
  @Field(() => UkprnScalar, { description: 'Its UK Provider Reference Number: fixes its id, and cannot change later.' })
  ukprn: string;

  @Field({ description: 'At most 160 characters.' })
  name: string;
}

@InputType({ description: 'A university’s new name.' })
export class UniversityRenameInput {
  @Field(() => ID, { description: 'The university to rename.' })
  id: string;

  @Field({ description: 'At most 160 characters.' })
  name: string;
}

@InputType({ description: 'A university and the partnership it joins or leaves; you must administer one side or both.' })
export class PartnershipUniversityInput {
  @Field(() => ID, { description: 'The partnership (recorded in the councils subgraph).' })
  partnershipId: string;

  @Field(() => ID, { description: 'The university joining or leaving it.' })
  universityId: string;
}
