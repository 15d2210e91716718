import { UserErrors } from '#hub/shared/errors';
import { checkLearningSummary, checkVisitHours } from './shadowing-visit-rules';

const hoursCodes = (hours: number) => {
  const errors = new UserErrors();
  checkVisitHours(errors, 'hours', hours);
  return errors.list.map((error) => error.code);
};

describe('shadowing visit records', () => {
  it('take hours above 0 and up to 12, in tenths', () => {
    expect(hoursCodes(0.1)).toEqual([]);
    expect(hoursCodes(7.5)).toEqual([]);
    expect(hoursCodes(0.7)).toEqual([]);
    expect(hoursCodes(12)).toEqual([]);
    for (const hours of [0, -1, 12.1, 3.25, Number.NaN]) expect(hoursCodes(hours)).toEqual(['OUT_OF_RANGE']);
  });

  it('keep learning summaries to 1,000 characters and free of case details', () => {
    const errors = new UserErrors();
    checkLearningSummary(errors, 'x'.repeat(1001));
    checkLearningSummary(errors, 'Met the family at WV1 1RL to see the assessment in practice.');
    expect(errors.list.map((error) => error.code)).toEqual(['TOO_LONG', 'CASE_DETAILS_SUSPECTED']);
  });
});
