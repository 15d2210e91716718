import { UserErrors } from '#hub/shared/errors';
import { checkCapacity, checkCapacityChange, checkNewcomersFit, newcomersAmong } from './session-capacity';

const changeCodes = (capacity: number, attending: number) => {
  const errors = new UserErrors();
  checkCapacityChange(errors, capacity, attending);
  return errors.list.map((error) => error.code);
};

describe('teaching session capacity', () => {
  it('takes newcomers up to the last place and no further', () => {
    expect(checkCapacity(30, 28, 2)).toEqual({ fits: true, placesLeft: 2 });
    expect(checkCapacity(30, 28, 3)).toEqual({ fits: false, placesLeft: 2 });
  });

  it('never reports a negative number of places left', () => {
    expect(checkCapacity(10, 12, 1)).toEqual({ fits: false, placesLeft: 0 });
  });

  it('may come down to the attendees recorded, and not below them', () => {
    expect(changeCodes(12, 12)).toEqual([]);
    expect(changeCodes(40, 12)).toEqual([]);
    expect(changeCodes(11, 12)).toEqual(['CAPACITY_BELOW_ATTENDANCE']);
  });

  it('says how many attendees stand in the way', () => {
    const errors = new UserErrors();
    checkCapacityChange(errors, 10, 12);
    expect(errors.list[0].message).toBe('12 attendees are recorded already; capacity cannot go below that.');
  });

  it('count only the attendees not recorded yet as newcomers', () => {
    const present = [
      { studentId: 's1', practitionerId: null },
      { studentId: null, practitionerId: 'p1' },
    ];
    const places = [
      { practitionerId: 'p1', councilId: 'c1' },
      { practitionerId: 'p2', councilId: 'c1' },
    ];
    expect(newcomersAmong(present, ['s1', 's2'], places)).toEqual({ students: ['s2'], practitioners: [places[1]] });
  });

  it('refuse newcomers beyond the places left, against the students when there are any', () => {
    const codes = (newcomers: { students: string[]; practitioners: string[] }) => {
      const errors = new UserErrors();
      checkNewcomersFit(errors, 10, 8, newcomers);
      return errors.list.map((error) => [error.field.at(-1), error.code, error.message]);
    };
    expect(codes({ students: ['s1'], practitioners: ['p1'] })).toEqual([]);
    expect(codes({ students: ['s1'], practitioners: ['p1', 'p2'] })).toEqual([
      ['studentIds', 'TEACHING_SESSION_FULL', 'The session has 2 of 10 places left; 3 new attendees were given.'],
    ]);
    expect(codes({ students: [], practitioners: ['p1', 'p2', 'p3'] })).toEqual([
      ['practitioners', 'TEACHING_SESSION_FULL', 'The session has 2 of 10 places left; 3 new attendees were given.'],
    ]);
  });
});
