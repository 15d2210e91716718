/**
 * An ASYE record's steps: IN_PROGRESS ⇄ PAUSED while it runs, when reviews and evidence are
 * recorded; then COMPLETED from IN_PROGRESS, or WITHDRAWN from either. A practitioner has one ASYE
 * at a time: only a withdrawn one may be followed by another. Each step takes the record as it
 * stands, adds every reason it may not be taken to `refusal`, and returns what to write.
 */
import type { UserErrors } from '#hub/shared/errors';
import { addDays, type IsoDate } from '#hub/shared/iso-date';
import type { UserErrorCode } from '#hub/shared/user-error-codes';
import { AsyeStatus, ReviewOutcome } from '../types/enums';
import { AsyeReviewPoint, checkAsyeCompletion, reviewSchedule, type AsyeEvidence } from './asye';
import type { Pause } from './calendar';

const RUNNING: readonly AsyeStatus[] = [AsyeStatus.IN_PROGRESS, AsyeStatus.PAUSED];

/** A final review may be brought forward by up to four weeks, no more. */
export const FINAL_REVIEW_EARLIEST_DAYS = 28;
/** Each evidence count runs from 0 to this, as the table's check does. */
export const MAX_EVIDENCE_COUNT = 50;
export const MAX_PROTECTED_DEVELOPMENT_HOURS = 2000;

export interface HeldReview {
  readonly point: AsyeReviewPoint;
  readonly heldOn: IsoDate;
  readonly outcome: ReviewOutcome;
}

export interface AsyeState extends AsyeEvidence {
  readonly status: AsyeStatus;
  readonly startedOn: IsoDate;
  readonly withNineMonthReview: boolean;
  readonly pauses: readonly Pause[];
  readonly heldReviews: readonly HeldReview[];
}

/** What a step writes to the record. */
export interface AsyeChanges {
  readonly status?: AsyeStatus;
  readonly pauses?: Pause[];
  readonly heldReviews?: HeldReview[];
  readonly endedOn?: IsoDate;
}

export interface AsyeReviewStanding {
  readonly point: AsyeReviewPoint;
  readonly dueOn: IsoDate;
  readonly heldOn: IsoDate | null;
  readonly outcome: ReviewOutcome | null;
  readonly overdue: boolean;
}

/** Evidence as it now stands; what is left out stays as it is. */
export type EvidenceUpdate = Partial<
  Record<
    'directObservations' | 'feedbackFromPeopleWhoUseServices' | 'professionalFeedback' | 'writtenReports' | 'protectedDevelopmentHours',
    number | null
  >
>;

export function isAsyeRunning(status: AsyeStatus): boolean {
  return RUNNING.includes(status);
}

/** Whether another ASYE may be started beside these records of the practitioner's: only if each was withdrawn. */
export function mayStartAsye(records: readonly { status: AsyeStatus }[]): boolean {
  return records.every((record) => record.status === AsyeStatus.WITHDRAWN);
}

/** The day a final review due on `dueOn` may first be held. */
export function finalReviewOpensOn(dueOn: IsoDate): IsoDate {
  return addDays(dueOn, -FINAL_REVIEW_EARLIEST_DAYS);
}

/** Every review point: its due date (moved on by pauses), whether held, and whether overdue, which only a running ASYE can be. */
export function reviewStandings(record: AsyeState, today: IsoDate): AsyeReviewStanding[] {
  const running = isAsyeRunning(record.status);
  return reviewSchedule(record.startedOn, record.pauses, record.withNineMonthReview, today).map(({ point, dueOn }) => {
    const held = record.heldReviews.find((review) => review.point === point);
    return { point, dueOn, heldOn: held?.heldOn ?? null, outcome: held?.outcome ?? null, overdue: running && !held && dueOn < today };
  });
}

/** Evidence counts are whole numbers from 0 to 50; protected development hours from 0 to 2,000. */
export function checkEvidenceUpdate(errors: UserErrors, update: EvidenceUpdate): void {
  for (const field of ['directObservations', 'feedbackFromPeopleWhoUseServices', 'professionalFeedback', 'writtenReports'] as const) {
    const value = update[field];
    if (value != null && (!Number.isInteger(value) || value < 0 || value > MAX_EVIDENCE_COUNT)) {
      errors.add(field, 'OUT_OF_RANGE', `${field} must be from 0 to ${MAX_EVIDENCE_COUNT}; got ${value}.`);
    }
  }
  const hours = update.protectedDevelopmentHours;
  if (hours != null && (!Number.isFinite(hours) || hours < 0 || hours > MAX_PROTECTED_DEVELOPMENT_HOURS)) {
    errors.add(
      'protectedDevelopmentHours',
      'OUT_OF_RANGE',
      `protectedDevelopmentHours must be from 0 to ${MAX_PROTECTED_DEVELOPMENT_HOURS}; got ${hours}.`,
    );
  }
}

/** Evidence is recorded while the ASYE runs. */
export function checkEvidenceMayBeRecorded(record: AsyeState, refusal: UserErrors): void {
  refuseUnless(record, RUNNING, 'ASYE_NOT_RUNNING', refusal);
}

/** A review as held, while the ASYE runs; recording one again replaces it. */
export function asyeReviewStep(record: AsyeState, review: HeldReview, today: IsoDate, refusal: UserErrors): AsyeChanges {
  refuseUnless(record, RUNNING, 'ASYE_NOT_RUNNING', refusal);
  if (review.point === AsyeReviewPoint.NINE_MONTH && !record.withNineMonthReview) {
    refusal.add('point', 'NINE_MONTH_REVIEW_NOT_PLANNED', 'This ASYE has no 9-month review planned.');
  }
  if (review.heldOn < record.startedOn) refusal.add('heldOn', 'DATE_ORDER', `The ASYE began on ${record.startedOn}.`);
  if (review.point === AsyeReviewPoint.FINAL) {
    const due = reviewSchedule(record.startedOn, record.pauses, record.withNineMonthReview, today).at(-1)!.dueOn;
    if (review.heldOn < finalReviewOpensOn(due)) {
      refusal.add('heldOn', 'FINAL_REVIEW_TOO_EARLY', `The final review is due on ${due}; it can be held from four weeks before.`);
    }
  }
  const others = record.heldReviews.filter((held) => held.point !== review.point);
  return { heldReviews: [...others, { point: review.point, heldOn: review.heldOn, outcome: review.outcome }] };
}

/** A pause from `on`, of an ASYE in progress, starting once the last pause ended. */
export function asyePauseStep(record: AsyeState, on: IsoDate, refusal: UserErrors): AsyeChanges {
  refuseUnless(record, [AsyeStatus.IN_PROGRESS], 'ASYE_NOT_IN_PROGRESS', refusal);
  const lastEnd = record.pauses.at(-1)?.endedOn ?? record.startedOn;
  if (on < lastEnd) refusal.add('on', 'DATE_ORDER', `A new pause starts on or after ${lastEnd}.`);
  return { status: AsyeStatus.PAUSED, pauses: [...record.pauses, { startedOn: on, endedOn: null }] };
}

/** The end of the open pause on `on`, not before it began. */
export function asyeResumeStep(record: AsyeState, on: IsoDate, refusal: UserErrors): AsyeChanges {
  const open = record.pauses.at(-1);
  if (record.status !== AsyeStatus.PAUSED || !open) refusal.add('id', 'ASYE_NOT_PAUSED', `This ASYE is ${record.status}.`);
  else if (on < open.startedOn) refusal.add('on', 'DATE_ORDER', `The pause began on ${open.startedOn}.`);
  return {
    status: AsyeStatus.IN_PROGRESS,
    pauses: [...record.pauses.slice(0, -1), { startedOn: open?.startedOn ?? on, endedOn: on }],
  };
}

/** Completion on `on`: in progress, on or after a passed final review, with the evidence, within the time limit. */
export function asyeCompleteStep(record: AsyeState, on: IsoDate, today: IsoDate, refusal: UserErrors): AsyeChanges {
  refuseUnless(record, [AsyeStatus.IN_PROGRESS], 'ASYE_NOT_IN_PROGRESS', refusal);
  const finalReview = record.heldReviews.find((review) => review.point === AsyeReviewPoint.FINAL);
  if (finalReview && on < finalReview.heldOn) refusal.add('on', 'DATE_ORDER', `The final review was held on ${finalReview.heldOn}.`);
  if (finalReview && finalReview.outcome !== ReviewOutcome.PASSED) {
    refusal.add('id', 'ASYE_NOT_PASSED', 'The final review did not pass the ASYE; withdraw the record instead.');
  }
  for (const problem of checkAsyeCompletion(
    { startedOn: record.startedOn, pauses: record.pauses, evidence: record, finalReviewHeld: finalReview !== undefined },
    on,
    today,
  )) {
    refusal.add('id', problem.code, problem.message);
  }
  return { status: AsyeStatus.COMPLETED, endedOn: on };
}

/** Withdrawal of a running ASYE on `on`, not before it began. */
export function asyeWithdrawStep(record: AsyeState, on: IsoDate, refusal: UserErrors): AsyeChanges {
  refuseUnless(record, RUNNING, 'ASYE_NOT_RUNNING', refusal);
  if (on < record.startedOn) refusal.add('on', 'DATE_ORDER', `The ASYE began on ${record.startedOn}.`);
  return { status: AsyeStatus.WITHDRAWN, endedOn: on };
}

function refuseUnless(record: AsyeState, allowed: readonly AsyeStatus[], code: UserErrorCode, refusal: UserErrors): void {
  if (!allowed.includes(record.status)) refusal.add('id', code, `This ASYE is ${record.status}.`);
}
