import { TeachingSessionKind } from '../types/enums';
import { shownCouncilTeaching, shownPartnershipTeaching } from './shown-teaching-figures';
import { councilFigures, partnershipFigures } from './teaching-figure-tables';

/** `count` practitioners of one council, each facilitating their own 90-minute session, the first `coDelivered` with a lecturer. */
const facilitations = (councilId: string, count: number, coDelivered: number) =>
  Array.from({ length: count }, (_, index) => ({
    sessionId: `${councilId}-session-${index}`,
    practitionerId: `${councilId}-practitioner-${index}`,
    councilId,
    durationMinutes: 90,
    lecturers: index < coDelivered ? 1 : 0,
  }));

const sessions = (count: number, coDelivered: number) =>
  Array.from({ length: count }, (_, index) => ({
    universityId: 'u1',
    kind: TeachingSessionKind.SEMINAR,
    month: '2025-10',
    durationMinutes: 60,
    lecturers: 1,
    practitioners: index < coDelivered ? 1 : 0,
    studentAttendances: 10,
    practitionerAttendances: 0,
  }));

describe('teaching figures as a viewer sees them', () => {
  const smallCouncil = councilFigures('c1', '2025/26', facilitations('c1', 3, 2), []);

  it('show a council’s admins every figure exactly, small ones too', () => {
    expect(shownCouncilTeaching(smallCouncil, true).practitionerTeaching).toEqual({
      practitioners: 3,
      sessions: 3,
      coDeliveredSessions: 2,
      hours: 4.5,
      suppressed: [],
    });
  });

  it('withhold counts from 1 to 4 from everyone else, with the hours worked out from them, and show zeros', () => {
    const shown = shownCouncilTeaching(smallCouncil, false);
    expect(shown.practitionerTeaching).toEqual({
      practitioners: null,
      sessions: null,
      coDeliveredSessions: null,
      hours: null,
      suppressed: ['practitioners', 'sessions', 'coDeliveredSessions', 'hours'],
    });
    expect(shown.shadowing.suppressed).toEqual([]);
    expect(shown.shadowing.completed).toBe(0);
  });

  it('withhold the co-delivered sessions when the sessions not co-delivered are 1 to 4, and show them at 5', () => {
    const twoOthers = shownCouncilTeaching(councilFigures('c1', '2025/26', facilitations('c1', 12, 10), []), false);
    expect(twoOthers.practitionerTeaching).toEqual({
      practitioners: 12,
      sessions: 12,
      coDeliveredSessions: null,
      hours: 18,
      suppressed: ['coDeliveredSessions'],
    });
    const fiveOthers = shownCouncilTeaching(councilFigures('c1', '2025/26', facilitations('c1', 12, 7), []), false);
    expect(fiveOthers.practitionerTeaching.suppressed).toEqual([]);
  });

  describe('in a partnership table', () => {
    const figures = partnershipFigures(
      '2025/26',
      ['c1', 'c2'],
      [],
      sessions(20, 8),
      [...facilitations('c1', 3, 3), ...facilitations('c2', 10, 5)],
      [],
    );

    it('withhold the total that would give a council’s withheld count away by subtraction', () => {
      const shown = shownPartnershipTeaching(figures, { exact: false });
      expect(shown.byCouncil[0].practitionerTeaching.practitioners).toBeNull();
      expect(shown.byCouncil[1].practitionerTeaching.practitioners).toBe(10);
      expect(shown.practitionerTeaching.practitioners).toBeNull();
    });

    it('show a council’s admin their own row exactly, and the total it no longer hides', () => {
      const shown = shownPartnershipTeaching(figures, { exact: false, knowsRow: (index) => index === 0 });
      expect(shown.byCouncil[0].practitionerTeaching).toEqual({
        practitioners: 3,
        sessions: 3,
        coDeliveredSessions: 3,
        hours: 4.5,
        suppressed: [],
      });
      expect(shown.practitionerTeaching.practitioners).toBe(13);
    });

    it('show the partnership’s admins everything', () => {
      const shown = shownPartnershipTeaching(figures, { exact: true });
      expect(shown).toMatchObject({ sessions: 20, coDeliveredSessions: 8, coDeliveredShare: 0.4, suppressed: [] });
      expect(shown.practitionerTeaching).toEqual({ practitioners: 13, sessions: 13, coDeliveredSessions: 8, hours: 19.5, suppressed: [] });
      expect(shown.byCouncil.map((council) => council.council.id)).toEqual(['c1', 'c2']);
    });
  });
});
