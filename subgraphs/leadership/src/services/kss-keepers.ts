/**
 * Who keeps the KSS and post-qualifying standard headings. They are the national frameworks, the
 * same for every partnership, so pathway stages everywhere link to one set of rows: the admins of
 * any partnership the hub holds may add and reword them, and each change is an audit event filed
 * under the partnerships the caller administers. A token whose partnerships are none the councils
 * register holds (made up, or since removed) keeps nothing.
 */
import { forbidden } from '#hub/shared/errors';
import type { LeadershipContext } from '../context';
import { administeredPartnershipsOnRegister } from './councils-register';

export async function assertMayKeepHeadings(context: LeadershipContext): Promise<void> {
  context.principal.requireRole('partnership_admin');
  if ((await administeredPartnershipsOnRegister(context.principal, context)).length === 0) {
    throw forbidden('Only an admin of a partnership on the hub may change the KSS headings; the token names none the hub holds.');
  }
}
