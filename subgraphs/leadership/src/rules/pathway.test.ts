import { UserErrors } from '#hub/shared/errors';
import { checkExpectedMonths, checkStageCount, hasOneOwner } from './pathway';

describe('a pathway', () => {
  it('has exactly one owner, a council or a partnership', () => {
    expect(hasOneOwner({ ownerCouncilId: 'council-a' })).toBe(true);
    expect(hasOneOwner({ ownerPartnershipId: 'partnership-a', ownerCouncilId: null })).toBe(true);
    expect(hasOneOwner({})).toBe(false);
    expect(hasOneOwner({ ownerCouncilId: 'council-a', ownerPartnershipId: 'partnership-a' })).toBe(false);
  });

  it('has 1 to 12 stages', () => {
    const errors = new UserErrors();
    checkStageCount(errors, 1);
    checkStageCount(errors, 12);
    expect(errors.list).toEqual([]);
    checkStageCount(errors, 0);
    checkStageCount(errors, 13);
    expect(errors.list.map((error) => error.message)).toEqual([
      'A pathway has 1 to 12 stages; got 0.',
      'A pathway has 1 to 12 stages; got 13.',
    ]);
  });

  it('expects each stage to take a whole number of months from 1 to 60, naming each stage that does not', () => {
    const errors = new UserErrors();
    checkExpectedMonths(errors, [{ expectedMonths: 1 }, { expectedMonths: 60 }]);
    expect(errors.list).toEqual([]);
    checkExpectedMonths(errors, [{ expectedMonths: 6 }, { expectedMonths: 0 }, { expectedMonths: 61 }]);
    expect(errors.list).toEqual([
      { field: ['input', 'stages', '1', 'expectedMonths'], code: 'OUT_OF_RANGE', message: 'expectedMonths must be from 1 to 60; got 0.' },
      { field: ['input', 'stages', '2', 'expectedMonths'], code: 'OUT_OF_RANGE', message: 'expectedMonths must be from 1 to 60; got 61.' },
    ]);
  });
});
