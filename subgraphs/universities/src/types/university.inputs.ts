import { Field, ID, InputType } from 'type-graphql';
import { UkprnScalar } from './scalars';

@InputType()
export class UniversityCreateInput {
  @Field(() => UkprnScalar)
  ukprn: string;

  @Field()
  name: string;
}

@InputType()
export class UniversityRenameInput {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@InputType()
export class PartnershipUniversityInput {
  @Field(() => ID)
  partnershipId: string;

  @Field(() => ID)
  universityId: string;
}
