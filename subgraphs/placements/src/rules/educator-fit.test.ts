import { UserErrors } from '#hub/shared/errors';
import { PepsStage, PlacementLevel } from '../types/enums';
import { checkEducatorFits } from './educator-fit';

const host = { councilId: 'host-council', partnershipId: 'partnership', level: PlacementLevel.FINAL };
const educator = { councilId: 'host-council', partnershipId: 'partnership', stage: PepsStage.STAGE_2 };
const codes = (candidate: typeof educator, placement = host) => {
  const errors = new UserErrors();
  checkEducatorFits(placement, candidate, errors);
  return errors.list.map((error) => error.code);
};

describe('a practice educator for a placement', () => {
  it('fits when on the partnership’s register, of the host council and at stage 2 for a final placement', () => {
    expect(codes(educator)).toEqual([]);
    expect(codes({ ...educator, stage: PepsStage.STAGE_1 }, { ...host, level: PlacementLevel.FIRST })).toEqual([]);
  });

  it('is refused for each thing that does not fit, all named at once', () => {
    expect(codes({ councilId: 'other-council', partnershipId: 'other-partnership', stage: PepsStage.STAGE_1 })).toEqual([
      'EDUCATOR_NOT_ON_REGISTER',
      'EDUCATOR_OF_OTHER_COUNCIL',
      'PE_STAGE_TOO_LOW',
    ]);
  });
});
