import type { UserErrors } from '../../../../shared/errors';
import type { PracticeEducator } from '../entities/practice-educator.entity';
import { checkEducatorForLevel } from '../rules/student-placements';
import type { PlacementLevel } from '../types/enums';

/** An educator works for the host council, and a final placement needs one at stage 2. */
export function checkEducatorFits(
  host: { councilId: string; level: PlacementLevel },
  educator: PracticeEducator,
  errors: UserErrors,
): void {
  if (educator.councilId !== host.councilId) {
    errors.add('practiceEducatorId', 'EDUCATOR_OF_OTHER_COUNCIL', 'The practice educator works for a council other than the host.');
  }
  const tooLow = checkEducatorForLevel(host.level, educator.stage);
  if (tooLow) errors.add('practiceEducatorId', tooLow.code, tooLow.message);
}
