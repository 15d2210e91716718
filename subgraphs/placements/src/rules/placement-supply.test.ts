import { UserErrors } from '#hub/shared/errors';
import { PlacementSetting, PlacementStatus } from '../types/enums';
import { checkStatutoryPlaces, councilSupply, partnershipSupply, summariseSupply, type SupplyRows } from './placement-supply';

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

describe('supply by council and partnership', () => {
  const rows: SupplyRows = {
    commitments: [
      { councilId: 'member-a', partnershipId: 'north', statutoryPlaces: 4 },
      { councilId: 'member-a', partnershipId: 'south', statutoryPlaces: 1 },
      { councilId: 'member-b', partnershipId: 'north', statutoryPlaces: 2 },
    ],
    offers: [
      { councilId: 'member-a', partnershipId: 'north', setting: PlacementSetting.STATUTORY_CHILDREN, capacity: 1 },
      { councilId: 'member-b', partnershipId: 'north', setting: PlacementSetting.STATUTORY_ADULTS, capacity: 5 },
      { councilId: 'z-outsider', partnershipId: 'north', setting: PlacementSetting.STATUTORY_ADULTS, capacity: 1 },
      { councilId: 'b-outsider', partnershipId: 'north', setting: PlacementSetting.VOLUNTARY_OR_PRIVATE, capacity: 2 },
    ],
    placements: [
      { councilId: 'member-a', partnershipId: 'north', setting: PlacementSetting.STATUTORY_CHILDREN, status: PlacementStatus.ACTIVE },
      { councilId: 'member-a', partnershipId: 'south', setting: PlacementSetting.STATUTORY_CHILDREN, status: PlacementStatus.ACTIVE },
    ],
  };

  const only = (keep: (row: { councilId: string; partnershipId: string }) => boolean): SupplyRows => ({
    commitments: rows.commitments.filter(keep),
    offers: rows.offers.filter(keep),
    placements: rows.placements.filter(keep),
  });

  it('is a council’s to one partnership, or to every partnership when none is named', () => {
    const memberA = only((row) => row.councilId === 'member-a');
    expect(councilSupply(memberA, 'south')).toMatchObject({ committedStatutoryPlaces: 1, offeredPlaces: 0, filledStatutoryPlaces: 1 });
    expect(councilSupply(memberA, null)).toMatchObject({ committedStatutoryPlaces: 5, offeredPlaces: 1, filledStatutoryPlaces: 2 });
  });

  it('lists a partnership’s members in their order, then other councils by id, and does not let one council’s surplus cover another’s shortfall', () => {
    const { total, byCouncil } = partnershipSupply(
      only((row) => row.partnershipId === 'north'),
      ['member-b', 'member-a'],
    );
    expect(byCouncil.map((row) => [row.councilId, row.committedStatutoryPlaces, row.offeredStatutoryPlaces, row.shortfall])).toEqual([
      ['member-b', 2, 5, 0],
      ['member-a', 4, 1, 3],
      ['b-outsider', 0, 0, 0],
      ['z-outsider', 0, 1, 0],
    ]);
    expect(total).toMatchObject({ committedStatutoryPlaces: 6, offeredStatutoryPlaces: 7, shortfall: 3 });
  });

  it('takes a promise of 0 to 500 statutory places, in whole places', () => {
    const found = (places: number) => {
      const errors = new UserErrors();
      checkStatutoryPlaces(places, errors);
      return errors.list.map((error) => error.message);
    };
    expect(found(0)).toEqual([]);
    expect(found(500)).toEqual([]);
    expect(found(501)).toEqual(['statutoryPlaces must be a whole number from 0 to 500; got 501.']);
    expect(found(1.5)).toHaveLength(1);
  });
});
