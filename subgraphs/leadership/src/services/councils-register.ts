/**
 * Asks the councils subgraph's register, which owns councils, partnerships and who is a member of
 * which, with the caller's own token. Nothing recorded here and nothing the caller sends decides
 * which partnerships a council belongs to, or whether a partnership is on the hub.
 */
import type { Principal } from '#hub/shared/auth';
import type { UserErrors } from '#hub/shared/errors';
import { isUuid } from '#hub/shared/input-checks';
import type { LeadershipContext } from '../context';

const PARTNERSHIPS_OF_COUNCIL = 'query ($id: ID!) { council(id: $id) { partnerships { id } } }';
const PARTNERSHIP = 'query ($id: ID!) { partnership(id: $id) { id } }';

/** The partnerships the council is a member of; null when the council is not on the register. Membership is open to every signed-in user. */
export async function partnershipsOfCouncil(councilId: string, { peers }: LeadershipContext): Promise<string[] | null> {
  if (!isUuid(councilId)) return null;
  const register = await peers<{ council: { partnerships: { id: string }[] } | null }>('councils', PARTNERSHIPS_OF_COUNCIL, {
    id: councilId,
  });
  return register.council?.partnerships.map((partnership) => partnership.id) ?? null;
}

async function isPartnershipOnRegister(partnershipId: string, { peers }: LeadershipContext): Promise<boolean> {
  if (!isUuid(partnershipId)) return false;
  const register = await peers<{ partnership: { id: string } | null }>('councils', PARTNERSHIP, { id: partnershipId });
  return register.partnership !== null;
}

/** The partnership must be on the register: a token may name one the hub does not hold. */
export async function checkPartnershipExists(
  partnershipId: string,
  field: string,
  context: LeadershipContext,
  errors: UserErrors,
): Promise<void> {
  if (!(await isPartnershipOnRegister(partnershipId, context))) errors.add(field, 'NOT_FOUND', `No partnership has id ${partnershipId}.`);
}

/** The council must be on the register: a council admin's token may name one the hub does not hold. */
export async function checkCouncilExists(councilId: string, field: string, context: LeadershipContext, errors: UserErrors): Promise<void> {
  if ((await partnershipsOfCouncil(councilId, context)) === null) errors.add(field, 'NOT_FOUND', `No council has id ${councilId}.`);
}

/**
 * The partnerships on the register that the principal administers, each noted for the audit log.
 * A token's claims are few, so one question per claim keeps the work per request bounded.
 */
export async function administeredPartnershipsOnRegister(principal: Principal, context: LeadershipContext): Promise<string[]> {
  const claimed = principal.has('partnership_admin') ? [...principal.partnershipIds] : [];
  const onRegister = await Promise.all(claimed.map((id) => isPartnershipOnRegister(id, context)));
  return claimed.filter((id, index) => onRegister[index] && principal.usesPartnershipAdminRightsOf(id));
}
