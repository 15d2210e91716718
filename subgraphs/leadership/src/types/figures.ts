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
import { PeriodKind } from '../rules/report-period';
import { Council } from './council';
import { ReviewOutcome } from './enums';

@ObjectType('ReportPeriod', { description: 'The period a figures object counts in: its first and last day, both included.' })
export class ReportPeriodFigures {
  @Field(() => PeriodKind)
  kind: PeriodKind;

  @Field({ description: 'The year’s name: "2026/27" for an academic year, "2027" for the registration year ending on 30 November 2027.' })
  name: string;

  @Field(() => DateScalar)
  from: string;

  @Field(() => DateScalar)
  to: string;
}

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

  @Field(() => Int, {
    nullable: true,
    description: 'Enrolments working on the pathway as of the report’s asOf date, paused ones included.',
  })
  enrolled: number | null;

  @Field(() => Int, { nullable: true, description: 'Enrolments completed on a day of the academic year in `period`.' })
  completedInAcademicYear: number | null;

  @Field(() => Int, { nullable: true, description: 'Enrolments withdrawn on a day of the academic year in `period`.' })
  withdrawnInAcademicYear: number | null;

  @Field(() => ReportPeriodFigures, { description: 'The academic year the completions and withdrawals are counted in.' })
  period: ReportPeriodFigures;

  @Field(() => [StageProgressFigures], { description: 'Each stage’s enrolments as of the report’s asOf date.' })
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

  @Field(() => Int, { nullable: true, description: 'ASYE records completed on a day of the academic year in `period`.' })
  completedInAcademicYear: number | null;

  @Field(() => ReportPeriodFigures, {
    description: 'The academic year completions are counted in; the other figures are as of the report’s asOf date.',
  })
  period: ReportPeriodFigures;

  @SuppressedFields()
  suppressed: string[];
}

@ObjectType()
export class CpdComplianceFigures {
  @Field(() => Int, { description: 'The Social Work England registration year, named by the year it ends on 30 November.' })
  registrationYear: number;

  @Field(() => ReportPeriodFigures, { description: 'The registration year the CPD is counted in.' })
  period: ReportPeriodFigures;

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
  @Field(() => Int, { nullable: true, description: 'Relationships not ended as of the report’s asOf date.' })
  activeRelationships: number | null;

  @Field(() => Int, { nullable: true, description: 'Sessions held in the academic year in `period`, up to the asOf date.' })
  sessionsInAcademicYear: number | null;

  @Field(() => Float, { nullable: true, description: 'Hours of those sessions.' })
  hoursInAcademicYear: number | null;

  @Field(() => ReportPeriodFigures, { description: 'The academic year sessions are counted in.' })
  period: ReportPeriodFigures;

  @SuppressedFields()
  suppressed: string[];
}

@ObjectType({
  description:
    'A council’s leadership-pathway progress, ASYE cohort, CPD compliance and mentoring. Each figures object names its period; counts of who is enrolled or running are as of `asOf`.',
})
export class LeadershipProgress {
  @Field(() => Council, { nullable: true, description: 'The council; null on a partnership’s totals.' })
  council: Council | null;

  @Field(() => DateScalar, { description: 'The day the report was made: today by the hub’s clock.' })
  asOf: string;

  @Field(() => [PathwayProgressFigures])
  pathways: PathwayProgressFigures[];

  @Field(() => AsyeCohortFigures)
  asye: AsyeCohortFigures;

  @Field(() => CpdComplianceFigures, { description: 'CPD in the registration year asked for, or the one running now.' })
  cpd: CpdComplianceFigures;

  @Field(() => CpdComplianceFigures, {
    nullable: true,
    description:
      'CPD in the registration year that ended on the last 30 November, in a report asked for without a registrationYear in the first 60 days of a new one; null otherwise.',
  })
  cpdYearJustEnded: CpdComplianceFigures | null;

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
