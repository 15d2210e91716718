/**
 * When a person's placement records may be erased: not while a placement they are on, or that a
 * practice educator supervises, is planned or running, and not while an offer still to finish
 * names the educator. Those records are in use and would be left naming nobody.
 */
import { UserErrors, type UserError } from '#hub/shared/errors';
import type { IsoDate } from '#hub/shared/iso-date';
import type { PlacementStatus } from '../types/enums';
import { LIVE } from './student-placements';

interface PlacementFacts {
  readonly id: string;
  readonly status: PlacementStatus;
}

function liveIds(placements: readonly PlacementFacts[]): string[] {
  return placements.filter((placement) => LIVE.includes(placement.status)).map((placement) => placement.id);
}

export function practiceEducatorErasureRefusals(
  supervised: readonly PlacementFacts[],
  offers: readonly { id: string; endsOn: IsoDate }[],
  today: IsoDate,
): UserError[] {
  const errors = new UserErrors();
  const live = liveIds(supervised);
  if (live.length > 0) {
    errors.add(
      'practitionerId',
      'PRACTICE_EDUCATOR_HAS_OPEN_PLACEMENTS',
      `They are the practice educator of ${live.length} placement(s) planned or running: ${live.join(', ')}. They can be erased once those have finished, ended or been cancelled.`,
    );
  }
  const current = offers.filter((offer) => offer.endsOn >= today).map((offer) => offer.id);
  if (current.length > 0) {
    errors.add(
      'practitionerId',
      'PRACTICE_EDUCATOR_ON_CURRENT_OFFERS',
      `${current.length} offer(s) not yet ended name them as practice educator: ${current.join(', ')}. Change the educator with placementOfferUpdate first.`,
    );
  }
  return errors.list;
}

export function studentErasureRefusals(placements: readonly PlacementFacts[]): UserError[] {
  const errors = new UserErrors();
  const live = liveIds(placements);
  if (live.length > 0) {
    errors.add(
      'studentId',
      'PLACEMENT_OPEN',
      `The student has ${live.length} placement(s) planned or running: ${live.join(', ')}. Complete, end or cancel them first.`,
    );
  }
  return errors.list;
}
