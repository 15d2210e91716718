import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '#hub/shared/scalars';
import { FinalOutcome, MidpointOutcome, PlacementStatus, QaplRating } from './enums';
import { AcademicYearScalar } from '#hub/shared/scalars';

@InputType({ description: 'A student of your university to put on a placement offer.' })
export class PlacementAllocateInput {
  @Field(() => ID, { description: 'The offer; it must have a place left, and suit the student’s other placements.' })
  offerId: string;

  @Field(() => ID, { description: 'A student of your university, in the universities subgraph.' })
  studentId: string;

  @Field(() => ID, { description: 'Your university.' })
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

@InputType({ description: 'The skills days a student has done so far; replaces the number recorded before.' })
export class StudentSkillsDaysInput {
  @Field(() => ID, { description: 'The student, in the universities subgraph; refused if another university recorded them here first.' })
  studentId: string;

  @Field(() => ID, { description: 'The student’s university; you must administer it.' })
  universityId: string;

  @Field(() => Int, { description: 'Skills days run so far, 0 to 30.' })
  days: number;
}

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
