/**
 * Who may bring a council into a partnership. Membership gives a partnership's admins access to
 * a council's staff records, so a council joins only with its own admin's say-so: the token must
 * also be council_admin of it.
 */
import type { Principal } from '#hub/shared/auth';
import { forbidden } from '#hub/shared/errors';

/** Throws FORBIDDEN unless the principal is council admin of every council to join. */
export function assertMayJoinCouncils(principal: Principal, councilIds: string[]): void {
  const notAdministered = councilIds.filter((id) => !principal.usesCouncilAdminRightsOf(id));
  if (notAdministered.length > 0) {
    throw forbidden('A council joins a partnership with its own admin: the token must also be council_admin of each council added.');
  }
}
