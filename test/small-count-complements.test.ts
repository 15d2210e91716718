/**
 * Every figure the hub shows beside a whole it is part of, in the four subgraphs, in one table.
 * The whole less the part counts people or events, so when it is from 1 to 4 one of the two is
 * withheld (the part, or for a sum the whole), and when it is 0 or 5 both are shown. Then each
 * partnership table read by a council's admin, who knows their own row. The figures are built in
 * memory and passed through each subgraph's own suppression, as its resolver does.
 */
import type { FigureViewer } from '#hub/shared/small-counts';
import { toHeadcount, toPartnershipHeadcount } from '../subgraphs/councils/src/rules/headcount';
import type { PathwayStage } from '../subgraphs/leadership/src/entities/pathway-stage.entity';
import type { Pathway } from '../subgraphs/leadership/src/entities/pathway.entity';
import { shownLeadershipProgress, type RawLeadershipProgress } from '../subgraphs/leadership/src/rules/shown-leadership-progress';
import { shownPartnershipSupply, shownSupply } from '../subgraphs/placements/src/rules/shown-supply';
import {
  shownCouncilTeaching,
  shownPartnershipTeaching,
  type RawCouncilTeaching,
  type RawPartnershipTeaching,
} from '../subgraphs/universities/src/rules/shown-teaching-figures';
import { academicYearPeriod, registrationYearPeriod } from '../subgraphs/leadership/src/rules/report-period';

const ACADEMIC_YEAR = academicYearPeriod('2024/25');
const REGISTRATION_YEAR = registrationYearPeriod(2025);

const VIEWER: FigureViewer = { exact: false };

interface Teaching {
  sessions: number;
  coDeliveredSessions: number;
  practitionerSessions: number;
  councils: { sessions: number; coDeliveredSessions: number; lecturerDays: number }[];
  lecturerDays: number;
}

/** A partnership's teaching with two councils' practitioners, 5 each, and 5 visits of each status to each council. */
function teaching({ sessions, coDeliveredSessions, practitionerSessions, councils, lecturerDays }: Teaching): RawPartnershipTeaching {
  const shadowing = (councilCount: number, days: number) => ({
    requested: 5 * councilCount,
    approved: 5 * councilCount,
    declined: 5 * councilCount,
    completed: 5 * councilCount,
    cancelled: 5 * councilCount,
    hours: 25 * councilCount,
    lecturerDaysInPractice: days,
  });
  const council = (row: Teaching['councils'][number], index: number): RawCouncilTeaching => ({
    councilId: `council-${index}`,
    academicYear: '2024/25',
    practitionerTeaching: { practitioners: 5, sessions: row.sessions, coDeliveredSessions: row.coDeliveredSessions, hours: 30 },
    shadowing: shadowing(1, row.lecturerDays),
  });
  return {
    academicYear: '2024/25',
    from: '2024-08-01',
    to: '2025-07-31',
    sessions,
    coDeliveredSessions,
    coDeliveredShare: coDeliveredSessions / sessions,
    studentAttendances: 100,
    practitionerAttendances: 50,
    hours: sessions * 1.5,
    // No breakdown by kind, month or university: this file is about the totals and the councils' rows.
    byKind: [],
    byMonth: [],
    byUniversity: [],
    practitionerTeaching: { practitioners: 10, sessions: practitionerSessions, coDeliveredSessions, hours: 60 },
    shadowing: shadowing(2, lecturerDays),
    byCouncil: councils.map(council),
  };
}

const TWO_COUNCILS = [
  { sessions: 20, coDeliveredSessions: 10, lecturerDays: 5 },
  { sessions: 15, coDeliveredSessions: 10, lecturerDays: 5 },
];

function supply(allocated: number, filled: number) {
  return {
    council: null,
    academicYear: '2024/25',
    committedStatutoryPlaces: 20,
    offeredPlaces: 20,
    offeredStatutoryPlaces: 20,
    allocatedStatutoryPlaces: allocated,
    filledStatutoryPlaces: filled,
    statutoryShare: 1,
    shortfall: 0,
  };
}

interface Report {
  practitioners?: number;
  compliant?: number;
  inProgress?: number;
  paused?: number;
  withOverdueReviews?: number;
  evidenceGaps?: number;
  stage?: { onTrack: number; overdue: number; paused: number };
}

/** A partnership's leadership report, with one pathway of one stage; everything not given is 10. */
function report({
  practitioners = 10,
  compliant = 10,
  inProgress = 10,
  paused = 0,
  withOverdueReviews = 10,
  evidenceGaps = 10,
  stage,
}: Report) {
  const { onTrack, overdue, paused: pausedAtStage } = stage ?? { onTrack: 10, overdue: 0, paused: 0 };
  const enrolled = onTrack + overdue + pausedAtStage;
  const raw: RawLeadershipProgress = {
    council: null,
    asOf: '2025-01-15',
    pathways: [
      {
        pathway: { id: 'pathway' } as Pathway,
        enrolled,
        completedInAcademicYear: 0,
        withdrawnInAcademicYear: 0,
        period: ACADEMIC_YEAR,
        stages: [{ stage: { id: 'stage' } as PathwayStage, enrolled, onTrack, overdue, paused: pausedAtStage }],
      },
    ],
    asye: {
      inProgress,
      paused,
      reviewsDueSoon: 10,
      reviewsOverdue: 10,
      recordsWithOverdueReviews: withOverdueReviews,
      evidenceGapsNearFinalReview: evidenceGaps,
      completedInAcademicYear: 10,
      period: ACADEMIC_YEAR,
    },
    cpd: {
      registrationYear: 2025,
      practitioners,
      compliant,
      complianceRate: compliant / practitioners,
      withMinimumLearningDays: practitioners,
      period: REGISTRATION_YEAR,
    },
    cpdYearJustEnded: null,
    mentoring: { activeRelationships: 10, sessionsInAcademicYear: 10, hoursInAcademicYear: 10, period: ACADEMIC_YEAR },
  };
  return shownLeadershipProgress(raw, [], VIEWER).total;
}

/** [the whole and the part, as shown when the whole less the part is `rest`]. */
const PAIRS: [string, (rest: number) => { whole: number | null; part: number | null }][] = [
  [
    'Council.teaching practitionerTeaching: sessions ⊇ coDeliveredSessions',
    (rest) => {
      const shown = shownCouncilTeaching(
        {
          councilId: 'council-0',
          academicYear: '2024/25',
          practitionerTeaching: { practitioners: 5, sessions: 10 + rest, coDeliveredSessions: 10, hours: 30 },
          shadowing: { requested: 0, approved: 0, declined: 0, completed: 0, cancelled: 0, hours: 0, lecturerDaysInPractice: 0 },
        },
        false,
      ).practitionerTeaching;
      return { whole: shown.sessions, part: shown.coDeliveredSessions };
    },
  ],
  [
    'Partnership.teaching: sessions ⊇ coDeliveredSessions',
    (rest) => {
      // The sessions practitioners facilitated lie between the two, so they are all the sessions here.
      const shown = shownPartnershipTeaching(
        teaching({
          sessions: 30 + rest,
          coDeliveredSessions: 30,
          practitionerSessions: 30 + rest,
          councils: TWO_COUNCILS,
          lecturerDays: 10,
        }),
        VIEWER,
      );
      return { whole: shown.sessions, part: shown.coDeliveredSessions };
    },
  ],
  [
    'Partnership.teaching: sessions ⊇ practitionerTeaching.sessions',
    (rest) => {
      const shown = shownPartnershipTeaching(
        teaching({ sessions: 30 + rest, coDeliveredSessions: 20, practitionerSessions: 30, councils: TWO_COUNCILS, lecturerDays: 10 }),
        VIEWER,
      );
      return { whole: shown.sessions, part: shown.practitionerTeaching.sessions };
    },
  ],
  [
    'Partnership.teaching practitionerTeaching: sessions ⊇ coDeliveredSessions',
    (rest) => {
      const shown = shownPartnershipTeaching(
        teaching({ sessions: 40, coDeliveredSessions: 25, practitionerSessions: 25 + rest, councils: TWO_COUNCILS, lecturerDays: 10 }),
        VIEWER,
      );
      return { whole: shown.practitionerTeaching.sessions, part: shown.practitionerTeaching.coDeliveredSessions };
    },
  ],
  [
    'Partnership.teaching: coDeliveredSessions = practitionerTeaching.coDeliveredSessions (the same sessions)',
    (rest) => {
      // The practitioners' co-delivered sessions are withheld as 3 short of their sessions; the partnership's must go too.
      const shown = shownPartnershipTeaching(
        teaching({ sessions: 40, coDeliveredSessions: 25, practitionerSessions: 25 + rest, councils: TWO_COUNCILS, lecturerDays: 10 }),
        VIEWER,
      );
      return { whole: shown.sessions, part: shown.coDeliveredSessions };
    },
  ],
  [
    'Partnership.teaching byCouncil: a council’s practitionerTeaching.sessions ⊆ the total’s',
    (rest) => {
      const councils = [{ ...TWO_COUNCILS[0], sessions: 30 - rest }, TWO_COUNCILS[1]];
      const shown = shownPartnershipTeaching(
        teaching({ sessions: 40, coDeliveredSessions: 20, practitionerSessions: 30, councils, lecturerDays: 10 }),
        VIEWER,
      );
      return { whole: shown.practitionerTeaching.sessions, part: shown.byCouncil[0].practitionerTeaching.sessions };
    },
  ],
  [
    'Partnership.teaching byCouncil: a council’s practitionerTeaching.coDeliveredSessions ⊆ the total’s',
    (rest) => {
      const councils = [{ ...TWO_COUNCILS[0], sessions: 30, coDeliveredSessions: 20 - rest }, TWO_COUNCILS[1]];
      const shown = shownPartnershipTeaching(
        teaching({ sessions: 40, coDeliveredSessions: 20, practitionerSessions: 30, councils, lecturerDays: 10 }),
        VIEWER,
      );
      return { whole: shown.practitionerTeaching.coDeliveredSessions, part: shown.byCouncil[0].practitionerTeaching.coDeliveredSessions };
    },
  ],
  [
    'Partnership.teaching byCouncil: a council’s shadowing.lecturerDaysInPractice ⊆ the total’s',
    (rest) => {
      const councils = [{ ...TWO_COUNCILS[0], lecturerDays: 10 - rest }, TWO_COUNCILS[1]];
      const shown = shownPartnershipTeaching(
        teaching({ sessions: 40, coDeliveredSessions: 20, practitionerSessions: 30, councils, lecturerDays: 10 }),
        VIEWER,
      );
      return { whole: shown.shadowing.lecturerDaysInPractice, part: shown.byCouncil[0].shadowing.lecturerDaysInPractice };
    },
  ],
  [
    'Council.placementSupply: allocatedStatutoryPlaces ⊇ filledStatutoryPlaces',
    (rest) => {
      const shown = shownSupply(supply(10 + rest, 10), false);
      return { whole: shown.allocatedStatutoryPlaces, part: shown.filledStatutoryPlaces };
    },
  ],
  [
    'Partnership.placementSupply total and byCouncil: allocatedStatutoryPlaces ⊇ filledStatutoryPlaces',
    (rest) => {
      const shown = shownPartnershipSupply(supply(20 + rest, 20), [supply(10 + rest, 10), supply(10, 10)], VIEWER);
      return { whole: shown.rows[0].allocatedStatutoryPlaces, part: shown.rows[0].filledStatutoryPlaces };
    },
  ],
  [
    'Partnership.leadershipProgress cpd: practitioners ⊇ compliant',
    (rest) => {
      const { cpd } = report({ practitioners: 10 + rest, compliant: 10 });
      return { whole: cpd.practitioners, part: cpd.compliant };
    },
  ],
  [
    'Partnership.leadershipProgress asye: inProgress + paused ⊇ recordsWithOverdueReviews',
    (rest) => {
      const { asye } = report({ inProgress: 10, paused: 10, withOverdueReviews: 20 - rest });
      return { whole: asye.inProgress === null || asye.paused === null ? null : 20, part: asye.recordsWithOverdueReviews };
    },
  ],
  [
    'Partnership.leadershipProgress asye: inProgress + paused ⊇ evidenceGapsNearFinalReview',
    (rest) => {
      const { asye } = report({ inProgress: 10, paused: 10, evidenceGaps: 20 - rest });
      return { whole: asye.inProgress === null || asye.paused === null ? null : 20, part: asye.evidenceGapsNearFinalReview };
    },
  ],
  [
    'Partnership.leadershipProgress stage: enrolled ⊇ onTrack (the rest are overdue or paused)',
    (rest) => {
      const overdue = Math.ceil(rest / 2);
      const stage = report({ stage: { onTrack: 10, overdue, paused: rest - overdue } }).pathways[0].stages[0];
      return { whole: stage.enrolled, part: stage.onTrack };
    },
  ],
];

describe('a figure shown beside a whole it is part of', () => {
  it.each(PAIRS)('%s: one of the two is withheld when the rest is from 1 to 4', (_, shownWithRest) => {
    for (const rest of [1, 2, 3, 4]) {
      const { whole, part } = shownWithRest(rest);
      expect(whole === null || part === null).toBe(true);
    }
  });

  it.each(PAIRS)('%s: both are shown when the rest is 0 or 5', (_, shownWithRest) => {
    for (const rest of [0, 5]) {
      const { whole, part } = shownWithRest(rest);
      expect(whole).not.toBeNull();
      expect(part).not.toBeNull();
    }
  });

  it('withholds a partnership headcount whose withheld councils add up to 1 to 4', () => {
    const councils = [
      { permanent: 10, agency: 2 },
      { permanent: 10, agency: 1 },
      { permanent: 10, agency: 10 },
    ];
    expect(toPartnershipHeadcount(councils, VIEWER, '2025-01-15')).toMatchObject({ agency: null, permanent: 30 });
    expect(toPartnershipHeadcount([...councils, { permanent: 10, agency: 2 }], VIEWER, '2025-01-15')).toMatchObject({
      agency: 15,
      permanent: 40,
    });
  });
});

/**
 * Councils a, b and c count 3, 2 and 10 in one figure of each partnership table. Anyone may see
 * the total of 15, which gives away only a + b = 5; a's admin knows a's 3 and could find b's 2.
 */
const TABLES: [string, (viewer: FigureViewer) => { total: number | null; knownRow: number | null }][] = [
  [
    'Partnership.headcount agency',
    (viewer) => {
      const councils = [3, 2, 10].map((agency) => ({ permanent: 10, agency }));
      // The partnership's headcount has no rows: a's admin reads a's on Council.headcount.
      return {
        total: toPartnershipHeadcount(councils, viewer, '2025-01-15').agency,
        knownRow: toHeadcount(councils[0], viewer.knowsRow?.(0) ?? false, '2025-01-15').agency,
      };
    },
  ],
  [
    'Partnership.teaching byCouncil shadowing.completed',
    (viewer) => {
      const raw = teaching({ sessions: 40, coDeliveredSessions: 20, practitionerSessions: 30, councils: [], lecturerDays: 10 });
      const visits = (completed: number) => ({ ...raw.shadowing, completed, lecturerDaysInPractice: completed });
      const byCouncil = [3, 2, 10].map((completed, index) => ({
        councilId: `council-${index}`,
        academicYear: raw.academicYear,
        practitionerTeaching: { practitioners: 0, sessions: 0, coDeliveredSessions: 0, hours: 0 },
        shadowing: { ...visits(completed), requested: 0, approved: 0, declined: 0, cancelled: 0, hours: 0 },
      }));
      const total = {
        ...raw,
        practitionerTeaching: { practitioners: 0, sessions: 0, coDeliveredSessions: 0, hours: 0 },
        shadowing: { ...visits(15), requested: 0, approved: 0, declined: 0, cancelled: 0, hours: 0 },
        byCouncil,
      };
      const shown = shownPartnershipTeaching(total, viewer);
      return { total: shown.shadowing.completed, knownRow: shown.byCouncil[0].shadowing.completed };
    },
  ],
  [
    'Partnership.placementSupply byCouncil filledStatutoryPlaces',
    (viewer) => {
      const shown = shownPartnershipSupply(supply(15, 15), [supply(3, 3), supply(2, 2), supply(10, 10)], viewer);
      return { total: shown.total.filledStatutoryPlaces, knownRow: shown.rows[0].filledStatutoryPlaces };
    },
  ],
  [
    'Partnership.leadershipProgress byCouncil mentoring.activeRelationships',
    (viewer) => {
      const raw = (activeRelationships: number): RawLeadershipProgress => ({
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
          period: REGISTRATION_YEAR,
        },
        cpdYearJustEnded: null,
        mentoring: { activeRelationships, sessionsInAcademicYear: 0, hoursInAcademicYear: 0, period: ACADEMIC_YEAR },
      });
      const shown = shownLeadershipProgress(raw(15), [raw(3), raw(2), raw(10)], viewer);
      return { total: shown.total.mentoring.activeRelationships, knownRow: shown.byCouncil[0].mentoring.activeRelationships };
    },
  ],
];

describe('a partnership table read by a council’s admin', () => {
  it.each(TABLES)('%s: the total is shown to a viewer who knows no council’s figures', (_, shownTo) => {
    expect(shownTo(VIEWER)).toEqual({ total: 15, knownRow: null });
  });

  it.each(TABLES)('%s: the total is withheld from the admin of a, who sees a’s row exactly', (_, shownTo) => {
    expect(shownTo({ exact: false, knowsRow: (index) => index === 0 })).toEqual({ total: null, knownRow: 3 });
  });
});
