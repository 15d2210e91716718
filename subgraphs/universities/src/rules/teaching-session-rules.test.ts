import { UserErrors } from '#hub/shared/errors';
import { cancelledSessionRefusal, checkTeachingSessionFields, sessionAcademicYear } from './teaching-session-rules';

const codes = (fields: Parameters<typeof checkTeachingSessionFields>[0]) => {
  const errors = new UserErrors();
  checkTeachingSessionFields(fields, errors);
  return errors.list.map((error) => `${error.field.at(-1)}:${error.code}`);
};

describe('teaching session fields', () => {
  it('accept a two-hour seminar for thirty', () => {
    expect(
      codes({ title: 'Contextual safeguarding', topic: 'Safeguarding', place: 'Muirhead Tower 112', durationMinutes: 120, capacity: 30 }),
    ).toEqual([]);
  });

  it('refuse durations and capacities out of range, naming each field', () => {
    expect(codes({ durationMinutes: 10, capacity: 0 })).toEqual(['durationMinutes:OUT_OF_RANGE', 'capacity:OUT_OF_RANGE']);
    expect(codes({ durationMinutes: 481, capacity: 501 })).toEqual(['durationMinutes:OUT_OF_RANGE', 'capacity:OUT_OF_RANGE']);
    expect(codes({ capacity: 2.5 })).toEqual(['capacity:OUT_OF_RANGE']);
  });

  it('refuse an empty title and a start outside any plausible year', () => {
    expect(codes({ title: '  ', startsAt: new Date('1999-12-31T10:00:00Z') })).toEqual(['title:REQUIRED', 'startsAt:OUT_OF_RANGE']);
  });

  it('count a session in the academic year of its date in England, so 31 July at 23:30 UTC is already August', () => {
    expect(sessionAcademicYear(new Date('2026-07-31T22:30:00Z'))).toBe('2025/26');
    expect(sessionAcademicYear(new Date('2026-07-31T23:30:00Z'))).toBe('2026/27');
    expect(sessionAcademicYear(new Date('2026-01-15T10:00:00Z'))).toBe('2025/26');
  });

  it('refuse every change to a cancelled session, in words fitting the change, and allow them before', () => {
    const cancelled = { cancelledAt: new Date('2026-03-02T09:00:00Z') };
    const scheduled = { cancelledAt: null };
    expect(cancelledSessionRefusal(cancelled, 'update')).toBe('This session was cancelled; it can no longer change.');
    expect(cancelledSessionRefusal(cancelled, 'cancel')).toBe('This session is cancelled already.');
    expect(cancelledSessionRefusal(cancelled, 'recordAttendance')).toBe('This session was cancelled.');
    for (const change of ['update', 'cancel', 'recordAttendance'] as const) expect(cancelledSessionRefusal(scheduled, change)).toBeNull();
  });
});
