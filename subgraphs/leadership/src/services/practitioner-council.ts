/** Checks a practitioner named in a mutation against the councils subgraph's register, with the caller's own token. */
import type { UserErrors } from '#hub/shared/errors';
import { isUuid } from '#hub/shared/input-checks';
import type { LeadershipContext } from '../context';

const COUNCIL_OF_PRACTITIONER = 'query ($id: ID!) { practitioner(id: $id) { council { id } } }';

/**
 * A practitioner's council is the one on the councils subgraph's register, asked with the caller's
 * own token: a council's admins see only their own staff and a practitioner only themselves, so
 * nobody can name another council's practitioner, or learn where one works. A practitioner is
 * recorded here with that one council; records here that name another (made before this check)
 * are refused rather than added to.
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
  const [register, recorded] = await Promise.all([
    peers<{ practitioner: { council: { id: string } } | null }>('councils', COUNCIL_OF_PRACTITIONER, { id: practitionerId }),
    loaders.recordedCouncilByPractitioner.load(practitionerId),
  ]);
  const registered = register.practitioner?.council.id;
  if (!registered) {
    errors.add(
      field,
      'PRACTITIONER_NOT_FOUND',
      `No practitioner ${practitionerId} is on the register of a council whose records you may see.`,
    );
  } else if (registered !== councilId) {
    errors.add(
      field,
      'PRACTITIONER_COUNCIL_MISMATCH',
      `Practitioner ${practitionerId} is on the register of council ${registered}, not ${councilId}.`,
    );
  } else if (recorded && recorded !== councilId) {
    errors.add(
      field,
      'PRACTITIONER_COUNCIL_MISMATCH',
      `This subgraph holds records of practitioner ${practitionerId} under another council than the register's; ask the hub's operators to correct them.`,
    );
  }
}
