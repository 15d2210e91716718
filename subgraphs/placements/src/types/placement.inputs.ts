/** The inputs of the placement lifecycle's mutations, and the filter of the placements query. */
import { Field, ID, InputType, Int } from 'type-graphql';
import { AcademicYearScalar, DateScalar } from '#hub/shared/scalars';
import { FinalOutcome, MidpointOutcome, PlacementStatus } from './enums';

@InputType({ description: 'A student of your university to put on a placement offer.' })
export class PlacementAllocateInput {
  @Field(() => ID, { description: 'The offer; it must have a place left, and suit the student’s other placements.' })
  offerId: string;

  @Field(() => ID, { description: 'A student of your university on the universities subgraph’s register.' })
  studentId: string;

  @Field(() => ID, { description: 'Your university; a member of the offer’s partnership on the universities subgraph’s register.' })
  universityId: string;

  @Field(() => ID, { nullable: true, description: 'The practice educator; the offer’s when left out.' })
  practiceEducatorId?: string | null;
}

@InputType({ description: 'A proposed placement the host council accepts.' })
export class PlacementConfirmInput {
  @Field(() => ID, { description: 'The placement, PROPOSED; you must administer the host council.' })
  id: string;

  @Field(() => ID, { nullable: true, description: 'Set or change the practice educator.' })
  practiceEducatorId?: string | null;
}

@InputType({ description: 'A confirmed placement to start.' })
export class PlacementStartInput {
  @Field(() => ID, {
    description: 'The placement: CONFIRMED, with the learning agreement signed, a practice educator and its start date reached.',
  })
  id: string;
}

@InputType({ description: 'The signing of a placement’s practice learning agreement.' })
export class PlacementRecordLearningAgreementInput {
  @Field(() => ID, { description: 'The placement, PROPOSED or CONFIRMED.' })
  id: string;

  @Field(() => DateScalar, { description: 'Not after today, and before the placement starts running.' })
  signedOn: string;
}

@InputType({ description: 'Days to add to the running totals.' })
export class PlacementLogDaysInput {
  @Field(() => ID, { description: 'The placement, ACTIVE; you must administer the host council.' })
  id: string;

  @Field(() => Int, { description: 'Days of practice done since the last entry, 0 to 100.' })
  daysCompleted: number;

  @Field(() => Int, { nullable: true, description: 'Days missed since the last entry, 0 to 100; they are added on to the placement.' })
  missedDays?: number | null;
}

@InputType({ description: 'The midpoint review of a running placement; a later review replaces an earlier one.' })
export class PlacementRecordMidpointReviewInput {
  @Field(() => ID, { description: 'The placement, ACTIVE; you must administer the host council.' })
  id: string;

  @Field(() => MidpointOutcome, { description: 'What the review found.' })
  outcome: MidpointOutcome;

  @Field(() => String, {
    nullable: true,
    description: 'Required with CONCERNS: at most 1,000 characters, no details of people who use services.',
  })
  actionPlan?: string | null;

  @Field(() => DateScalar, { description: 'When the review was held: on or after the start, not after today.' })
  reviewedOn: string;
}

@InputType({ description: 'The end of a running placement, with its final outcome.' })
export class PlacementCompleteInput {
  @Field(() => ID, { description: 'The placement, ACTIVE.' })
  id: string;

  @Field(() => FinalOutcome, { description: 'The final report’s recommendation; PASS needs the placement’s required days done.' })
  finalOutcome: FinalOutcome;

  @Field(() => DateScalar, { description: 'The last day: on or after the start, not after today.' })
  endedOn: string;
}

@InputType({ description: 'An early end to a running placement.' })
export class PlacementEndEarlyInput {
  @Field(() => ID, { description: 'The placement, ACTIVE.' })
  id: string;

  @Field({ description: 'Why, in at most 500 characters; no details of people who use services.' })
  reason: string;

  @Field(() => DateScalar, { description: 'The last day: on or after the start, not after today.' })
  endedOn: string;
}

@InputType({ description: 'A placement to call off before it starts.' })
export class PlacementCancelInput {
  @Field(() => ID, { description: 'The placement, PROPOSED or CONFIRMED.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Why, in at most 500 characters; no details of people who use services.' })
  reason?: string | null;
}

@InputType({ description: 'Narrows the placements you may see; fields left out do not narrow.' })
export class PlacementFilter {
  @Field(() => ID, { nullable: true, description: 'Only placements this council hosts.' })
  councilId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only placements of this university’s students.' })
  universityId?: string | null;

  @Field(() => AcademicYearScalar, { nullable: true, description: 'Only placements on offers for this academic year.' })
  academicYear?: string | null;

  @Field(() => PlacementStatus, { nullable: true, description: 'Only placements with this status.' })
  status?: PlacementStatus | null;
}
