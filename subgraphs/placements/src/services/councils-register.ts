/**
 * Checks the councils, partnerships, teams and practitioners a placements write names against the
 * councils subgraph's register, which owns them, asked with the caller's own token so the
 * caller's scope applies there too. Nothing recorded here first, and nothing the caller sends,
 * decides whose a practitioner or a team is, or which partnerships a council belongs to.
 */
import type { UserErrors } from '#hub/shared/errors';
import { isUuid } from '#hub/shared/input-checks';
import type { PlacementsContext } from '../context';

const PARTNERSHIPS_OF_COUNCIL = 'query ($id: ID!) { council(id: $id) { partnerships { id } } }';
const COUNCIL_OF_PRACTITIONER = 'query ($id: ID!) { practitioner(id: $id) { council { id } } }';
const COUNCIL_OF_TEAM = 'query ($id: ID!) { team(id: $id) { council { id } } }';
const PARTNERSHIP = 'query ($id: ID!) { partnership(id: $id) { id } }';

/** The partnership must be on the councils register: a token may name one the hub does not hold. */
export async function checkPartnershipExists(
  partnershipId: string,
  field: string,
  { peers }: PlacementsContext,
  errors: UserErrors,
): Promise<void> {
  if (!isUuid(partnershipId)) return;
  const register = await peers<{ partnership: { id: string } | null }>('councils', PARTNERSHIP, { id: partnershipId });
  if (!register.partnership) errors.add(field, 'NOT_FOUND', `No partnership has id ${partnershipId}.`);
}

/**
 * The council must be a member of the partnership on the councils register: a partnership that
 * does not exist has no members. Membership is open to every signed-in user, so saying so gives
 * nothing away.
 */
export async function checkCouncilInPartnership(
  councilId: string,
  partnershipId: string,
  field: string,
  { peers }: PlacementsContext,
  errors: UserErrors,
): Promise<void> {
  if (!isUuid(councilId) || !isUuid(partnershipId)) return;
  const register = await peers<{ council: { partnerships: { id: string }[] } | null }>('councils', PARTNERSHIPS_OF_COUNCIL, {
    id: councilId,
  });
  if (!register.council?.partnerships.some((partnership) => partnership.id === partnershipId)) {
    errors.add(field, 'NOT_A_MEMBER', `Council ${councilId} is not a member of partnership ${partnershipId} on the councils register.`);
  }
}

/**
 * The practitioner must be on the council's register. A council's admins see only their own
 * staff there, so an unknown practitioner, another council's and one the caller may not see get
 * the same refusal, naming only the ids given.
 */
export async function checkPractitionerOfCouncil(
  practitionerId: string,
  councilId: string,
  field: string,
  { peers }: PlacementsContext,
  errors: UserErrors,
): Promise<void> {
  if (!isUuid(practitionerId)) return;
  const register = await peers<{ practitioner: { council: { id: string } } | null }>('councils', COUNCIL_OF_PRACTITIONER, {
    id: practitionerId,
  });
  if (register.practitioner?.council.id !== councilId) {
    errors.add(
      field,
      'PRACTITIONER_NOT_FOUND',
      `No practitioner ${practitionerId} is on the register of council ${councilId} as far as you may see it.`,
    );
  }
}

/** The team must be one of the council's on the register; an unknown team and another council's get the same refusal. */
export async function checkTeamOfCouncil(
  teamId: string,
  councilId: string,
  field: string,
  { peers }: PlacementsContext,
  errors: UserErrors,
): Promise<void> {
  if (!isUuid(teamId)) return;
  const register = await peers<{ team: { council: { id: string } } | null }>('councils', COUNCIL_OF_TEAM, { id: teamId });
  if (register.team?.council.id !== councilId) {
    errors.add(field, 'TEAM_NOT_FOUND', `No team ${teamId} of council ${councilId} is on the councils register.`);
  }
}
