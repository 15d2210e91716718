/**
 * Whether a practice educator may assess a placement: on the register of the placement's
 * partnership (whose stage 2 rule they met), working for the host council, and at stage 2 for a
 * final placement.
 */
import type { UserErrors } from '#hub/shared/errors';
import type { PepsStage, PlacementLevel } from '../types/enums';
import { checkEducatorForLevel } from './student-placements';

export function checkEducatorFits(
  host: { councilId: string; partnershipId: string; level: PlacementLevel },
  educator: { councilId: string; partnershipId: string; stage: PepsStage },
  errors: UserErrors,
): void {
  if (educator.partnershipId !== host.partnershipId) {
    errors.add('practiceEducatorId', 'EDUCATOR_NOT_ON_REGISTER', 'The practice educator is on another partnership’s register.');
  }
  if (educator.councilId !== host.councilId) {
    errors.add('practiceEducatorId', 'EDUCATOR_OF_OTHER_COUNCIL', 'The practice educator works for a council other than the host.');
  }
  const tooLow = checkEducatorForLevel(host.level, educator.stage);
  if (tooLow) errors.add('practiceEducatorId', tooLow.code, tooLow.message);
}
