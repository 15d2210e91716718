import { UserErrors } from '#hub/shared/errors';
import { checkTeachingSessionFields } from './teaching-session-rules';

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
});
