import { AsyeStatus } from '../types/enums';
import { AsyeReviewPoint, checkAsyeCompletion, evidenceGaps, pastTimeLimit, reviewSchedule } from './asye';
import { reviewsToFollowUp, ReviewUrgency } from './asye-follow-up';

const fullEvidence = {
  directObservations: 3,
  feedbackFromPeopleWhoUseServices: 3,
  professionalFeedback: 4,
  writtenReports: 3,
  reflectionAtSixMonths: true,
  reflectionAtTwelveMonths: true,
};

describe('ASYE review points', () => {
  it('fall at the start, 3, 6 and 12 months, with 9 months only when asked for', () => {
    expect(reviewSchedule('2026-09-07', [], false, '2026-09-07')).toEqual([
      { point: AsyeReviewPoint.AGREEMENT, dueOn: '2026-09-07' },
      { point: AsyeReviewPoint.THREE_MONTH, dueOn: '2026-12-07' },
      { point: AsyeReviewPoint.SIX_MONTH, dueOn: '2027-03-07' },
      { point: AsyeReviewPoint.FINAL, dueOn: '2027-09-07' },
    ]);
    expect(reviewSchedule('2026-09-07', [], true, '2026-09-07').map((review) => review.point)).toContain(AsyeReviewPoint.NINE_MONTH);
  });

  it('move on by a pause, and land on 29 February in a leap year', () => {
    const pauses = [{ startedOn: '2027-10-01', endedOn: '2027-10-31' }];
    const schedule = reviewSchedule('2027-08-31', pauses, false, '2028-06-01');
    expect(schedule.find((review) => review.point === AsyeReviewPoint.THREE_MONTH)!.dueOn).toBe('2027-12-30');
    expect(reviewSchedule('2027-11-30', [], false, '2027-11-30')[1].dueOn).toBe('2028-02-29');
  });

  it('are overdue once their day has passed without the review being held, and due soon within 30 days', () => {
    const record = {
      status: AsyeStatus.IN_PROGRESS,
      startedOn: '2026-03-02',
      pauses: [],
      withNineMonthReview: false,
      heldReviews: [{ point: AsyeReviewPoint.AGREEMENT }, { point: AsyeReviewPoint.THREE_MONTH }],
    };
    expect(reviewsToFollowUp(record, '2026-09-10')).toEqual([
      { point: AsyeReviewPoint.SIX_MONTH, dueOn: '2026-09-02', urgency: ReviewUrgency.OVERDUE },
    ]);
    expect(reviewsToFollowUp(record, '2026-09-02')).toEqual([
      { point: AsyeReviewPoint.SIX_MONTH, dueOn: '2026-09-02', urgency: ReviewUrgency.DUE_SOON },
    ]);
    expect(reviewsToFollowUp({ ...record, status: AsyeStatus.PAUSED }, '2026-09-02')).toEqual([]);
    expect(reviewsToFollowUp({ ...record, status: AsyeStatus.COMPLETED }, '2026-09-10')).toEqual([]);
  });
});

describe('completing an ASYE', () => {
  it('needs three of each kind of evidence and both reflections, naming each gap', () => {
    expect(evidenceGaps(fullEvidence)).toEqual([]);
    expect(evidenceGaps({ ...fullEvidence, directObservations: 2, reflectionAtTwelveMonths: false })).toEqual([
      { item: 'directObservations', required: 3, recorded: 2 },
      { item: 'reflectionAtTwelveMonths', required: 1, recorded: 0 },
    ]);
  });

  it('must come within 24 months of the start, not counting pauses', () => {
    expect(pastTimeLimit('2025-09-01', [], '2027-09-01', '2027-09-01')).toBe(false);
    expect(pastTimeLimit('2025-09-01', [], '2027-09-02', '2027-09-02')).toBe(true);
    const leave = [{ startedOn: '2026-03-01', endedOn: '2026-09-01' }];
    expect(pastTimeLimit('2025-09-01', leave, '2028-02-15', '2028-02-15')).toBe(false);
  });

  it('names every reason it may not be completed yet', () => {
    const refusals = checkAsyeCompletion(
      { startedOn: '2024-01-08', pauses: [], evidence: { ...fullEvidence, writtenReports: 1 }, finalReviewHeld: false },
      '2026-03-02',
      '2026-03-02',
    );
    expect(refusals.map((refusal) => refusal.code)).toEqual([
      'ASYE_FINAL_REVIEW_NOT_HELD',
      'ASYE_EVIDENCE_MISSING',
      'ASYE_TIME_LIMIT_EXCEEDED',
    ]);
    expect(refusals[1].message).toBe('Evidence is missing: writtenReports 1 of 3.');
    expect(
      checkAsyeCompletion(
        { startedOn: '2025-09-01', pauses: [], evidence: fullEvidence, finalReviewHeld: true },
        '2026-09-10',
        '2026-09-10',
      ),
    ).toEqual([]);
  });
});
