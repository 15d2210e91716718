import { UserErrors } from '#hub/shared/errors';
import { checkCpdHours } from './cpd-record';

describe('the hours of a piece of CPD', () => {
  it('are kept to one decimal place, from 0.1 to 200', () => {
    const errors = new UserErrors();
    expect(checkCpdHours(errors, 7.46)).toBe(7.5);
    expect(checkCpdHours(errors, 0.05)).toBe(0.1);
    expect(checkCpdHours(errors, 200)).toBe(200);
    expect(errors.list).toEqual([]);
  });

  it('are refused when what would be stored is 0 or over 200, quoting what was given', () => {
    const errors = new UserErrors();
    checkCpdHours(errors, 0.04);
    checkCpdHours(errors, 200.06);
    expect(errors.list.map((error) => error.message)).toEqual([
      'hours must be from 0.1 to 200, to one decimal place; got 0.04.',
      'hours must be from 0.1 to 200, to one decimal place; got 200.06.',
    ]);
  });
});
