import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../../../shared/scalars';
import { FinalOutcome, MidpointOutcome, PlacementStatus, QaplRating } from './enums';
import { AcademicYearScalar } from '../../../../shared/scalars';

@InputType()
export class PlacementAllocateInput {
  @Field(() => ID)
  offerId: string;

  @Field(() => ID, { description: 'A student of your university, in the universities subgraph.' })
  studentId: string;

  @Field(() => ID, { description: 'Your university.' })
  universityId: string;

  @Field(() => ID, { nullable: true, description: 'The practice educator; the offer’s when left out.' })
  practiceEducatorId?: string | null;
}

@InputType()
export class PlacementConfirmInput {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: 'Set or change the practice educator.' })
  practiceEducatorId?: string | null;
}

@InputType()
export class PlacementStartInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class PlacementRecordLearningAgreementInput {
  @Field(() => ID)
  id: string;

  @Field(() => DateScalar, { description: 'Not after today, and before the placement starts running.' })
  signedOn: string;
}

@InputType({ description: 'Days to add to the running totals.' })
export class PlacementLogDaysInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Days of practice done since the last entry, 0 to 100.' })
  daysCompleted: number;

  @Field(() => Int, { nullable: true, description: 'Days missed since the last entry, 0 to 100; they are added on to the placement.' })
  missedDays?: number | null;
}

@InputType()
export class PlacementRecordMidpointReviewInput {
  @Field(() => ID)
  id: string;

  @Field(() => MidpointOutcome)
  outcome: MidpointOutcome;

  @Field(() => String, {
    nullable: true,
    description: 'Required with CONCERNS: at most 1,000 characters, no details of people who use services.',
  })
  actionPlan?: string | null;

  @Field(() => DateScalar)
  reviewedOn: string;
}

@InputType()
export class PlacementCompleteInput {
  @Field(() => ID)
  id: string;

  @Field(() => FinalOutcome)
  finalOutcome: FinalOutcome;

  @Field(() => DateScalar)
  endedOn: string;
}

@InputType()
export class PlacementEndEarlyInput {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Why, in at most 500 characters; no details of people who use services.' })
  reason: string;

  @Field(() => DateScalar)
  endedOn: string;
}

@InputType()
export class PlacementCancelInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@InputType()
export class PlacementFilter {
  @Field(() => ID, { nullable: true })
  councilId?: string | null;

  @Field(() => ID, { nullable: true })
  universityId?: string | null;

  @Field(() => AcademicYearScalar, { nullable: true })
  academicYear?: string | null;

  @Field(() => PlacementStatus, { nullable: true })
  status?: PlacementStatus | null;
}

@InputType()
export class StudentSkillsDaysInput {
  @Field(() => ID)
  studentId: string;

  @Field(() => ID, { description: 'The student’s university; you must administer it.' })
  universityId: string;

  @Field(() => Int, { description: 'Skills days run so far, 0 to 30.' })
  days: number;
}

@InputType()
export class QaplReviewCompleteInput {
  @Field(() => ID)
  placementId: string;

  @Field(() => QaplRating)
  rating: QaplRating;

  @Field({ description: 'At most 1,000 characters; no details of people who use services.' })
  actions: string;

  @Field(() => DateScalar)
  completedOn: string;
}

@InputType()
export class QaplReviewScrutiniseInput {
  @Field(() => ID)
  id: string;

  @Field(() => DateScalar)
  scrutinisedOn: string;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}
