/** The inputs of the QAPL review mutations. */
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '#hub/shared/scalars';
import { QaplRating } from './enums';

@InputType({ description: 'The QAPL review of a finished placement, once per placement.' })
export class QaplReviewCompleteInput {
  @Field(() => ID, { description: 'The placement, COMPLETED or ENDED_EARLY; you must administer the host council.' })
  placementId: string;

  @Field(() => QaplRating, { description: 'How the placement measured up.' })
  rating: QaplRating;

  @Field({ description: 'At most 1,000 characters; no details of people who use services.' })
  actions: string;

  @Field(() => DateScalar, { description: 'When the review was completed; not after today.' })
  completedOn: string;
}

@InputType({ description: 'The university’s scrutiny of a QAPL review, once per review.' })
export class QaplReviewScrutiniseInput {
  @Field(() => ID, { description: 'The QAPL review; you must administer the student’s university.' })
  id: string;

  @Field(() => DateScalar, { description: 'When it was scrutinised: on or after the review was completed, not after today.' })
  scrutinisedOn: string;

  @Field(() => String, {
    nullable: true,
    description: 'The university’s notes: at most 1,000 characters, no details of people who use services.',
  })
  notes?: string | null;
}
