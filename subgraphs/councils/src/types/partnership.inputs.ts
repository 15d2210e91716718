import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A new teaching partnership and its first member councils.' })
export class PartnershipCreateInput {
  @Field({ description: 'The partnership’s name: unique in the hub, up to 160 characters.' })
  name: string;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Councils to bring in: those you are also council admin of join at once, the others are invited; repeats are ignored. None when absent.',
  })
  councilIds?: string[];
}

@InputType({ description: 'A partnership’s new name.' })
export class PartnershipRenameInput {
  @Field(() => ID, { description: 'The partnership to rename; you must administer it.' })
  id: string;

  @Field({ description: 'The new name: unique in the hub, up to 160 characters.' })
  name: string;
}

@InputType({ description: 'A council’s membership of a partnership, to ask for or to end; you must administer one side or both.' })
export class PartnershipCouncilInput {
  @Field(() => ID, { description: 'The partnership.' })
  partnershipId: string;

  @Field(() => ID, { description: 'The council.' })
  councilId: string;
}
