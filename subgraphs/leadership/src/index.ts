/** Wires the leadership subgraph together: its types, resolvers, tables and migrations. */
import { resolveByIdReference, resolvePartnershipReference } from '#hub/shared/entity-references';
import type { SubgraphDefinition } from '#hub/shared/subgraph';
import { AsyeRecord } from './entities/asye-record.entity';
import { CpdRecord } from './entities/cpd-record.entity';
import { KssStandard } from './entities/kss-standard.entity';
import { LeadershipSettings } from './entities/leadership-settings.entity';
import { MentoringSession } from './entities/mentoring-session.entity';
import { MentoringRelationship } from './entities/mentoring.entity';
import { PathwayEnrolment } from './entities/pathway-enrolment.entity';
import { PathwayStage } from './entities/pathway-stage.entity';
import { Pathway } from './entities/pathway.entity';
import { createLeadershipLoaders, type LeadershipLoaders } from './loaders';
import { migrations } from './migrations';
import { AsyeRecordResolver } from './resolvers/asye-record.resolver';
import { CouncilResolver } from './resolvers/council.resolver';
import { CpdRecordResolver } from './resolvers/cpd-record.resolver';
import { LecturerResolver } from './resolvers/lecturer.resolver';
import { MentoringResolver } from './resolvers/mentoring.resolver';
import { PartnershipResolver } from './resolvers/partnership.resolver';
import { PathwayEnrolmentResolver } from './resolvers/pathway-enrolment.resolver';
import { PathwayStageResolver } from './resolvers/pathway-stage.resolver';
import { PractitionerDataErasureResolver } from './resolvers/practitioner-data-erasure.resolver';
import { PractitionerDataExportResolver } from './resolvers/practitioner-data-export.resolver';
import { PractitionerResolver } from './resolvers/practitioner.resolver';
import { ReferenceResolver } from './resolvers/reference.resolver';
import { seedDemoLeadership } from './seed/demo';
import { Council } from './types/council';
import { Lecturer } from './types/lecturer';
import { Partnership } from './types/partnership';
import { Practitioner } from './types/practitioner';
import { PractitionerDataExport } from './types/practitioner-data-export';

export const subgraph: SubgraphDefinition<LeadershipLoaders> = {
  name: 'leadership',
  resolvers: [
    ReferenceResolver,
    PathwayStageResolver,
    PathwayEnrolmentResolver,
    AsyeRecordResolver,
    MentoringResolver,
    CpdRecordResolver,
    PractitionerResolver,
    LecturerResolver,
    CouncilResolver,
    PartnershipResolver,
    PractitionerDataExportResolver,
    PractitionerDataErasureResolver,
  ],
  // Nothing here returns these, so they must be named for the fields this subgraph adds to be served.
  orphanedTypes: [Council, Practitioner, Lecturer, Partnership, PractitionerDataExport],
  referenceResolvers: {
    Council: resolveByIdReference,
    Practitioner: resolveByIdReference,
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
  ],
  migrations,
  createLoaders: createLeadershipLoaders,
  seedDemoData: seedDemoLeadership,
};
