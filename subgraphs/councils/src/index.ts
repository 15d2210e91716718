/** Wires the councils subgraph together: its types, resolvers, tables and migrations. */
import { resolveDataExportReference } from '#hub/shared/data-subject-export';
import type { SubgraphDefinition } from '#hub/shared/subgraph';
import { CouncilMembershipRequest } from './entities/council-membership-request.entity';
import { Council } from './entities/council.entity';
import { PartnershipCouncil } from './entities/partnership-council.entity';
import { Partnership } from './entities/partnership.entity';
import { Practitioner } from './entities/practitioner.entity';
import { Team } from './entities/team.entity';
import { WorkforceSnapshot } from './entities/workforce-snapshot.entity';
import { createCouncilsLoaders, type CouncilsLoaders } from './loaders';
import { migrations } from './migrations';
import { CouncilMembershipRequestResolver } from './resolvers/council-membership-request.resolver';
import { resolveCouncilReference } from './resolvers/council.reference';
// Loaded ahead of CouncilResolver: the order resolvers load in decides the order of their root fields in the schema.
import { OrganisationAuditLogResolver } from './resolvers/organisation-audit-log.resolver';
import { CouncilResolver } from './resolvers/council.resolver';
import { resolvePartnershipReference } from './resolvers/partnership.reference';
import { PartnershipResolver } from './resolvers/partnership.resolver';
import { PractitionerDataErasureCouncilsResolver } from './resolvers/practitioner-data-erasure-councils.resolver';
import { PractitionerDataExportResolver } from './resolvers/practitioner-data-export.resolver';
import { resolvePractitionerReference } from './resolvers/practitioner.reference';
import { PractitionerResolver } from './resolvers/practitioner.resolver';
import { resolveTeamReference } from './resolvers/team.reference';
import { TeamResolver } from './resolvers/team.resolver';
import { WorkforceSnapshotResolver } from './resolvers/workforce-snapshot.resolver';
import { seedDemoCouncils } from './seed/demo';

export const subgraph: SubgraphDefinition<CouncilsLoaders> = {
  name: 'councils',
  resolvers: [
    CouncilResolver,
    TeamResolver,
    PractitionerResolver,
    PartnershipResolver,
    CouncilMembershipRequestResolver,
    WorkforceSnapshotResolver,
    PractitionerDataExportResolver,
    PractitionerDataErasureCouncilsResolver,
    OrganisationAuditLogResolver,
  ],
  referenceResolvers: {
    Council: resolveCouncilReference,
    Team: resolveTeamReference,
    Practitioner: resolvePractitionerReference,
    Partnership: resolvePartnershipReference,
    PractitionerDataExport: resolveDataExportReference,
  },
  entities: [Council, Team, Practitioner, Partnership, PartnershipCouncil, CouncilMembershipRequest, WorkforceSnapshot],
  migrations,
  createLoaders: createCouncilsLoaders,
  seedDemoData: seedDemoCouncils,
};
