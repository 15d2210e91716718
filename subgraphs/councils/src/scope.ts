/**
 * Who may see and change what in this subgraph. Council facts (names, codes, inspection grades),
 * teams and partnerships are open to every signed-in user, and so are headcounts and workforce
 * returns, exact for the councils a principal manages and with small counts withheld elsewhere.
 * Practitioner records are personal data: a council admin sees their council's, a partnership
 * admin the member councils', a practitioner their own. An ask to join a partnership, waiting for
 * the other side's say-so, is seen by both sides' admins and gives nobody access to anything.
 * Worked out once per request.
 */
import type { Principal } from '#hub/shared/auth';
import { forbidden } from '#hub/shared/errors';
import { organisationsReached, type ReachedOrganisations } from '#hub/shared/organisations-reached';
import type { Repository } from 'typeorm';
import type { PartnershipCouncil } from './entities/partnership-council.entity';

export class CouncilScope {
  private managed: Promise<ReachedOrganisations> | null = null;

  constructor(
    readonly principal: Principal,
    private readonly memberships: Repository<PartnershipCouncil>,
  ) {}

  /** Councils whose records this principal administers (as council or partnership admin). */
  managedCouncilIds(): Promise<ReachedOrganisations> {
    this.managed ??= this.loadManagedCouncilIds();
    return this.managed;
  }

  async canManageCouncil(councilId: string): Promise<boolean> {
    return (await this.managedCouncilIds()).has(councilId);
  }

  async assertCanManageCouncil(councilId: string): Promise<void> {
    if (!(await this.canManageCouncil(councilId))) {
      throw forbidden('Only an admin of this council, or of a partnership it belongs to, may do this.');
    }
  }

  async canSeePractitioner(practitioner: { id: string; councilId: string }): Promise<boolean> {
    return this.principal.practitionerId === practitioner.id || this.canManageCouncil(practitioner.councilId);
  }

  /** An ask to join a partnership is for the admins of either side: the partnership's and the council's. */
  canSeeMembershipRequest(request: { partnershipId: string; councilId: string }): boolean {
    return this.principal.isPartnershipAdminOf(request.partnershipId) || this.principal.isCouncilAdminOf(request.councilId);
  }

  /** Throws unless the principal could ever see practitioner records. */
  assertMaySeePractitioners(): void {
    this.principal.requireRole('council_admin', 'partnership_admin', 'practitioner');
  }

  private async loadManagedCouncilIds(): Promise<ReachedOrganisations> {
    return organisationsReached(this.principal, 'council_admin', this.principal.councilIds, async (partnershipIds) => {
      const rows = await this.memberships
        .createQueryBuilder('membership')
        .where('membership.partnershipId IN (:...partnershipIds)', { partnershipIds })
        .getMany();
      return rows.map((row) => ({ partnershipId: row.partnershipId, memberId: row.councilId }));
    });
  }
}
