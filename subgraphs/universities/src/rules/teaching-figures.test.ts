import { ShadowingStatus, TeachingSessionKind } from '../types/enums';
import { summariseFacilitations, summariseSessions, summariseVisits } from './teaching-figures';

const seminar = { kind: TeachingSessionKind.SEMINAR, month: '2025-10', durationMinutes: 90 };

describe('teaching figures', () => {
  it('count a session as co-delivered only when a lecturer and a practitioner both facilitate it', () => {
    const totals = summariseSessions([
      { ...seminar, lecturers: 1, practitioners: 2, studentAttendances: 20, practitionerAttendances: 5 },
      { ...seminar, lecturers: 2, practitioners: 0, studentAttendances: 30, practitionerAttendances: 0 },
      { ...seminar, durationMinutes: 45, lecturers: 0, practitioners: 1, studentAttendances: 0, practitionerAttendances: 12 },
    ]);
    expect(totals).toEqual({
      sessions: 3,
      coDeliveredSessions: 1,
      coDeliveredShare: 0.3333,
      studentAttendances: 50,
      practitionerAttendances: 17,
      hours: 3.75,
    });
  });

  it('add each practitioner’s hours, but count a session two practitioners shared once', () => {
    const totals = summariseFacilitations([
      { sessionId: 's1', practitionerId: 'p1', durationMinutes: 90, lecturers: 1 },
      { sessionId: 's1', practitionerId: 'p2', durationMinutes: 90, lecturers: 1 },
      { sessionId: 's2', practitionerId: 'p1', durationMinutes: 40, lecturers: 0 },
    ]);
    expect(totals).toEqual({ practitioners: 2, sessions: 2, coDeliveredSessions: 1, hours: 3.67 });
  });

  it('count hours and lecturer-days from completed visits only, one lecturer on one date once', () => {
    const totals = summariseVisits([
      { lecturerId: 'l1', visitOn: '2026-02-03', status: ShadowingStatus.COMPLETED, hours: 3.5 },
      { lecturerId: 'l1', visitOn: '2026-02-03', status: ShadowingStatus.COMPLETED, hours: 2 },
      { lecturerId: 'l2', visitOn: '2026-02-03', status: ShadowingStatus.COMPLETED, hours: 7 },
      { lecturerId: 'l2', visitOn: '2026-03-01', status: ShadowingStatus.APPROVED, hours: null },
      { lecturerId: 'l3', visitOn: '2026-03-02', status: ShadowingStatus.DECLINED, hours: null },
    ]);
    expect(totals).toEqual({
      requested: 0,
      approved: 1,
      declined: 1,
      completed: 3,
      cancelled: 0,
      hours: 12.5,
      lecturerDaysInPractice: 2,
    });
  });
});
