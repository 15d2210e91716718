import { UserErrors } from '#hub/shared/errors';
import { MidpointOutcome } from '../types/enums';
import { checkMidpointActionPlan, checkOnOrAfterStart } from './placement-records';

const found = (check: (errors: UserErrors) => void) => {
  const errors = new UserErrors();
  check(errors);
  return errors.list.map(({ field, code, message }) => ({ field: field.join('.'), code, message }));
};

describe('a placement’s records', () => {
  it('date its review and its end on or after its start', () => {
    const placement = { startsOn: '2026-03-02' };
    expect(found((errors) => checkOnOrAfterStart(placement, 'endedOn', '2026-03-02', errors))).toEqual([]);
    expect(found((errors) => checkOnOrAfterStart(placement, 'reviewedOn', '2026-03-01', errors))).toEqual([
      {
        field: 'input.reviewedOn',
        code: 'DATE_BEFORE_START',
        message: 'reviewedOn must be on or after the start, 2026-03-02; got 2026-03-01.',
      },
    ]);
  });

  it('give a midpoint review with concerns the action plan agreed, and need none when it is satisfactory', () => {
    expect(found((errors) => checkMidpointActionPlan(MidpointOutcome.CONCERNS, 'Weekly supervision.', errors))).toEqual([]);
    expect(found((errors) => checkMidpointActionPlan(MidpointOutcome.SATISFACTORY, null, errors))).toEqual([]);
    expect(found((errors) => checkMidpointActionPlan(MidpointOutcome.CONCERNS, null, errors))).toEqual([
      { field: 'input.actionPlan', code: 'ACTION_PLAN_REQUIRED', message: 'A midpoint review with concerns needs the action plan agreed.' },
    ]);
  });
});
