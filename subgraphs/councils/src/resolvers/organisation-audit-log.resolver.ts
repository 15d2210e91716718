/** The entry to every subgraph's audit log: each adds its own list to the organisation's log. */
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { assertAdminOfOrganisation, subgraphAuditLog } from '#hub/shared/audit/organisation-audit-log';
import { assertUuidArgument } from '#hub/shared/input-checks';
import type { CouncilsContext } from '../context';

const { type: OrganisationAuditLog } = subgraphAuditLog('councils');

@Resolver()
export class OrganisationAuditLogResolver {
  @Query(() => OrganisationAuditLog, {
    description: 'The audit log of a council, university or partnership, for its admins: who changed what, and when.',
  })
  auditEvents(
    @Arg('organisationId', () => ID, { description: 'The council, university or partnership whose log to read; you must be its admin.' })
    organisationId: string,
    @Ctx() { principal }: CouncilsContext,
  ) {
    assertUuidArgument(organisationId, 'organisationId');
    assertAdminOfOrganisation(principal, organisationId);
    return { organisationId };
  }
}
