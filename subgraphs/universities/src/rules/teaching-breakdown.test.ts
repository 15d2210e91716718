import { TeachingSessionKind } from '../types/enums';
import { shownPartnershipTeaching } from './shown-teaching-figures';
import { monthsOf, teachingBreakdown } from './teaching-breakdown';
import { partnershipFigures } from './teaching-figure-tables';
import type { SessionRow } from './teaching-figures';

const session = (
  kind: TeachingSessionKind,
  month: string,
  practitioners = 0,
  universityId = 'u1',
): SessionRow & { universityId: string } => ({
  universityId,
  kind,
  month,
  durationMinutes: 120,
  lecturers: 1,
  practitioners,
  studentAttendances: 10,
  practitionerAttendances: 1,
});

const repeat = <Row>(count: number, row: Row) => Array.from({ length: count }, () => row);

describe('teaching broken down by kind and month', () => {
  it('lists the twelve months of the academic year, August to July', () => {
    expect(monthsOf('2025/26')).toEqual([
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
    ]);
  });

  it('gives every kind and every month a row, zeros included, and each kind within each month', () => {
    const rows = [
      session(TeachingSessionKind.MASTERCLASS, '2025-10', 1),
      session(TeachingSessionKind.MASTERCLASS, '2026-03'),
      session(TeachingSessionKind.SEMINAR, '2025-10', 2),
    ];
    const { byKind, byMonth } = teachingBreakdown('2025/26', rows);
    expect(byKind.map((kind) => [kind.kind, kind.sessions])).toEqual([
      ['SEMINAR', 1],
      ['LECTURE', 0],
      ['MASTERCLASS', 2],
      ['WORKSHOP', 0],
      ['CONFERENCE_SESSION', 0],
    ]);
    expect(byKind[2]).toMatchObject({ coDeliveredSessions: 1, coDeliveredShare: 0.5, hours: 4, studentAttendances: 20 });
    const october = byMonth[2];
    expect(october).toMatchObject({ month: '2025-10', sessions: 2, coDeliveredSessions: 2, hours: 4 });
    expect(october.byKind.map((kind) => kind.sessions)).toEqual([1, 0, 1, 0, 0]);
    expect(byMonth.reduce((total, month) => total + (month.sessions ?? 0), 0)).toBe(3);
  });

  describe('as a viewer who is not the partnership’s admin sees it', () => {
    // 20 seminars in October, 3 masterclasses in March: the masterclasses are a small count.
    const rows = [
      ...repeat(20, session(TeachingSessionKind.SEMINAR, '2025-10')),
      ...repeat(3, session(TeachingSessionKind.MASTERCLASS, '2026-03')),
    ];
    const shown = shownPartnershipTeaching(partnershipFigures('2025/26', [], ['u1'], rows, [], []), { exact: false });

    it('withholds a kind, a month and a cell of 1 to 4 sessions, with the hours and share worked out from them', () => {
      expect(shown.byKind[2]).toMatchObject({ sessions: null, hours: null, coDeliveredShare: null });
      expect(shown.byMonth[7]).toMatchObject({ month: '2026-03', sessions: null, hours: null });
      expect(shown.byMonth[7].byKind[2].sessions).toBeNull();
      expect(shown.byMonth[2].byKind[0]).toMatchObject({ sessions: 20, hours: 40, suppressed: [] });
    });

    it('withholds what would give the small count away by subtraction from the year’s total', () => {
      expect(shown.sessions).toBeNull();
      expect(shown.byKind[0].sessions).toBe(20);
    });

    it('shows zeros, which single out no one', () => {
      expect(shown.byKind[1]).toMatchObject({ sessions: 0, hours: 0, coDeliveredShare: null, suppressed: [] });
    });
  });

  it('gives each member university a row in total and per kind, and withholds a university’s small count from others', () => {
    const rows = [
      ...repeat(12, session(TeachingSessionKind.SEMINAR, '2025-10', 0, 'u1')),
      ...repeat(9, session(TeachingSessionKind.SEMINAR, '2025-11', 0, 'u2')),
      ...repeat(2, session(TeachingSessionKind.MASTERCLASS, '2025-11', 0, 'u2')),
    ];
    const figures = partnershipFigures('2025/26', [], ['u1', 'u2'], rows, [], []);
    expect(shownPartnershipTeaching(figures, { exact: true }).byUniversity.map((row) => [row.university.id, row.sessions])).toEqual([
      ['u1', 12],
      ['u2', 11],
    ]);
    const shown = shownPartnershipTeaching(figures, { exact: false });
    expect(shown.byUniversity[1].byKind[2].sessions).toBeNull();
    expect(shown.byUniversity[1].sessions).toBeNull();
    const ownAdmin = shownPartnershipTeaching(figures, { exact: false, knowsUniversity: (index) => index === 1 });
    expect(ownAdmin.byUniversity[1].byKind[2]).toMatchObject({ sessions: 2, suppressed: [] });
  });

  it('shows the partnership’s admins every figure exactly', () => {
    const rows = repeat(3, session(TeachingSessionKind.MASTERCLASS, '2026-03'));
    const shown = shownPartnershipTeaching(partnershipFigures('2025/26', [], ['u1'], rows, [], []), { exact: true });
    expect(shown.byKind[2]).toMatchObject({ sessions: 3, hours: 6, suppressed: [] });
    expect(shown.byMonth[7].byKind[2].sessions).toBe(3);
  });
});
