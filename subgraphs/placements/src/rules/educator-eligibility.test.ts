import { UserErrors } from '#hub/shared/errors';
import { PepsStage } from '../types/enums';
import { checkEducatorEligibility, checkStageChange, wholeYearsBetween } from './educator-eligibility';

const codes = (stage: PepsStage, qualifiedOn: string, approvedOn: string, stageTwoMinYears = 2) => {
  const errors = new UserErrors();
  checkEducatorEligibility({ stage, qualifiedOn, approvedOn }, stageTwoMinYears, errors);
  return errors.list.map((error) => error.code);
};

describe('practice educator eligibility', () => {
  it('counts whole years, as a birthday does, including from 29 February', () => {
    expect(wholeYearsBetween('2022-07-15', '2024-07-14')).toBe(1);
    expect(wholeYearsBetween('2022-07-15', '2024-07-15')).toBe(2);
    expect(wholeYearsBetween('2020-02-29', '2022-02-28')).toBe(1);
    expect(wholeYearsBetween('2020-02-29', '2022-03-01')).toBe(2);
  });

  it('needs 2 years since qualifying, and the partnership’s figure for stage 2', () => {
    expect(codes(PepsStage.STAGE_1, '2022-07-15', '2024-07-15')).toEqual([]);
    expect(codes(PepsStage.STAGE_1, '2022-07-15', '2024-07-14')).toEqual(['PQ_EXPERIENCE_TOO_SHORT']);
    expect(codes(PepsStage.STAGE_2, '2022-07-15', '2024-09-01', 2)).toEqual([]);
    expect(codes(PepsStage.STAGE_2, '2022-07-15', '2024-09-01', 3)).toEqual(['PQ_EXPERIENCE_TOO_SHORT']);
  });

  it('moves an educator up or keeps their stage, but never back from stage 2 to stage 1', () => {
    const change = (current: PepsStage, approved: PepsStage) => {
      const errors = new UserErrors();
      checkStageChange(current, approved, errors);
      return errors.list.map((error) => error.code);
    };
    expect(change(PepsStage.STAGE_1, PepsStage.STAGE_2)).toEqual([]);
    expect(change(PepsStage.STAGE_2, PepsStage.STAGE_2)).toEqual([]);
    expect(change(PepsStage.STAGE_1, PepsStage.STAGE_1)).toEqual([]);
    expect(change(PepsStage.STAGE_2, PepsStage.STAGE_1)).toEqual(['STAGE_DOWNGRADE']);
  });
});
