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
  context: LeadershipContext,
  errors: UserErrors,
): Promise<void> {
  if (!isValidId(practitionerId, field, errors)) return;
  const [registered, recorded] = await Promise.all([
    councilOnRegister(practitionerId, context),
    context.loaders.recordedCouncilByPractitioner.load(practitionerId),
  ]);
  if (!registered) {
    addNotFound(errors, field, practitionerId);
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

/**
 * A practitioner named as a mentor must be on the register as the caller sees it, of whichever
 * council: the caller holds a role for them there. Anyone else, unknown or another council's, gets
 * the refusal an unknown id gets.
 */
export async function checkPractitionerOnRegister(
  practitionerId: string,
  field: string,
  context: LeadershipContext,
  errors: UserErrors,
): Promise<void> {
  if (isValidId(practitionerId, field, errors) && !(await councilOnRegister(practitionerId, context))) {
    addNotFound(errors, field, practitionerId);
  }
}

/** The practitioner's council on the register, as far as the caller may see it; null for anyone else. */
async function councilOnRegister(practitionerId: string, { peers }: LeadershipContext): Promise<string | null> {
  const register = await peers<{ practitioner: { council: { id: string } } | null }>('councils', COUNCIL_OF_PRACTITIONER, {
    id: practitionerId,
  });
  return register.practitioner?.council.id ?? null;
}

function isValidId(practitionerId: string, field: string, errors: UserErrors): boolean {
  if (isUuid(practitionerId)) return true;
  errors.add(field, 'INVALID_ID', `${field} must be an id (a UUID); got "${practitionerId}".`);
  return false;
}

/** One refusal, naming only the id given, for a practitioner who does not exist and one the caller may not see. */
function addNotFound(errors: UserErrors, field: string, practitionerId: string): void {
  errors.add(
    field,
    'PRACTITIONER_NOT_FOUND',
    `No practitioner ${practitionerId} is on the register of a council whose records you may see.`,
  );
}
