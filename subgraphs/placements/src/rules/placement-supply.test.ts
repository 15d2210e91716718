import { PlacementSetting, PlacementStatus } from '../types/enums';
import { summariseSupply } from './placement-supply';

describe('placement supply', () => {
  it('sets statutory places offered, allocated and filled against the commitment', () => {
    const figures = summariseSupply(
      12,
      [
        { setting: PlacementSetting.STATUTORY_CHILDREN, capacity: 5 },
        { setting: PlacementSetting.STATUTORY_ADULTS, capacity: 3 },
        { setting: PlacementSetting.VOLUNTARY_OR_PRIVATE, capacity: 2 },
      ],
      [
        { setting: PlacementSetting.STATUTORY_CHILDREN, status: PlacementStatus.ACTIVE },
        { setting: PlacementSetting.STATUTORY_CHILDREN, status: PlacementStatus.PROPOSED },
        { setting: PlacementSetting.STATUTORY_ADULTS, status: PlacementStatus.CANCELLED },
        { setting: PlacementSetting.VOLUNTARY_OR_PRIVATE, status: PlacementStatus.ACTIVE },
      ],
    );
    expect(figures).toEqual({
      committedStatutoryPlaces: 12,
      offeredPlaces: 10,
      offeredStatutoryPlaces: 8,
      allocatedStatutoryPlaces: 2,
      filledStatutoryPlaces: 1,
      statutoryShare: 0.8,
      shortfall: 4,
    });
  });

  it('has no shortfall when the offer meets the promise, and no share when nothing was offered', () => {
    expect(summariseSupply(3, [{ setting: PlacementSetting.OTHER_STATUTORY, capacity: 4 }], []).shortfall).toBe(0);
    expect(summariseSupply(0, [], []).statutoryShare).toBeNull();
  });
});
