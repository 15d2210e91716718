import { AsyeStatus, EnrolmentStatus } from '../types/enums';
import { AsyeReviewPoint } from './asye';
import { summariseAsyeCohort, summariseCpd, summariseMentoring, summarisePathways } from './leadership-report';
import { academicYearPeriod } from './report-period';

const today = '2026-11-23';
const academicYear = academicYearPeriod('2025/26');

describe('the leadership progress report', () => {
  it('counts enrolments per stage as on track, overdue or paused today, and completions in the academic year asked for', () => {
    const stages = new Map([
      [
        'aspiring',
        [
          { id: 's1', position: 1, expectedMonths: 3 },
          { id: 's2', position: 2, expectedMonths: 6 },
        ],
      ],
    ]);
    const enrolment = (overrides: object) => ({
      pathwayId: 'aspiring',
      currentPosition: 1,
      status: EnrolmentStatus.ACTIVE,
      stageStartedOn: '2026-10-01',
      pauses: [],
      endedOn: null,
      ...overrides,
    });
    const [figures] = summarisePathways(
      [
        enrolment({}),
        enrolment({ stageStartedOn: '2026-05-01' }),
        enrolment({ status: EnrolmentStatus.PAUSED, pauses: [{ startedOn: '2026-11-01', endedOn: null }] }),
        enrolment({ currentPosition: 2 }),
        enrolment({ status: EnrolmentStatus.COMPLETED, currentPosition: 3, endedOn: '2026-02-01' }),
        enrolment({ status: EnrolmentStatus.COMPLETED, currentPosition: 3, endedOn: '2025-07-31' }),
        enrolment({ status: EnrolmentStatus.WITHDRAWN, endedOn: '2026-07-31' }),
      ],
      stages,
      academicYear,
      today,
    );
    expect(figures).toEqual({
      pathwayId: 'aspiring',
      enrolled: 4,
      completedInAcademicYear: 1,
      withdrawnInAcademicYear: 1,
      stages: [
        { stageId: 's1', enrolled: 3, onTrack: 1, overdue: 1, paused: 1 },
        { stageId: 's2', enrolled: 1, onTrack: 1, overdue: 0, paused: 0 },
      ],
    });
  });

  it('counts ASYE reviews overdue and due soon, and evidence still missing near the final review', () => {
    const evidence = {
      directObservations: 1,
      feedbackFromPeopleWhoUseServices: 3,
      professionalFeedback: 3,
      writtenReports: 3,
      reflectionAtSixMonths: true,
      reflectionAtTwelveMonths: false,
    };
    const record = (overrides: object) => ({
      ...evidence,
      status: AsyeStatus.IN_PROGRESS,
      startedOn: '2026-01-05',
      pauses: [],
      withNineMonthReview: false,
      heldReviews: [{ point: AsyeReviewPoint.AGREEMENT }, { point: AsyeReviewPoint.THREE_MONTH }],
      endedOn: null,
      ...overrides,
    });
    const figures = summariseAsyeCohort(
      [
        record({}),
        record({ startedOn: '2026-09-07', heldReviews: [{ point: AsyeReviewPoint.AGREEMENT }] }),
        record({ status: AsyeStatus.PAUSED, pauses: [{ startedOn: '2026-05-01', endedOn: null }] }),
        record({ status: AsyeStatus.COMPLETED, endedOn: '2026-06-30' }),
      ],
      academicYear,
      today,
    );
    expect(figures).toEqual({
      inProgress: 2,
      paused: 1,
      reviewsDueSoon: 1,
      reviewsOverdue: 1,
      recordsWithOverdueReviews: 1,
      evidenceGapsNearFinalReview: 1,
      completedInAcademicYear: 1,
    });
  });

  it('gives the CPD compliance rate over the practitioners known, and none when there are none', () => {
    const records = new Map([
      [
        'a',
        [
          { completedOn: '2026-01-10', hours: 3, peerReflection: true },
          { completedOn: '2026-03-10', hours: 2, peerReflection: false },
        ],
      ],
      ['b', [{ completedOn: '2026-01-10', hours: 3, peerReflection: false }]],
    ]);
    expect(summariseCpd(['a', 'b', 'c'], records, 2026, 0)).toEqual({
      registrationYear: 2026,
      practitioners: 3,
      compliant: 1,
      complianceRate: 0.3333,
      withMinimumLearningDays: 3,
    });
    // 5 hours for a and 3 for b are less than a learning day each.
    expect(summariseCpd(['a', 'b', 'c'], records, 2026, 1)).toMatchObject({ compliant: 0, withMinimumLearningDays: 0 });
    expect(summariseCpd([], records, 2026, 0).complianceRate).toBeNull();
  });

  it('adds mentoring hours from the academic year’s sessions and counts relationships still running', () => {
    const figures = summariseMentoring(
      [{ endedOn: null }, { endedOn: '2026-01-31' }],
      [
        { heldOn: '2025-07-31', minutes: 30 },
        { heldOn: '2025-08-01', minutes: 60 },
        { heldOn: '2026-02-03', minutes: 90 },
        { heldOn: '2026-10-13', minutes: 45 },
      ],
      academicYear,
      today,
    );
    expect(figures).toEqual({ activeRelationships: 1, sessionsInAcademicYear: 2, hoursInAcademicYear: 2.5 });
  });
});
