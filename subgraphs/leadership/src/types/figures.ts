/**
 * The leadership progress report: counts, rates and hours only. Outside the council's or the
 * partnership's own admins, counts from 1 to 4 are withheld and named in each object's `suppressed`.
 */
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { SuppressedFields } from '#hub/shared/small-counts';
import { DateScalar } from '#hub/shared/scalars';
import { PathwayStage } from '../entities/pathway-stage.entity';
import { Pathway } from '../entities/pathway.entity';
import { AsyeReviewPoint } from '../rules/asye';
import { PeriodKind } from '../rules/report-period';
import { Council } from './council';
import { ReviewOutcome } from './enums';

@ObjectType('ReportPeriod', { description: 'The period a figures object counts in: its first and last day, both included.' })
export class ReportPeriodFigures {
  @Field(() => PeriodKind, { description: 'Whether it is an academic year or a registration year.' })
  kind: PeriodKind;

  @Field({ description: 'The year’s name: "2026/27" for an academic year, "2027" for the registration year ending on 30 November 2027.' })
  name: string;

  @Field(() => DateScalar, { description: 'Its first day: 1 August of an academic year, 1 December of a registration year.' })
  from: string;

  @Field(() => DateScalar, { description: 'Its last day, included: 31 July of an academic year, 30 November of a registration year.' })
  to: string;
}

@ObjectType({
  description: 'One pathway stage’s enrolments as of the report’s asOf date: enrolled is onTrack + overdue + paused.',
})
export class StageProgressFigures {
  @Field(() => PathwayStage, { description: 'The stage counted.' })
  stage: PathwayStage;

  @Field(() => Int, { nullable: true, description: 'Enrolments working on this stage now, paused ones included.' })
  enrolled: number | null;

  @Field(() => Int, { nullable: true, description: 'Enrolments in the stage no longer than its expected months, not counting pauses.' })
  onTrack: number | null;

  @Field(() => Int, { nullable: true, description: 'Longer in the stage than its expected months, not counting pauses.' })
  overdue: number | null;

  @Field(() => Int, { nullable: true, description: 'Enrolments in the stage that are paused now.' })
  paused: number | null;

  @SuppressedFields()
  suppressed: string[];
}

@ObjectType({ description: 'One pathway’s enrolments, completions and withdrawals among the council’s practitioners.' })
export class PathwayProgressFigures {
  @Field(() => Pathway, { description: 'The pathway counted.' })
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
  @Field(() => Int, { nullable: true, description: 'ASYE records in progress now, not paused.' })
  inProgress: number | null;

  @Field(() => Int, { nullable: true, description: 'ASYE records paused now.' })
  paused: number | null;

  @Field(() => Int, { nullable: true, description: 'Reviews due in the next 30 days and not yet held.' })
  reviewsDueSoon: number | null;

  @Field(() => Int, { nullable: true, description: 'Reviews past their due date (moved on by pauses) and not held.' })
  reviewsOverdue: number | null;

  @Field(() => Int, { nullable: true, description: 'Running (in progress or paused) records with at least one overdue review.' })
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

@ObjectType({ description: 'How many of the council’s practitioners meet the CPD rule in one registration year.' })
export class CpdComplianceFigures {
  @Field(() => Int, { description: 'The Social Work England registration year, named by the year it ends on 30 November.' })
  registrationYear: number;

  @Field(() => ReportPeriodFigures, { description: 'The registration year the CPD is counted in.' })
  period: ReportPeriodFigures;

  @Field(() => Int, {
    nullable: true,
    description:
      'Practitioners known here in the council that year: with CPD in it, or a pathway, ASYE or mentoring (as mentee) running in it.',
  })
  practitioners: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Of those, practitioners whose CPD that year meets the rule: at least 2 records, 1 with a peer reflection, and any minimum days.',
  })
  compliant: number | null;

  @Field(() => Float, { nullable: true, description: 'compliant / practitioners, 0–1; null when there are none.' })
  complianceRate: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Of the practitioners, those whose CPD that year adds up to the partnership’s minimum learning days (all, when it sets none).',
  })
  withMinimumLearningDays: number | null;

  @SuppressedFields()
  suppressed: string[];
}

@ObjectType({ description: 'Mentoring the council’s practitioners receive, as mentees.' })
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

  @Field(() => [PathwayProgressFigures], {
    description: 'Each pathway the council owns or its practitioners are on (or finished or left in the academic year), by name.',
  })
  pathways: PathwayProgressFigures[];

  @Field(() => AsyeCohortFigures, { description: 'The ASYE cohort of the council’s newly qualified social workers.' })
  asye: AsyeCohortFigures;

  @Field(() => CpdComplianceFigures, { description: 'CPD in the registration year asked for, or the one running now.' })
  cpd: CpdComplianceFigures;

  @Field(() => CpdComplianceFigures, {
    nullable: true,
    description:
      'CPD in the registration year that ended on the last 30 November, in a report asked for without a registrationYear in the first 60 days of a new one; null otherwise.',
  })
  cpdYearJustEnded: CpdComplianceFigures | null;

  @Field(() => MentoringFigures, { description: 'Mentoring the council’s practitioners receive.' })
  mentoring: MentoringFigures;
}

@ObjectType({
  description:
    'A partnership’s leadership progress, its councils together and one by one. Outside its admins, counts from 1 to 4 are withheld.',
})
export class PartnershipLeadershipProgress {
  @Field(() => LeadershipProgress, { description: 'The member councils together; its council is null.' })
  total: LeadershipProgress;

  @Field(() => [LeadershipProgress], { description: 'Every member council.' })
  byCouncil: LeadershipProgress[];
}

@ObjectType({ description: 'A practitioner’s CPD against the Social Work England rule in one registration year.' })
export class CpdCompliance {
  @Field(() => Int, { description: 'The registration year, named by the year it ends on 30 November.' })
  registrationYear: number;

  @Field(() => Int, { description: 'Pieces of CPD completed in the year; the rule asks for at least 2.' })
  records: number;

  @Field(() => Int, { description: 'Of those, pieces discussed with a peer; the rule asks for at least 1.' })
  withPeerReflection: number;

  @Field(() => Float, { description: 'The year’s CPD hours as days of 7.5 hours, to one decimal place.' })
  learningDays: number;

  @Field(() => Int, { description: 'Learning days expected: the partnership’s minimum when one was given, otherwise 0.' })
  minLearningDays: number;

  @Field({ description: 'Whether the year’s CPD meets the rule: true when gaps is empty.' })
  compliant: boolean;

  @Field(() => [String], { description: 'What is short, in words, e.g. "1 of 2 CPD records"; empty when compliant.' })
  gaps: string[];
}

@ObjectType({ description: 'One review point of an ASYE: when it is due, and whether and how it was held.' })
export class AsyeReviewStatus {
  @Field(() => AsyeReviewPoint, { description: 'Which review.' })
  point: AsyeReviewPoint;

  @Field(() => DateScalar, { description: 'From the start date, moved on by pauses.' })
  dueOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'When it was held; null while it has not been.' })
  heldOn: string | null;

  @Field(() => ReviewOutcome, { nullable: true, description: 'What it found; null while it has not been held.' })
  outcome: ReviewOutcome | null;

  @Field({ description: 'Due before today and not held, on an ASYE still running (in progress or paused).' })
  overdue: boolean;
}

@ObjectType({ description: 'A kind of ASYE evidence short of what the final review needs.' })
export class EvidenceGap {
  @Field({ description: 'The ASYE record field it is about, e.g. "directObservations" or "reflectionAtSixMonths".' })
  item: string;

  @Field(() => Int, { description: 'How many the final review needs: 3 of each kind of evidence, 1 of each reflection.' })
  required: number;

  @Field(() => Int, { description: 'How many are recorded so far.' })
  recorded: number;
}

@ObjectType({ description: 'A pathway stage signed off by an admin of the practitioner’s council.' })
export class StageSignOff {
  @Field(() => Int, { description: 'The position of the stage signed off: 1 for the first.' })
  position: number;

  @Field(() => DateScalar, { description: 'The day it was signed off: the next stage began then, or the pathway completed.' })
  signedOffOn: string;

  @Field({ description: 'Who signed it off (their token’s subject).' })
  signedOffBy: string;

  @Field({ description: 'The evidence seen, in at most 500 characters; no details of people who use services.' })
  evidenceNote: string;
}

@ObjectType({ description: 'A pause, when the clock stopped (illness, leave).' })
export class DatePeriod {
  @Field(() => DateScalar, { description: 'The first day of the pause.' })
  startedOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was resumed, not itself paused; null while still paused.' })
  endedOn: string | null;
}
