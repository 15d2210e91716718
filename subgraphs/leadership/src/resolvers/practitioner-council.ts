import type { UserErrors } from '../../../../shared/errors';
import { isUuid } from '../../../../shared/input-checks';
import type { LeadershipContext } from '../context';

/**
 * A practitioner is recorded here with one council: the councils subgraph never moves a record to
 * another council, so a later record naming another is refused.
 */
export async function checkPractitionerCouncil(
  practitionerId: string,
  councilId: string,
  field: string,
  { loaders }: LeadershipContext,
  errors: UserErrors,
): Promise<void> {
  if (!isUuid(practitionerId)) {
    errors.add(field, 'INVALID_ID', `${field} must be an id (a UUID); got "${practitionerId}".`);
    return;
  }
  const recorded = await loaders.recordedCouncilByPractitioner.load(practitionerId);
  if (recorded && recorded !== councilId) {
    errors.add(
      field,
      'PRACTITIONER_COUNCIL_MISMATCH',
      `Practitioner ${practitionerId} is recorded here with council ${recorded}, not ${councilId}.`,
    );
  }
}
