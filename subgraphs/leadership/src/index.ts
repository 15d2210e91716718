/** Wires the leadership subgraph together: its types, resolvers, tables and migrations. */
import { resolveByIdReference, resolvePartnershipReference, resolvePractitionerReference } from '#hub/shared/entity-references';
import type { SubgraphDefinition } from '#hub/shared/subgraph';
import { AsyeRecord } from './entities/asye-record.entity';
import { CpdRecord } from './entities/cpd-record.entity';
import { KssStandard } from './entities/kss-standard.entity';
import { LeadershipAgreement } from './entities/leadership-agreement.entity';
import { LeadershipSettings } from './entities/leadership-settings.entity';
import { MentoringSession } from './entities/mentoring-session.entity';
import { MentoringRelationship } from './entities/mentoring-relationship.entity';
import { PathwayEnrolment } from './entities/pathway-enrolment.entity';
import { PathwayStage } from './entities/pathway-stage.entity';
import { Pathway } from './entities/pathway.entity';
import { createLeadershipLoaders, type LeadershipLoaders } from './loaders';
import { migrations } from './migrations';
import { AsyeRecordResolver } from './resolvers/asye-record.resolver';
import { CouncilLeadershipResolver } from './resolvers/council-leadership.resolver';
import { CpdRecordResolver } from './resolvers/cpd-record.resolver';
import { LeadershipAgreementResolver } from './resolvers/leadership-agreement.resolver';
import { PartnershipAsyeFollowUpResolver } from './resolvers/partnership-asye-follow-up.resolver';
import { PartnershipPathwayFollowUpResolver } from './resolvers/partnership-pathway-follow-up.resolver';
import { LeadershipSettingsResolver } from './resolvers/leadership-settings.resolver';
import { LecturerLeadershipResolver } from './resolvers/lecturer-leadership.resolver';
import { MentoringRelationshipResolver } from './resolvers/mentoring-relationship.resolver';
import { MentoringSessionResolver } from './resolvers/mentoring-session.resolver';
import { PartnershipLeadershipResolver } from './resolvers/partnership-leadership.resolver';
import { PathwayEnrolmentResolver } from './resolvers/pathway-enrolment.resolver';
import { PathwayStageResolver } from './resolvers/pathway-stage.resolver';
import { PractitionerDataErasureLeadershipResolver } from './resolvers/practitioner-data-erasure-leadership.resolver';
import { PractitionerDataExportLeadershipResolver } from './resolvers/practitioner-data-export-leadership.resolver';
import { PractitionerLeadershipResolver } from './resolvers/practitioner-leadership.resolver';
// type-graphql lists queries and mutations in the order their resolvers load; these three load last, as
// the one reference-data resolver they were split from did, so the schema's order stays as published.
import { PcfResolver } from './resolvers/pcf.resolver';
import { KssStandardResolver } from './resolvers/kss-standard.resolver';
import { PathwayResolver } from './resolvers/pathway.resolver';
import { seedDemoLeadership } from './seed/demo';
import { Council, Partnership } from './types/council';
import { Lecturer } from './types/lecturer';
import { Practitioner } from './types/practitioner';
import { PractitionerDataExport } from './types/practitioner-data-export';

export const subgraph: SubgraphDefinition<LeadershipLoaders> = {
  name: 'leadership',
  resolvers: [
    PcfResolver,
    KssStandardResolver,
    PathwayResolver,
    PathwayStageResolver,
    PathwayEnrolmentResolver,
    AsyeRecordResolver,
    MentoringRelationshipResolver,
    MentoringSessionResolver,
    CpdRecordResolver,
    LeadershipSettingsResolver,
    LeadershipAgreementResolver,
    PartnershipAsyeFollowUpResolver,
    PartnershipPathwayFollowUpResolver,
    PractitionerLeadershipResolver,
    LecturerLeadershipResolver,
    CouncilLeadershipResolver,
    PartnershipLeadershipResolver,
    PractitionerDataExportLeadershipResolver,
    PractitionerDataErasureLeadershipResolver,
  ],
  // Nothing here returns these, so they must be named for the fields this subgraph adds to be served.
  orphanedTypes: [Council, Practitioner, Lecturer, Partnership, PractitionerDataExport],
  referenceResolvers: {
    Council: resolveByIdReference,
    Practitioner: resolvePractitionerReference,
    Lecturer: resolveByIdReference,
    Partnership: resolvePartnershipReference,
    PractitionerDataExport: resolveByIdReference,
  },
  entities: [
    KssStandard,
    Pathway,
    PathwayStage,
    PathwayEnrolment,
    AsyeRecord,
    MentoringRelationship,
    MentoringSession,
    CpdRecord,
    LeadershipSettings,
    LeadershipAgreement,
  ],
  migrations,
  createLoaders: createLeadershipLoaders,
  seedDemoData: seedDemoLeadership,
};
