import { ShadowingStatus, TeachingSessionKind } from '../types/enums';
import { councilFigures, partnershipCouncilIds, partnershipFigures } from './teaching-figure-tables';

const facilitation = (sessionId: string, practitionerId: string, councilId: string) => ({
  sessionId,
  practitionerId,
  councilId,
  durationMinutes: 60,
  lecturers: 1,
});

const ZERO_SHADOWING = { requested: 0, approved: 0, declined: 0, completed: 0, cancelled: 0, hours: 0, lecturerDaysInPractice: 0 };

describe('teaching tables', () => {
  it('list a partnership’s member councils first, in their order, then every other council that took part once, by id', () => {
    const rows = [{ councilId: 'z' }, { councilId: 'm1' }, { councilId: 'a' }, { councilId: 'z' }];
    expect(partnershipCouncilIds(['m2', 'm1'], rows)).toEqual(['m2', 'm1', 'a', 'z']);
    expect(partnershipCouncilIds([], [])).toEqual([]);
  });

  it('sum one council’s rows for its year', () => {
    expect(councilFigures('c1', '2025/26', [facilitation('s1', 'p1', 'c1'), facilitation('s2', 'p1', 'c1')], [])).toEqual({
      councilId: 'c1',
      academicYear: '2025/26',
      practitionerTeaching: { practitioners: 1, sessions: 2, coDeliveredSessions: 2, hours: 2 },
      shadowing: ZERO_SHADOWING,
    });
  });

  it('give a partnership its year’s dates, its totals, and a row per council, zeros where nothing happened', () => {
    const figures = partnershipFigures(
      '2025/26',
      ['c1', 'c2', 'c3'],
      ['u1'],
      [
        {
          universityId: 'u1',
          kind: TeachingSessionKind.SEMINAR,
          month: '2025-10',
          durationMinutes: 90,
          lecturers: 1,
          practitioners: 2,
          studentAttendances: 12,
          practitionerAttendances: 3,
        },
      ],
      [facilitation('s1', 'p1', 'c1'), facilitation('s1', 'p2', 'c2')],
      [{ councilId: 'c2', lecturerId: 'l1', visitOn: '2026-02-03', status: ShadowingStatus.COMPLETED, hours: 3 }],
    );
    expect(figures).toMatchObject({
      academicYear: '2025/26',
      from: '2025-08-01',
      to: '2026-07-31',
      sessions: 1,
      coDeliveredSessions: 1,
      practitionerTeaching: { practitioners: 2, sessions: 1, hours: 2 },
      shadowing: { completed: 1, hours: 3 },
    });
    expect(figures.byCouncil.map((row) => [row.councilId, row.practitionerTeaching.practitioners, row.shadowing.completed])).toEqual([
      ['c1', 1, 0],
      ['c2', 1, 1],
      ['c3', 0, 0],
    ]);
  });
});
