import { UserErrors } from '#hub/shared/errors';
import { checkCapacity, checkCapacityCut, checkOfferDates, checkPlaceLeft, placesLeft } from './placement-offer';

const found = (check: (errors: UserErrors) => void) => {
  const errors = new UserErrors();
  check(errors);
  return errors.list.map(({ code, message }) => ({ code, message }));
};

describe('a placement offer', () => {
  it('takes 1 to 20 students at once, in whole numbers', () => {
    expect(found((errors) => checkCapacity(1, errors))).toEqual([]);
    expect(found((errors) => checkCapacity(20, errors))).toEqual([]);
    expect(found((errors) => checkCapacity(21, errors))).toEqual([
      { code: 'OUT_OF_RANGE', message: 'capacity must be a whole number from 1 to 20; got 21.' },
    ]);
    expect(found((errors) => checkCapacity(0, errors)).map((error) => error.code)).toEqual(['OUT_OF_RANGE']);
    expect(found((errors) => checkCapacity(2.5, errors)).map((error) => error.code)).toEqual(['OUT_OF_RANGE']);
  });

  it('starts within its academic year, from 1 August to 31 July, and ends after it starts', () => {
    const offer = { academicYear: '2026/27', startsOn: '2026-08-01', endsOn: '2026-12-18' };
    expect(found((errors) => checkOfferDates(offer, errors))).toEqual([]);
    expect(found((errors) => checkOfferDates({ ...offer, startsOn: '2027-07-31', endsOn: '2027-09-30' }, errors))).toEqual([]);
    expect(found((errors) => checkOfferDates({ ...offer, startsOn: '2026-07-31', endsOn: '2026-07-31' }, errors))).toEqual([
      { code: 'DATE_ORDER', message: 'endsOn must be after startsOn (2026-07-31); got 2026-07-31.' },
      { code: 'OUTSIDE_ACADEMIC_YEAR', message: 'startsOn must fall in 2026/27 (2026-08-01 to 2027-07-31); got 2026-07-31.' },
    ]);
  });

  it('may have its capacity cut down to the students allocated, not below', () => {
    expect(found((errors) => checkCapacityCut(3, 3, errors))).toEqual([]);
    expect(found((errors) => checkCapacityCut(2, 3, errors))).toEqual([
      { code: 'CAPACITY_BELOW_ALLOCATED', message: '3 students are allocated already; capacity cannot go below that.' },
    ]);
  });

  it('takes a new student while a place is left, and never shows fewer than 0 places left', () => {
    expect(found((errors) => checkPlaceLeft(5, 4, errors))).toEqual([]);
    expect(found((errors) => checkPlaceLeft(5, 5, errors))).toEqual([
      { code: 'PLACEMENT_CAPACITY_FULL', message: 'All 5 places on this offer are allocated.' },
    ]);
    expect(placesLeft(5, 4)).toBe(1);
    expect(placesLeft(5, 6)).toBe(0);
  });
});
