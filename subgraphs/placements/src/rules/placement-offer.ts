/**
 * What a council's offer of placements may hold: 1 to 20 students at once, starting within its
 * academic year and ending after it starts, and never fewer places than students allocated.
 */
import { academicYearBounds } from '#hub/shared/academic-year';
import type { UserErrors } from '#hub/shared/errors';
import type { IsoDate } from '#hub/shared/iso-date';

const MIN_CAPACITY = 1;
const MAX_CAPACITY = 20;

export function checkCapacity(capacity: number, errors: UserErrors): void {
  if (!Number.isInteger(capacity) || capacity < MIN_CAPACITY || capacity > MAX_CAPACITY) {
    errors.add('capacity', 'OUT_OF_RANGE', `capacity must be a whole number from ${MIN_CAPACITY} to ${MAX_CAPACITY}; got ${capacity}.`);
  }
}

export function checkOfferDates(offer: { academicYear: string; startsOn: IsoDate; endsOn: IsoDate }, errors: UserErrors): void {
  const { from, to } = academicYearBounds(offer.academicYear);
  if (offer.endsOn <= offer.startsOn) {
    errors.add('endsOn', 'DATE_ORDER', `endsOn must be after startsOn (${offer.startsOn}); got ${offer.endsOn}.`);
  }
  if (offer.startsOn < from || offer.startsOn > to) {
    errors.add(
      'startsOn',
      'OUTSIDE_ACADEMIC_YEAR',
      `startsOn must fall in ${offer.academicYear} (${from} to ${to}); got ${offer.startsOn}.`,
    );
  }
}

/** A cut in capacity leaves a place for every student allocated already. */
export function checkCapacityCut(capacity: number, allocated: number, errors: UserErrors): void {
  if (capacity < allocated) {
    errors.add('capacity', 'CAPACITY_BELOW_ALLOCATED', `${allocated} students are allocated already; capacity cannot go below that.`);
  }
}

/** A new allocation needs a place not taken; call with the count read under the offer's lock. */
export function checkPlaceLeft(capacity: number, taken: number, errors: UserErrors): void {
  if (taken >= capacity) errors.add('offerId', 'PLACEMENT_CAPACITY_FULL', `All ${capacity} places on this offer are allocated.`);
}

/** Places not yet allocated: capacity less allocated, never below 0. */
export function placesLeft(capacity: number, allocated: number): number {
  return Math.max(0, capacity - allocated);
}
