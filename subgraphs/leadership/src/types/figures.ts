/**
 * The leadership progress report: counts, rates and hours only. Outside the council's or the
 * partnership's own admins, counts from 1 to 4 are withheld and named in each object's `suppressed`.
 */
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { SuppressedFields } from '../../../../shared/small-counts';
import { DateScalar } from '../../../../shared/scalars';
import { PathwayStage } from '../entities/pathway-stage.entity';
import { Pathway } from '../entities/pathway.entity';
import { AsyeReviewPoint } from '../rules/asye';
import { Council } from './council';
import { ReviewOutcome } from './enums';

@ObjectType()
export class StageProgressFigures {
  @Field(() => PathwayStage)
  stage: PathwayStage;

  @Field(() => Int, { nullable: true, description: 'Enrolments working on this stage now, paused ones included.' })
  enrolled: number | null;

  @Field(() => Int, { nullable: true })
  onTrack: number | null;

  @Field(() => Int, { nullable: true, description: 'Longer in the stage than its expected months, not counting pauses.' })
  overdue: number | null;

  @Field(() => Int, { nullable: true })
  paused: number | null;

  @SuppressedFields()
  suppressed: string[];
}

@ObjectType()
export class PathwayProgressFigures {
  @Field(() => Pathway)
  pathway: Pathway;

  @Field(() => Int, { nullable: true })
  enrolled: number | null;

  @Field(() => Int, { nullable: true })
  completedThisYear: number | null;

  @Field(() => Int, { nullable: true })
  withdrawnThisYear: number | null;

  @Field(() => [StageProgressFigures])
  stages: StageProgressFigures[];

  @SuppressedFields()
  suppressed: string[];
}

@ObjectType({ description: 'Where the ASYE cohort stands.' })
export class AsyeCohortFigures {
  @Field(() => Int, { nullable: true })
  inProgress: number | null;

  @Field(() => Int, { nullable: true })
  paused: number | null;

  @Field(() => Int, { nullable: true, description: 'Reviews due in the next 30 days and not yet held.' })
  reviewsDueSoon: number | null;

  @Field(() => Int, { nullable: true, description: 'Reviews past their due date (moved on by pauses) and not held.' })
  reviewsOverdue: number | null;

  @Field(() => Int, { nullable: true })
  recordsWithOverdueReviews: number | null;

  @Field(() => Int, { nullable: true, description: 'Records whose final review is due within 60 days, or past, that still lack evidence.' })
  evidenceGapsNearFinalReview: number | null;

  @Field(() => Int, { nullable: true })
  completedThisYear: number | null;

  @SuppressedFields()
  suppressed: string[];
}

@ObjectType()
export class CpdComplianceFigures {
  @Field(() => Int, { description: 'The Social Work England registration year, named by the year it ends on 30 November.' })
  registrationYear: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Practitioners this subgraph knows in the council: with any CPD, pathway, ASYE or mentoring record.',
  })
  practitioners: number | null;

  @Field(() => Int, { nullable: true })
  compliant: number | null;

  @Field(() => Float, { nullable: true, description: 'compliant / practitioners, 0–1; null when there are none.' })
  complianceRate: number | null;

  @SuppressedFields()
  suppressed: string[];
}

@ObjectType()
export class MentoringFigures {
  @Field(() => Int, { nullable: true })
  activeRelationships: number | null;

  @Field(() => Int, { nullable: true })
  sessionsThisYear: number | null;

  @Field(() => Float, { nullable: true })
  hoursThisYear: number | null;

  @SuppressedFields()
  suppressed: string[];
}

@ObjectType({
  description:
    'A council’s leadership-pathway progress, ASYE cohort, CPD compliance and mentoring. "This year" is the current registration year.',
})
export class LeadershipProgress {
  @Field(() => Council, { nullable: true, description: 'The council; null on a partnership’s totals.' })
  council: Council | null;

  @Field(() => DateScalar)
  asOf: string;

  @Field(() => [PathwayProgressFigures])
  pathways: PathwayProgressFigures[];

  @Field(() => AsyeCohortFigures)
  asye: AsyeCohortFigures;

  @Field(() => CpdComplianceFigures)
  cpd: CpdComplianceFigures;

  @Field(() => MentoringFigures)
  mentoring: MentoringFigures;
}

@ObjectType()
export class PartnershipLeadershipProgress {
  @Field(() => LeadershipProgress)
  total: LeadershipProgress;

  @Field(() => [LeadershipProgress], { description: 'Every member council.' })
  byCouncil: LeadershipProgress[];
}

@ObjectType({ description: 'A practitioner’s CPD against the Social Work England rule in one registration year.' })
export class CpdCompliance {
  @Field(() => Int)
  registrationYear: number;

  @Field(() => Int)
  records: number;

  @Field(() => Int)
  withPeerReflection: number;

  @Field(() => Float)
  learningDays: number;

  @Field(() => Int)
  minLearningDays: number;

  @Field()
  compliant: boolean;

  @Field(() => [String])
  gaps: string[];
}

@ObjectType()
export class AsyeReviewStatus {
  @Field(() => AsyeReviewPoint)
  point: AsyeReviewPoint;

  @Field(() => DateScalar, { description: 'From the start date, moved on by pauses.' })
  dueOn: string;

  @Field(() => DateScalar, { nullable: true })
  heldOn: string | null;

  @Field(() => ReviewOutcome, { nullable: true })
  outcome: ReviewOutcome | null;

  @Field()
  overdue: boolean;
}

@ObjectType()
export class EvidenceGap {
  @Field()
  item: string;

  @Field(() => Int)
  required: number;

  @Field(() => Int)
  recorded: number;
}

@ObjectType()
export class StageSignOff {
  @Field(() => Int)
  position: number;

  @Field(() => DateScalar)
  signedOffOn: string;

  @Field({ description: 'Who signed it off (their token’s subject).' })
  signedOffBy: string;

  @Field()
  evidenceNote: string;
}

@ObjectType()
export class DatePeriod {
  @Field(() => DateScalar)
  startedOn: string;

  @Field(() => DateScalar, { nullable: true })
  endedOn: string | null;
}
