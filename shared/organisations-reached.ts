/**
 * The organisations (councils or universities) whose records a principal administers: those its
 * admin role names directly, and the members of every partnership it administers. Each subgraph
 * keeps its own membership rows, so it passes the look-up of members.
 */
import { noteAuthorisedOrganisation } from './audit/context';
import type { Principal, Role } from './auth';

export interface PartnershipMember {
  readonly partnershipId: string;
  readonly memberId: string;
}

export class ReachedOrganisations implements Iterable<string> {
  /** For each organisation reached, the organisations whose admin rights reach it: itself, its partnerships or both. */
  private readonly authorities = new Map<string, Set<string>>();

  reach(organisationId: string, throughOrganisationId: string): void {
    const authorities = this.authorities.get(organisationId) ?? new Set<string>();
    authorities.add(throughOrganisationId);
    this.authorities.set(organisationId, authorities);
  }

  /**
   * Whether the organisation is reached; when it is, the rights used are noted for the audit log:
   * its own admin rights when the principal has them, otherwise those of its partnerships.
   */
  has(organisationId: string): boolean {
    const authorities = this.authorities.get(organisationId);
    if (!authorities) return false;
    const used = authorities.has(organisationId) ? [organisationId] : [...authorities];
    for (const authority of used) noteAuthorisedOrganisation(authority);
    return true;
  }

  [Symbol.iterator](): Iterator<string> {
    return this.authorities.keys();
  }
}

export async function organisationsReached(
  principal: Principal,
  adminRole: Role,
  directIds: ReadonlySet<string>,
  membersOfPartnerships: (partnershipIds: string[]) => Promise<PartnershipMember[]>,
): Promise<ReachedOrganisations> {
  const reached = new ReachedOrganisations();
  if (principal.has(adminRole)) for (const id of directIds) reached.reach(id, id);
  const partnershipIds = [...principal.partnershipIds];
  if (principal.has('partnership_admin') && partnershipIds.length > 0) {
    for (const { partnershipId, memberId } of await membersOfPartnerships(partnershipIds)) reached.reach(memberId, partnershipId);
  }
  return reached;
}
