/**
 * A council's statutory placement supply against its promise: the commitment, what it offered,
 * how many of those places were allocated and filled, and the shortfall. One definition for the
 * council and partnership views.
 */
import { PlacementStatus, type PlacementSetting } from '../types/enums';
import { isStatutorySetting } from './placement-days';

export interface SupplyFigures {
  readonly committedStatutoryPlaces: number;
  readonly offeredPlaces: number;
  readonly offeredStatutoryPlaces: number;
  readonly allocatedStatutoryPlaces: number;
  readonly filledStatutoryPlaces: number;
  readonly statutoryShare: number | null;
  readonly shortfall: number;
}

const ALLOCATED = [
  PlacementStatus.PROPOSED,
  PlacementStatus.CONFIRMED,
  PlacementStatus.ACTIVE,
  PlacementStatus.COMPLETED,
  PlacementStatus.ENDED_EARLY,
];
const FILLED = [PlacementStatus.ACTIVE, PlacementStatus.COMPLETED, PlacementStatus.ENDED_EARLY];

export function summariseSupply(
  committed: number,
  offers: readonly { setting: PlacementSetting; capacity: number }[],
  placements: readonly { setting: PlacementSetting; status: PlacementStatus }[],
): SupplyFigures {
  const offeredPlaces = offers.reduce((sum, offer) => sum + offer.capacity, 0);
  const offeredStatutoryPlaces = offers
    .filter((offer) => isStatutorySetting(offer.setting))
    .reduce((sum, offer) => sum + offer.capacity, 0);
  const statutory = placements.filter((placement) => isStatutorySetting(placement.setting));
  return {
    committedStatutoryPlaces: committed,
    offeredPlaces,
    offeredStatutoryPlaces,
    allocatedStatutoryPlaces: statutory.filter((placement) => ALLOCATED.includes(placement.status)).length,
    filledStatutoryPlaces: statutory.filter((placement) => FILLED.includes(placement.status)).length,
    statutoryShare: offeredPlaces === 0 ? null : Math.round((offeredStatutoryPlaces / offeredPlaces) * 10_000) / 10_000,
    shortfall: Math.max(0, committed - offeredStatutoryPlaces),
  };
}
