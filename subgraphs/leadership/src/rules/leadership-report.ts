/**
 * How a council's leadership records add up to its progress report. Completions, withdrawals and
 * mentoring sessions are counted in an academic year, CPD in a registration year (report-period.ts);
 * who is enrolled, running or overdue is counted as of today.
 */
import { addDays, type IsoDate } from '#hub/shared/iso-date';
import { AsyeStatus, EnrolmentStatus } from '../types/enums';
import { AsyeReviewPoint, evidenceGaps, reviewSchedule, type AsyeEvidence } from './asye';
import { reviewsToFollowUp, ReviewUrgency } from './asye-follow-up';
import { isAsyeRunning } from './asye-workflow';
import type { Pause } from './calendar';
import { cpdCompliance, type CpdFacts } from './cpd-compliance';
import { isEnrolmentRunning } from './pathway-enrolment-workflow';
import { StageProgress, stageProgress } from './pathway-progress';
import type { ReportPeriod } from './report-period';

/** A record whose final review is this close (or past) and still lacks evidence is flagged. */
export const FINAL_REVIEW_WARNING_DAYS = 60;

export interface EnrolmentFacts {
  readonly pathwayId: string;
  readonly currentPosition: number;
  readonly status: EnrolmentStatus;
  readonly stageStartedOn: IsoDate;
  readonly pauses: readonly Pause[];
  readonly endedOn: IsoDate | null;
}

export interface StageFacts {
  readonly id: string;
  readonly position: number;
  readonly expectedMonths: number;
}

export interface StageFigures {
  readonly stageId: string;
  readonly enrolled: number;
  readonly onTrack: number;
  readonly overdue: number;
  readonly paused: number;
}

export interface PathwayFigures {
  readonly pathwayId: string;
  readonly enrolled: number;
  readonly completedInAcademicYear: number;
  readonly withdrawnInAcademicYear: number;
  readonly stages: StageFigures[];
}

export function summarisePathways(
  enrolments: readonly EnrolmentFacts[],
  stagesByPathway: ReadonlyMap<string, readonly StageFacts[]>,
  academicYear: ReportPeriod,
  today: IsoDate,
): PathwayFigures[] {
  return [...stagesByPathway.entries()].map(([pathwayId, stages]) => {
    const own = enrolments.filter((enrolment) => enrolment.pathwayId === pathwayId);
    const current = own.filter((enrolment) => isEnrolmentRunning(enrolment.status));
    const endedInYear = (status: EnrolmentStatus) =>
      own.filter((enrolment) => enrolment.status === status && endedIn(enrolment.endedOn, academicYear)).length;
    return {
      pathwayId,
      enrolled: current.length,
      completedInAcademicYear: endedInYear(EnrolmentStatus.COMPLETED),
      withdrawnInAcademicYear: endedInYear(EnrolmentStatus.WITHDRAWN),
      stages: stages.map((stage) => {
        const atStage = current.filter((enrolment) => enrolment.currentPosition === stage.position);
        const progress = atStage.map((enrolment) => stageProgress(enrolment.stageStartedOn, stage.expectedMonths, enrolment.pauses, today));
        const count = (value: StageProgress) => progress.filter((item) => item === value).length;
        return {
          stageId: stage.id,
          enrolled: atStage.length,
          onTrack: count(StageProgress.ON_TRACK),
          overdue: count(StageProgress.OVERDUE),
          paused: count(StageProgress.PAUSED),
        };
      }),
    };
  });
}

export interface AsyeFacts extends AsyeEvidence {
  readonly status: AsyeStatus;
  readonly startedOn: IsoDate;
  readonly pauses: readonly Pause[];
  readonly withNineMonthReview: boolean;
  readonly heldReviews: readonly { point: AsyeReviewPoint }[];
  readonly endedOn: IsoDate | null;
}

export interface AsyeCohortFigures {
  readonly inProgress: number;
  readonly paused: number;
  readonly reviewsDueSoon: number;
  readonly reviewsOverdue: number;
  readonly recordsWithOverdueReviews: number;
  readonly evidenceGapsNearFinalReview: number;
  readonly completedInAcademicYear: number;
}

export function summariseAsyeCohort(records: readonly AsyeFacts[], academicYear: ReportPeriod, today: IsoDate): AsyeCohortFigures {
  const running = records.filter((record) => isAsyeRunning(record.status));
  let reviewsDueSoon = 0;
  let reviewsOverdue = 0;
  let recordsWithOverdueReviews = 0;
  let evidenceGapsNearFinalReview = 0;
  for (const record of running) {
    const toFollowUp = reviewsToFollowUp(record, today);
    const overdue = toFollowUp.filter((review) => review.urgency === ReviewUrgency.OVERDUE).length;
    reviewsOverdue += overdue;
    if (overdue > 0) recordsWithOverdueReviews += 1;
    reviewsDueSoon += toFollowUp.length - overdue;
    const schedule = reviewSchedule(record.startedOn, record.pauses, record.withNineMonthReview, today);
    const finalDue = schedule.find((review) => review.point === AsyeReviewPoint.FINAL)!.dueOn;
    if (finalDue <= addDays(today, FINAL_REVIEW_WARNING_DAYS) && evidenceGaps(record).length > 0) evidenceGapsNearFinalReview += 1;
  }
  return {
    inProgress: running.filter((record) => record.status === AsyeStatus.IN_PROGRESS).length,
    paused: running.filter((record) => record.status === AsyeStatus.PAUSED).length,
    reviewsDueSoon,
    reviewsOverdue,
    recordsWithOverdueReviews,
    evidenceGapsNearFinalReview,
    completedInAcademicYear: records.filter((record) => record.status === AsyeStatus.COMPLETED && endedIn(record.endedOn, academicYear))
      .length,
  };
}

export interface CpdFigures {
  readonly registrationYear: number;
  readonly practitioners: number;
  readonly compliant: number;
  readonly complianceRate: number | null;
  /** Practitioners with at least the partnership's minimum learning days (all of them when it sets none). */
  readonly withMinimumLearningDays: number;
}

/** Compliance over the practitioners this subgraph knows in the council: anyone with a CPD, pathway, ASYE or mentoring record. */
export function summariseCpd(
  practitionerIds: readonly string[],
  recordsByPractitioner: ReadonlyMap<string, readonly CpdFacts[]>,
  registrationYear: number,
  minLearningDays: number,
): CpdFigures {
  const compliance = practitionerIds.map((id) => cpdCompliance(recordsByPractitioner.get(id) ?? [], registrationYear, minLearningDays));
  const compliant = compliance.filter((practitioner) => practitioner.compliant).length;
  return {
    registrationYear,
    practitioners: practitionerIds.length,
    compliant,
    withMinimumLearningDays: compliance.filter((practitioner) => practitioner.learningDays >= minLearningDays).length,
    complianceRate: practitionerIds.length === 0 ? null : Math.round((compliant / practitionerIds.length) * 10_000) / 10_000,
  };
}

export interface MentoringFigures {
  readonly activeRelationships: number;
  readonly sessionsInAcademicYear: number;
  readonly hoursInAcademicYear: number;
}

export function summariseMentoring(
  relationships: readonly { endedOn: IsoDate | null }[],
  sessions: readonly { heldOn: IsoDate; minutes: number }[],
  academicYear: ReportPeriod,
  today: IsoDate,
): MentoringFigures {
  const inYear = sessions.filter((session) => within(session.heldOn, academicYear) && session.heldOn <= today);
  return {
    activeRelationships: relationships.filter((relationship) => relationship.endedOn === null || relationship.endedOn >= today).length,
    sessionsInAcademicYear: inYear.length,
    hoursInAcademicYear: Math.round((inYear.reduce((sum, session) => sum + session.minutes, 0) / 60) * 10) / 10,
  };
}

function within(date: IsoDate, period: ReportPeriod): boolean {
  return date >= period.from && date <= period.to;
}

function endedIn(endedOn: IsoDate | null, period: ReportPeriod): boolean {
  return endedOn !== null && within(endedOn, period);
}
