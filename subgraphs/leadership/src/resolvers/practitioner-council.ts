import type { UserErrors } from '../../../../shared/errors';
import { isUuid } from '../../../../shared/input-checks';
import type { LeadershipContext } from '../context';

const COUNCIL_OF_PRACTITIONER = 'query ($id: ID!) { practitioner(id: $id) { council { id } } }';

/**
 * A practitioner is recorded here with one council: the councils subgraph never moves a record to
 * another council, so a later record naming another is refused. The first record of a
 * practitioner is checked against the councils subgraph's register, asked with the caller's own
 * token: a council's admins can name only their own staff, and a practitioner only themselves.
 */
export async function checkPractitionerCouncil(
  practitionerId: string,
  councilId: string,
  field: string,
  { loaders, peers }: LeadershipContext,
  errors: UserErrors,
): Promise<void> {
  if (!isUuid(practitionerId)) {
    errors.add(field, 'INVALID_ID', `${field} must be an id (a UUID); got "${practitionerId}".`);
    return;
  }
  const recorded =
    (await loaders.recordedCouncilByPractitioner.load(practitionerId)) ??
    (await peers<{ practitioner: { council: { id: string } } | null }>('councils', COUNCIL_OF_PRACTITIONER, { id: practitionerId }))
      .practitioner?.council.id;
  if (!recorded) {
    errors.add(
      field,
      'PRACTITIONER_NOT_FOUND',
      `No practitioner ${practitionerId} is on the register of a council whose records you may see.`,
    );
  } else if (recorded !== councilId) {
    errors.add(
      field,
      'PRACTITIONER_COUNCIL_MISMATCH',
      `Practitioner ${practitionerId} is recorded with council ${recorded}, not ${councilId}.`,
    );
  }
}
