import { UserErrors } from '#hub/shared/errors';
import { checkDaysEntry, checkDaysTotals, checkSkillsDays, extendedEnd } from './placement-days';

const found = (check: (errors: UserErrors) => void) => {
  const errors = new UserErrors();
  check(errors);
  return errors.list.map(({ field, message }) => ({ field: field.join('.'), message }));
};

describe('missed days', () => {
  it('move the end on by working days, over a weekend', () => {
    expect(extendedEnd('2027-04-23', 0)).toBe('2027-04-23');
    expect(extendedEnd('2027-04-23', 1)).toBe('2027-04-26');
    expect(extendedEnd('2027-04-23', 6)).toBe('2027-05-03');
  });
});

describe('days recorded', () => {
  it('count at most 30 skills days, in whole days', () => {
    expect(found((errors) => checkSkillsDays(0, errors))).toEqual([]);
    expect(found((errors) => checkSkillsDays(30, errors))).toEqual([]);
    expect(found((errors) => checkSkillsDays(31, errors))).toEqual([
      { field: 'input.days', message: 'days must be a whole number from 0 to 30; got 31.' },
    ]);
    expect(found((errors) => checkSkillsDays(-1, errors))).toHaveLength(1);
  });

  it('come in entries of up to 100 days done and 100 missed, the length of a final placement', () => {
    expect(found((errors) => checkDaysEntry({ daysCompleted: 100, missedDays: 0 }, errors))).toEqual([]);
    expect(found((errors) => checkDaysEntry({ daysCompleted: 101, missedDays: 1.5 }, errors))).toEqual([
      { field: 'input.daysCompleted', message: 'daysCompleted must be a whole number from 0 to 100; got 101.' },
      { field: 'input.missedDays', message: 'missedDays must be a whole number from 0 to 100; got 1.5.' },
    ]);
  });

  it('add up on a placement to at most 200 days done and 200 missed', () => {
    const placement = { daysCompleted: 150, missedDays: 150 };
    expect(found((errors) => checkDaysTotals(placement, { daysCompleted: 50, missedDays: 50 }, errors))).toEqual([]);
    const refused = [{ field: 'input.daysCompleted', message: 'A placement records at most 200 days done and 200 missed.' }];
    expect(found((errors) => checkDaysTotals(placement, { daysCompleted: 51, missedDays: 0 }, errors))).toEqual(refused);
    expect(found((errors) => checkDaysTotals(placement, { daysCompleted: 0, missedDays: 51 }, errors))).toEqual(refused);
  });
});
