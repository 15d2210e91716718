import { academicYearPeriod, registrationYearPeriod } from './report-period';
import { exactLeadershipProgress, shownLeadershipProgress, type RawLeadershipProgress } from './shown-leadership-progress';

const ACADEMIC_YEAR = academicYearPeriod('2024/25');

function report(activeRelationships: number, sessionsInAcademicYear = 0): RawLeadershipProgress {
  return {
    council: null,
    asOf: '2025-01-15',
    pathways: [],
    asye: {
      inProgress: 0,
      paused: 0,
      reviewsDueSoon: 0,
      reviewsOverdue: 0,
      recordsWithOverdueReviews: 0,
      evidenceGapsNearFinalReview: 0,
      completedInAcademicYear: 0,
      period: ACADEMIC_YEAR,
    },
    cpd: {
      registrationYear: 2025,
      practitioners: 0,
      compliant: 0,
      complianceRate: null,
      withMinimumLearningDays: 0,
      period: registrationYearPeriod(2025),
    },
    cpdYearJustEnded: null,
    mentoring: { activeRelationships, sessionsInAcademicYear, hoursInAcademicYear: sessionsInAcademicYear, period: ACADEMIC_YEAR },
  };
}

describe('the leadership progress report as shown', () => {
  it('is exact for a council’s own admins, small counts included', () => {
    expect(exactLeadershipProgress(report(3, 2)).mentoring).toMatchObject({
      activeRelationships: 3,
      sessionsInAcademicYear: 2,
      hoursInAcademicYear: 2,
      suppressed: [],
    });
  });

  it('withholds counts from 1 to 4 from a dashboard, naming them, and shows 0 and counts of 5 or more', () => {
    const { mentoring, asye } = shownLeadershipProgress(report(3, 12), [], { exact: false }).total;
    expect(mentoring).toMatchObject({ activeRelationships: null, sessionsInAcademicYear: 12, suppressed: ['activeRelationships'] });
    expect(asye).toMatchObject({ inProgress: 0, suppressed: [] });
  });

  it('is exact throughout for the partnership’s admins', () => {
    const shown = shownLeadershipProgress(report(15), [report(3), report(2), report(10)], { exact: true });
    expect([shown.total, ...shown.byCouncil].map((row) => row.mentoring.activeRelationships)).toEqual([15, 3, 2, 10]);
  });

  it('withholds the total from a council’s admin whose own row would give another council’s small count away', () => {
    const rows = [report(3), report(2), report(10)];
    const dashboard = shownLeadershipProgress(report(15), rows, { exact: false });
    expect([dashboard.total, ...dashboard.byCouncil].map((row) => row.mentoring.activeRelationships)).toEqual([15, null, null, 10]);
    const councilAdmin = shownLeadershipProgress(report(15), rows, { exact: false, knowsRow: (index) => index === 0 });
    expect([councilAdmin.total, ...councilAdmin.byCouncil].map((row) => row.mentoring.activeRelationships)).toEqual([null, 3, null, 10]);
  });
});
