import { UserErrors } from '#hub/shared/errors';
import { AsyeStatus, ReviewOutcome } from '../types/enums';
import { AsyeReviewPoint } from './asye';
import {
  asyeCompleteStep,
  asyePauseStep,
  asyeResumeStep,
  asyeReviewStep,
  asyeWithdrawStep,
  checkEvidenceMayBeRecorded,
  checkEvidenceUpdate,
  finalReviewOpensOn,
  isAsyeRunning,
  mayStartAsye,
  reviewStandings,
  type AsyeState,
} from './asye-workflow';

const record: AsyeState = {
  status: AsyeStatus.IN_PROGRESS,
  startedOn: '2026-09-07',
  withNineMonthReview: false,
  pauses: [],
  heldReviews: [],
  directObservations: 3,
  feedbackFromPeopleWhoUseServices: 3,
  professionalFeedback: 3,
  writtenReports: 3,
  reflectionAtSixMonths: true,
  reflectionAtTwelveMonths: true,
};
const passedFinal = { point: AsyeReviewPoint.FINAL, heldOn: '2027-09-01', outcome: ReviewOutcome.PASSED };

function codes(step: (refusal: UserErrors) => unknown): string[] {
  const refusal = new UserErrors();
  step(refusal);
  return refusal.list.map((error) => `${error.field.join('.')}:${error.code}`);
}

describe('an ASYE record', () => {
  it('runs while in progress or paused', () => {
    expect([AsyeStatus.IN_PROGRESS, AsyeStatus.PAUSED, AsyeStatus.COMPLETED, AsyeStatus.WITHDRAWN].map(isAsyeRunning)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('may be started again only when every earlier one was withdrawn', () => {
    expect(mayStartAsye([])).toBe(true);
    expect(mayStartAsye([{ status: AsyeStatus.WITHDRAWN }])).toBe(true);
    expect(mayStartAsye([{ status: AsyeStatus.WITHDRAWN }, { status: AsyeStatus.COMPLETED }])).toBe(false);
    expect(mayStartAsye([{ status: AsyeStatus.PAUSED }])).toBe(false);
  });

  it('shows each review as overdue once its day has passed unheld, but only while it runs', () => {
    const held = [{ point: AsyeReviewPoint.AGREEMENT, heldOn: '2026-09-07', outcome: ReviewOutcome.ON_TRACK }];
    const standings = reviewStandings({ ...record, heldReviews: held }, '2026-12-08');
    expect(standings.slice(0, 3)).toEqual([
      { point: AsyeReviewPoint.AGREEMENT, dueOn: '2026-09-07', heldOn: '2026-09-07', outcome: ReviewOutcome.ON_TRACK, overdue: false },
      { point: AsyeReviewPoint.THREE_MONTH, dueOn: '2026-12-07', heldOn: null, outcome: null, overdue: true },
      { point: AsyeReviewPoint.SIX_MONTH, dueOn: '2027-03-07', heldOn: null, outcome: null, overdue: false },
    ]);
    expect(reviewStandings({ ...record, status: AsyeStatus.WITHDRAWN }, '2026-12-08').some((review) => review.overdue)).toBe(false);
  });
});

describe('recording ASYE evidence', () => {
  it('takes counts from 0 to 50 and hours from 0 to 2,000, and names each one out of range', () => {
    const errors = new UserErrors();
    checkEvidenceUpdate(errors, { directObservations: 0, writtenReports: 50, protectedDevelopmentHours: 2000 });
    expect(errors.list).toEqual([]);
    checkEvidenceUpdate(errors, {
      directObservations: -1,
      professionalFeedback: 51,
      writtenReports: null,
      protectedDevelopmentHours: 2000.5,
    });
    expect(errors.list.map((error) => error.message)).toEqual([
      'directObservations must be from 0 to 50; got -1.',
      'professionalFeedback must be from 0 to 50; got 51.',
      'protectedDevelopmentHours must be from 0 to 2000; got 2000.5.',
    ]);
  });

  it('is refused once the ASYE has ended', () => {
    expect(codes((refusal) => checkEvidenceMayBeRecorded({ ...record, status: AsyeStatus.PAUSED }, refusal))).toEqual([]);
    expect(codes((refusal) => checkEvidenceMayBeRecorded({ ...record, status: AsyeStatus.COMPLETED }, refusal))).toEqual([
      'input.id:ASYE_NOT_RUNNING',
    ]);
  });
});

describe('recording an ASYE review', () => {
  it('replaces a review recorded again at the same point', () => {
    const first = { point: AsyeReviewPoint.THREE_MONTH, heldOn: '2026-12-01', outcome: ReviewOutcome.CONCERNS };
    const again = { point: AsyeReviewPoint.THREE_MONTH, heldOn: '2026-12-07', outcome: ReviewOutcome.ON_TRACK };
    const refusal = new UserErrors();
    expect(asyeReviewStep({ ...record, heldReviews: [first] }, again, '2026-12-08', refusal)).toEqual({ heldReviews: [again] });
    expect(refusal.list).toEqual([]);
  });

  it('opens the final review four weeks before it is due, no earlier', () => {
    expect(finalReviewOpensOn('2027-09-07')).toBe('2027-08-10');
    const final = (heldOn: string) => ({ point: AsyeReviewPoint.FINAL, heldOn, outcome: ReviewOutcome.PASSED });
    expect(codes((refusal) => asyeReviewStep(record, final('2027-08-10'), '2027-08-10', refusal))).toEqual([]);
    expect(codes((refusal) => asyeReviewStep(record, final('2027-08-09'), '2027-08-10', refusal))).toEqual([
      'input.heldOn:FINAL_REVIEW_TOO_EARLY',
    ]);
  });

  it('refuses an unplanned 9-month review, one before the start, and any once the ASYE has ended', () => {
    const nineMonth = { point: AsyeReviewPoint.NINE_MONTH, heldOn: '2026-09-01', outcome: ReviewOutcome.ON_TRACK };
    expect(codes((refusal) => asyeReviewStep({ ...record, status: AsyeStatus.WITHDRAWN }, nineMonth, '2027-06-07', refusal))).toEqual([
      'input.id:ASYE_NOT_RUNNING',
      'input.point:NINE_MONTH_REVIEW_NOT_PLANNED',
      'input.heldOn:DATE_ORDER',
    ]);
  });
});

describe('pausing and resuming an ASYE', () => {
  it('pauses one in progress from the day the last pause ended, leaving the pause open', () => {
    const pauses = [{ startedOn: '2026-10-01', endedOn: '2026-10-20' }];
    const refusal = new UserErrors();
    expect(asyePauseStep({ ...record, pauses }, '2026-10-20', refusal)).toEqual({
      status: AsyeStatus.PAUSED,
      pauses: [...pauses, { startedOn: '2026-10-20', endedOn: null }],
    });
    expect(refusal.list).toEqual([]);
    expect(codes((refusal) => asyePauseStep({ ...record, status: AsyeStatus.PAUSED, pauses }, '2026-10-19', refusal))).toEqual([
      'input.id:ASYE_NOT_IN_PROGRESS',
      'input.on:DATE_ORDER',
    ]);
  });

  it('resumes a paused one by closing its open pause, not before the pause began', () => {
    const paused = { ...record, status: AsyeStatus.PAUSED, pauses: [{ startedOn: '2026-10-20', endedOn: null }] };
    const refusal = new UserErrors();
    expect(asyeResumeStep(paused, '2026-11-02', refusal)).toEqual({
      status: AsyeStatus.IN_PROGRESS,
      pauses: [{ startedOn: '2026-10-20', endedOn: '2026-11-02' }],
    });
    expect(refusal.list).toEqual([]);
    expect(codes((refusal) => asyeResumeStep(paused, '2026-10-19', refusal))).toEqual(['input.on:DATE_ORDER']);
    expect(codes((refusal) => asyeResumeStep(record, '2026-11-02', refusal))).toEqual(['input.id:ASYE_NOT_PAUSED']);
  });
});

describe('ending an ASYE', () => {
  it('completes one in progress on or after a passed final review', () => {
    const refusal = new UserErrors();
    expect(asyeCompleteStep({ ...record, heldReviews: [passedFinal] }, '2027-09-01', '2027-09-01', refusal)).toEqual({
      status: AsyeStatus.COMPLETED,
      endedOn: '2027-09-01',
    });
    expect(refusal.list).toEqual([]);
  });

  it('refuses completion before the final review, after one not passed, and without one', () => {
    const notPassed = { ...passedFinal, outcome: ReviewOutcome.NOT_PASSED };
    expect(codes((refusal) => asyeCompleteStep({ ...record, heldReviews: [notPassed] }, '2027-08-31', '2027-09-01', refusal))).toEqual([
      'input.on:DATE_ORDER',
      'input.id:ASYE_NOT_PASSED',
    ]);
    expect(codes((refusal) => asyeCompleteStep({ ...record, status: AsyeStatus.PAUSED }, '2027-09-01', '2027-09-01', refusal))).toEqual([
      'input.id:ASYE_NOT_IN_PROGRESS',
      'input.id:ASYE_FINAL_REVIEW_NOT_HELD',
    ]);
  });

  it('withdraws a running one, not before it began', () => {
    const refusal = new UserErrors();
    expect(asyeWithdrawStep({ ...record, status: AsyeStatus.PAUSED }, '2026-10-01', refusal)).toEqual({
      status: AsyeStatus.WITHDRAWN,
      endedOn: '2026-10-01',
    });
    expect(refusal.list).toEqual([]);
    expect(codes((refusal) => asyeWithdrawStep({ ...record, status: AsyeStatus.COMPLETED }, '2026-09-06', refusal))).toEqual([
      'input.id:ASYE_NOT_RUNNING',
      'input.on:DATE_ORDER',
    ]);
  });
});
