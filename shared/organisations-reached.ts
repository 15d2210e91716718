/**
 * The organisations (councils or universities) whose records a principal administers: those its
 * admin role names directly, and the members of every partnership it administers. Each subgraph
 * keeps its own membership rows, so it passes the look-up of members.
 */
import type { Principal, Role } from './auth';

export async function organisationsReached(
  principal: Principal,
  adminRole: Role,
  directIds: ReadonlySet<string>,
  membersOfPartnerships: (partnershipIds: string[]) => Promise<string[]>,
): Promise<ReadonlySet<string>> {
  const ids = new Set<string>(principal.has(adminRole) ? directIds : []);
  const partnershipIds = [...principal.partnershipIds];
  if (principal.has('partnership_admin') && partnershipIds.length > 0) {
    for (const id of await membersOfPartnerships(partnershipIds)) ids.add(id);
  }
  return ids;
}
