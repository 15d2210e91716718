/**
 * Quality Assurance in Practice Learning: the host council reviews a placement once it has
 * finished, and the student's university scrutinises that review once, on or after it was completed.
 */
import type { UserErrors } from '#hub/shared/errors';
import type { IsoDate } from '#hub/shared/iso-date';
import { PlacementStatus } from '../types/enums';

const FINISHED = [PlacementStatus.COMPLETED, PlacementStatus.ENDED_EARLY];

export function checkReviewable(placement: { status: PlacementStatus }, errors: UserErrors): void {
  if (!FINISHED.includes(placement.status)) {
    errors.add('placementId', 'PLACEMENT_NOT_FINISHED', `QAPL reviews a finished placement; this one is ${placement.status}.`);
  }
}

export function checkScrutiny(
  review: { completedOn: IsoDate; scrutinisedOn: IsoDate | null },
  scrutinisedOn: IsoDate,
  errors: UserErrors,
): void {
  if (scrutinisedOn < review.completedOn) {
    errors.add('scrutinisedOn', 'DATE_ORDER', `scrutinisedOn must be on or after the review was completed, ${review.completedOn}.`);
  }
  if (review.scrutinisedOn) errors.add('id', 'QAPL_REVIEW_SCRUTINISED', `This review was scrutinised on ${review.scrutinisedOn}.`);
}
