import { UserErrors } from '#hub/shared/errors';
import { checkPlacementSettings } from './placement-settings';

const found = (statutoryPlacementsRequired: number, stageTwoMinYearsQualified: number) => {
  const errors = new UserErrors();
  checkPlacementSettings({ statutoryPlacementsRequired, stageTwoMinYearsQualified }, errors);
  return errors.list.map(({ code, message }) => ({ code, message }));
};

describe('a partnership’s placement rules', () => {
  it('require 1 or 2 statutory placements, and 2 to 5 whole years since qualifying for stage 2', () => {
    expect(found(1, 2)).toEqual([]);
    expect(found(2, 5)).toEqual([]);
    expect(found(3, 1)).toEqual([
      { code: 'OUT_OF_RANGE', message: 'statutoryPlacementsRequired must be 1 or 2; got 3.' },
      { code: 'OUT_OF_RANGE', message: 'stageTwoMinYearsQualified must be from 2 to 5; got 1.' },
    ]);
    expect(found(1, 6).map((error) => error.message)).toEqual(['stageTwoMinYearsQualified must be from 2 to 5; got 6.']);
    expect(found(1, 2.5).map((error) => error.message)).toEqual(['stageTwoMinYearsQualified must be from 2 to 5; got 2.5.']);
  });
});
