/**
 * The Assessed and Supported Year in Employment: review points due from the start date and moved
 * on by pauses, the evidence the final review needs, and the two-year limit.
 */
import type { IsoDate } from '#hub/shared/iso-date';
import { addMonths, daysBetween, dueAfterPauses, pausedDaysUntil, type Pause } from './calendar';
import type { UserErrorCode } from '#hub/shared/user-error-codes';

export enum AsyeReviewPoint {
  AGREEMENT = 'AGREEMENT',
  THREE_MONTH = 'THREE_MONTH',
  SIX_MONTH = 'SIX_MONTH',
  NINE_MONTH = 'NINE_MONTH',
  FINAL = 'FINAL',
}

const MONTHS_AFTER_START: Record<AsyeReviewPoint, number> = {
  [AsyeReviewPoint.AGREEMENT]: 0,
  [AsyeReviewPoint.THREE_MONTH]: 3,
  [AsyeReviewPoint.SIX_MONTH]: 6,
  [AsyeReviewPoint.NINE_MONTH]: 9,
  [AsyeReviewPoint.FINAL]: 12,
};

/** Longest an ASYE may run, not counting pauses. */
export const ASYE_TIME_LIMIT_MONTHS = 24;

export interface ScheduledReview {
  readonly point: AsyeReviewPoint;
  readonly dueOn: IsoDate;
}

/** The review points, in order; the 9-month review only when the record asks for one. */
export function reviewSchedule(
  startedOn: IsoDate,
  pauses: readonly Pause[],
  withNineMonthReview: boolean,
  today: IsoDate,
): ScheduledReview[] {
  return Object.values(AsyeReviewPoint)
    .filter((point) => withNineMonthReview || point !== AsyeReviewPoint.NINE_MONTH)
    .map((point) => ({ point, dueOn: dueAfterPauses(startedOn, MONTHS_AFTER_START[point], pauses, today) }));
}

export interface AsyeEvidence {
  readonly directObservations: number;
  readonly feedbackFromPeopleWhoUseServices: number;
  readonly professionalFeedback: number;
  readonly writtenReports: number;
  readonly reflectionAtSixMonths: boolean;
  readonly reflectionAtTwelveMonths: boolean;
}

/** What the final review needs: three of each kind of evidence and critical reflections at 6 and 12 months. */
export const ASYE_EVIDENCE_REQUIRED = {
  directObservations: 3,
  feedbackFromPeopleWhoUseServices: 3,
  professionalFeedback: 3,
  writtenReports: 3,
} as const;

export interface EvidenceGap {
  readonly item: string;
  readonly required: number;
  readonly recorded: number;
}

export function evidenceGaps(evidence: AsyeEvidence): EvidenceGap[] {
  const gaps: EvidenceGap[] = [];
  for (const [item, required] of Object.entries(ASYE_EVIDENCE_REQUIRED) as [keyof typeof ASYE_EVIDENCE_REQUIRED, number][]) {
    if (evidence[item] < required) gaps.push({ item, required, recorded: evidence[item] });
  }
  if (!evidence.reflectionAtSixMonths) gaps.push({ item: 'reflectionAtSixMonths', required: 1, recorded: 0 });
  if (!evidence.reflectionAtTwelveMonths) gaps.push({ item: 'reflectionAtTwelveMonths', required: 1, recorded: 0 });
  return gaps;
}

/** Whether the time since the start, not counting pauses, has passed the two-year limit by `on`. */
export function pastTimeLimit(startedOn: IsoDate, pauses: readonly Pause[], on: IsoDate, today: IsoDate): boolean {
  const active = daysBetween(startedOn, on) - pausedDaysUntil(pauses, on, today);
  return active > daysBetween(startedOn, addMonths(startedOn, ASYE_TIME_LIMIT_MONTHS));
}

export interface CompletionRefusal {
  readonly code: UserErrorCode;
  readonly message: string;
}

/** Why an ASYE may not be completed on `on`; empty when it may. */
export function checkAsyeCompletion(
  record: { startedOn: IsoDate; pauses: readonly Pause[]; evidence: AsyeEvidence; finalReviewHeld: boolean },
  on: IsoDate,
  today: IsoDate,
): CompletionRefusal[] {
  const refusals: CompletionRefusal[] = [];
  if (!record.finalReviewHeld) {
    refusals.push({ code: 'ASYE_FINAL_REVIEW_NOT_HELD', message: 'The final (12-month) review must be held first.' });
  }
  const gaps = evidenceGaps(record.evidence);
  if (gaps.length > 0) {
    refusals.push({
      code: 'ASYE_EVIDENCE_MISSING',
      message: `Evidence is missing: ${gaps.map((gap) => `${gap.item} ${gap.recorded} of ${gap.required}`).join(', ')}.`,
    });
  }
  if (pastTimeLimit(record.startedOn, record.pauses, on, today)) {
    refusals.push({
      code: 'ASYE_TIME_LIMIT_EXCEEDED',
      message: `An ASYE is completed within ${ASYE_TIME_LIMIT_MONTHS} months of its start, not counting pauses.`,
    });
  }
  return refusals;
}
