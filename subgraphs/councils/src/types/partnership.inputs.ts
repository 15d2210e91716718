import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class PartnershipCreateInput {
  @Field()
  name: string;

  @Field(() => [ID], { nullable: true })
  councilIds?: string[];
}

@InputType()
export class PartnershipRenameInput {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@InputType()
export class PartnershipCouncilInput {
  @Field(() => ID)
  partnershipId: string;

  @Field(() => ID)
  councilId: string;
}
