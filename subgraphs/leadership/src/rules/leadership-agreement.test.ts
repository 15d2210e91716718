import { UserErrors } from '#hub/shared/errors';
import { checkLeadershipTargets } from './leadership-agreement';
import { registrationYearOfAgreement } from './report-period';

describe('a partnership’s leadership promises', () => {
  it('refuse a rate outside 0 to 1 or finer than four places, and a negative or fractional number of completions', () => {
    const errors = new UserErrors();
    checkLeadershipTargets(errors, { cpdComplianceRate: 0.85001, pathwayCompletions: 2.5 });
    expect(errors.list.map((error) => [error.field, error.code])).toEqual([
      [['input', 'cpdComplianceRate'], 'OUT_OF_RANGE'],
      [['input', 'pathwayCompletions'], 'OUT_OF_RANGE'],
    ]);
    const none = new UserErrors();
    checkLeadershipTargets(none, { cpdComplianceRate: 0.85, pathwayCompletions: null });
    expect(none.list).toEqual([]);
  });

  it('count CPD in the registration year beginning on 1 December of the academic year, or until then the one running', () => {
    expect(registrationYearOfAgreement('2026/27', '2026-12-01')).toBe(2027);
    expect(registrationYearOfAgreement('2026/27', '2026-11-30')).toBe(2026);
    expect(registrationYearOfAgreement('2025/26', '2026-12-02')).toBe(2026);
  });
});
