/** An ASYE review a partnership's admins follow up across its member councils. */
import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType, PageArgs } from '#hub/shared/pagination';
import { DateScalar } from '#hub/shared/scalars';
import { AsyeReviewPoint } from '../rules/asye';
import { ReviewUrgency } from '../rules/asye-follow-up';
import { Council } from './council';
import { Practitioner } from './practitioner';

registerEnumType(ReviewUrgency, {
  name: 'ReviewUrgency',
  description: 'How soon an ASYE review needs acting on.',
  valuesConfig: {
    OVERDUE: { description: 'Its day has passed and it was not held.' },
    DUE_SOON: {
      description: 'Due within 30 days on a record in progress (a paused record’s dates move on, so none of its reviews is due soon).',
    },
  },
});

@ObjectType({ description: 'One ASYE review overdue or due soon: who, where, which review and when it falls due.' })
export class AsyeReviewToFollowUp {
  @Field(() => ID, { description: 'The ASYE record the review belongs to.' })
  id: string;

  @Field(() => Practitioner, { nullable: true, description: 'The newly qualified social worker.' })
  practitioner: Pick<Practitioner, 'id'>;

  @Field(() => Council, { nullable: true, description: 'Their council.' })
  council: Pick<Council, 'id'>;

  @Field(() => AsyeReviewPoint, { description: 'The review point.' })
  point: AsyeReviewPoint;

  @Field(() => DateScalar, { description: 'When it is due, moved on by any pauses.' })
  dueOn: string;

  @Field(() => ReviewUrgency, { description: 'Overdue, or due soon.' })
  urgency: ReviewUrgency;

  @Field(() => Int, { description: 'Days since it fell due: 0 or less for a review not yet due.' })
  daysOverdue: number;
}

export const AsyeReviewToFollowUpConnection = ConnectionType(AsyeReviewToFollowUp, 'AsyeReviewToFollowUp');

@ArgsType()
export class AsyeFollowUpArgs extends PageArgs {
  @Field(() => ReviewUrgency, { nullable: true, description: 'Only reviews this urgent; both when left out.' })
  urgency?: ReviewUrgency | null;

  @Field(() => ID, { nullable: true, description: 'Only this member council’s reviews.' })
  councilId?: string | null;
}
