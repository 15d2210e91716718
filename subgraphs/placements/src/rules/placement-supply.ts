/**
 * A council's statutory placement supply against its promise: the commitment, what it offered,
 * how many of those places were allocated and filled, and the shortfall. One definition for the
 * council and partnership views.
 */
import type { UserErrors } from '#hub/shared/errors';
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

const MAX_STATUTORY_PLACES = 500;

/** The statutory places a council promises a partnership for a year. */
export function checkStatutoryPlaces(statutoryPlaces: number, errors: UserErrors): void {
  if (!Number.isInteger(statutoryPlaces) || statutoryPlaces < 0 || statutoryPlaces > MAX_STATUTORY_PLACES) {
    errors.add(
      'statutoryPlaces',
      'OUT_OF_RANGE',
      `statutoryPlaces must be a whole number from 0 to ${MAX_STATUTORY_PLACES}; got ${statutoryPlaces}.`,
    );
  }
}

interface SupplyRow {
  readonly councilId: string;
  readonly partnershipId: string;
}

/** An academic year's commitments, offers and placements, of one council or of one partnership. */
export interface SupplyRows {
  readonly commitments: readonly (SupplyRow & { statutoryPlaces: number })[];
  readonly offers: readonly (SupplyRow & { setting: PlacementSetting; capacity: number })[];
  readonly placements: readonly (SupplyRow & { setting: PlacementSetting; status: PlacementStatus })[];
}

function supplyOf(rows: SupplyRows, inScope: (row: SupplyRow) => boolean): SupplyFigures {
  const committed = rows.commitments.filter(inScope).reduce((sum, row) => sum + row.statutoryPlaces, 0);
  return summariseSupply(committed, rows.offers.filter(inScope), rows.placements.filter(inScope));
}

/** A council's supply to one partnership, or to every partnership when none is named. */
export function councilSupply(rows: SupplyRows, partnershipId?: string | null): SupplyFigures {
  return supplyOf(rows, (row) => !partnershipId || row.partnershipId === partnershipId);
}

/**
 * A partnership's supply from each council, in the order given for its members and then by id for
 * any other council promising or offering it places, and in total. One council offering more than
 * it promised does not make up another's shortfall, so the total's shortfall is theirs added up.
 */
export function partnershipSupply(
  rows: SupplyRows,
  memberCouncilIds: readonly string[],
): { total: SupplyFigures; byCouncil: (SupplyFigures & { councilId: string })[] } {
  const others = [...new Set([...rows.commitments, ...rows.offers].map((row) => row.councilId))]
    .filter((id) => !memberCouncilIds.includes(id))
    .sort();
  const byCouncil = [...memberCouncilIds, ...others].map((councilId) => ({
    councilId,
    ...supplyOf(rows, (row) => row.councilId === councilId),
  }));
  const total = { ...supplyOf(rows, () => true), shortfall: byCouncil.reduce((sum, row) => sum + row.shortfall, 0) };
  return { total, byCouncil };
}
