/** The inputs of starting an ASYE and recording its reviews and evidence. */
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '#hub/shared/scalars';
import { AsyeReviewPoint } from '../rules/asye';
import { EarlyCareerProgramme, ReviewOutcome } from './enums';

@InputType({ description: 'A new ASYE for a newly qualified social worker.' })
export class AsyeStartInput {
  @Field(() => ID, { description: 'The newly qualified social worker; they must have no ASYE other than withdrawn ones.' })
  practitionerId: string;

  @Field(() => ID, { description: 'The practitioner’s council; you must administer it.' })
  councilId: string;

  @Field(() => ID, { description: 'The practitioner who assesses the ASYE: of the same council, and not the one doing it.' })
  assessorPractitionerId: string;

  @Field(() => DateScalar, { description: 'The first day of the ASYE; every review is due from it.' })
  startedOn: string;

  @Field(() => EarlyCareerProgramme, { nullable: true, description: 'ASYE when not given.' })
  programme?: EarlyCareerProgramme | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether to plan the optional 9-month review; false when not given.' })
  withNineMonthReview?: boolean | null;
}

@InputType({ description: 'A review as held.' })
export class AsyeReviewInput {
  @Field(() => ID, { description: 'The ASYE record; it must be running (in progress or paused).' })
  id: string;

  @Field(() => AsyeReviewPoint, {
    description: 'Which review was held (the 9-month one only when planned); recording one again replaces it.',
  })
  point: AsyeReviewPoint;

  @Field(() => DateScalar, {
    description: 'The day it was held: not before the start, not after today; a final review from four weeks before it is due.',
  })
  heldOn: string;

  @Field(() => ReviewOutcome, { description: 'What the review found.' })
  outcome: ReviewOutcome;
}

@InputType({ description: 'Evidence counts as they now stand; fields left out stay as they are.' })
export class AsyeEvidenceInput {
  @Field(() => ID, { description: 'The ASYE record; it must be running (in progress or paused).' })
  id: string;

  @Field(() => Int, { nullable: true, description: 'Direct observations of practice so far: 0 to 50.' })
  directObservations?: number | null;

  @Field(() => Int, { nullable: true, description: 'Pieces of feedback from people who use services so far: 0 to 50.' })
  feedbackFromPeopleWhoUseServices?: number | null;

  @Field(() => Int, { nullable: true, description: 'Pieces of feedback from other professionals so far: 0 to 50.' })
  professionalFeedback?: number | null;

  @Field(() => Int, { nullable: true, description: 'Written reports assessed so far: 0 to 50.' })
  writtenReports?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the critical reflection at 6 months is done.' })
  reflectionAtSixMonths?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the critical reflection at 12 months is done.' })
  reflectionAtTwelveMonths?: boolean | null;

  @Field(() => Float, { nullable: true, description: 'Protected development hours taken so far: 0 to 2,000.' })
  protectedDevelopmentHours?: number | null;
}
