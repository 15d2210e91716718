/**
 * Loads the partnership a mutation changes, for its admins only. A missing partnership is a
 * refusal the mutation returns as it is; a partnership the principal does not administer is
 * FORBIDDEN.
 */
import { forbidden, UserErrors } from '#hub/shared/errors';
import { refused } from '#hub/shared/payload';
import type { CouncilsContext } from '../context';

/** The partnership, if it exists and the principal administers it; otherwise the refusal to return. */
export async function loadManagedPartnership(id: string, field: string, { principal, loaders }: CouncilsContext) {
  principal.requireRole('partnership_admin');
  const partnership = await loaders.partnershipById.load(id);
  if (!partnership) return refused('partnership', new UserErrors().add(field, 'NOT_FOUND', `No partnership has id ${id}.`).list);
  if (!principal.usesPartnershipAdminRightsOf(partnership.id)) throw forbidden('Only an admin of this partnership may change it.');
  return partnership;
}
