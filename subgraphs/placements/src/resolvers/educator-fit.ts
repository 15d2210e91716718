import type { UserErrors } from '#hub/shared/errors';
import type { PracticeEducator } from '../entities/practice-educator.entity';
import { checkEducatorForLevel } from '../rules/student-placements';
import type { PlacementLevel } from '../types/enums';

/**
 * An educator is on the register of the placement's partnership (whose stage 2 rule they met),
 * works for the host council, and is at stage 2 for a final placement.
 */
export function checkEducatorFits(
  host: { councilId: string; partnershipId: string; level: PlacementLevel },
  educator: PracticeEducator,
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
