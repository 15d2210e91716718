/** Wires the placements subgraph together: its types, resolvers, tables and migrations. */
import { resolveByIdReference, resolvePartnershipReference } from '#hub/shared/entity-references';
import type { SubgraphDefinition } from '#hub/shared/subgraph';
import { PlacementCommitment } from './entities/placement-commitment.entity';
import { PlacementOffer } from './entities/placement-offer.entity';
import { PlacementSettings } from './entities/placement-settings.entity';
import { Placement } from './entities/placement.entity';
import { PracticeEducator } from './entities/practice-educator.entity';
import { QaplReview } from './entities/qapl-review.entity';
import { StudentSkillsDays } from './entities/student-skills-days.entity';
import { createPlacementsLoaders, type PlacementsLoaders } from './loaders';
import { migrations } from './migrations';
import { CouncilPlacementsResolver } from './resolvers/council-placements.resolver';
import { PartnershipPlacementsResolver } from './resolvers/partnership-placements.resolver';
import { PlacementAgreementResolver } from './resolvers/placement-agreement.resolver';
import { PartnershipPlacementFollowUpResolver } from './resolvers/partnership-placement-follow-up.resolver';
import { PlacementOfferResolver } from './resolvers/placement-offer.resolver';
import { PlacementResolver } from './resolvers/placement.resolver';
import { resolvePracticeEducatorReference } from './resolvers/practice-educator.reference';
import { PracticeEducatorResolver } from './resolvers/practice-educator.resolver';
import { PractitionerDataErasurePlacementsResolver } from './resolvers/practitioner-data-erasure-placements.resolver';
import { PractitionerDataExportPlacementsResolver } from './resolvers/practitioner-data-export-placements.resolver';
import { PractitionerPlacementsResolver } from './resolvers/practitioner-placements.resolver';
import { QaplReviewResolver } from './resolvers/qapl-review.resolver';
import { StudentDataErasurePlacementsResolver } from './resolvers/student-data-erasure-placements.resolver';
import { StudentDataExportPlacementsResolver } from './resolvers/student-data-export-placements.resolver';
import { StudentPlacementsResolver } from './resolvers/student-placements.resolver';
import { seedDemoPlacements } from './seed/demo';
import { Partnership } from './types/partnership';
import { PractitionerDataExport } from './types/practitioner-data-export';
import { StudentDataExport } from './types/student-data-export';

export const subgraph: SubgraphDefinition<PlacementsLoaders> = {
  name: 'placements',
  resolvers: [
    PlacementOfferResolver,
    PlacementResolver,
    PracticeEducatorResolver,
    QaplReviewResolver,
    StudentPlacementsResolver,
    CouncilPlacementsResolver,
    PartnershipPlacementsResolver,
    PlacementAgreementResolver,
    PartnershipPlacementFollowUpResolver,
    PractitionerPlacementsResolver,
    PractitionerDataExportPlacementsResolver,
    PractitionerDataErasurePlacementsResolver,
    StudentDataExportPlacementsResolver,
    StudentDataErasurePlacementsResolver,
  ],
  // Nothing here returns these, so they must be named for the fields this subgraph adds to be served.
  orphanedTypes: [Partnership, PractitionerDataExport, StudentDataExport],
  referenceResolvers: {
    PracticeEducator: resolvePracticeEducatorReference,
    Council: resolveByIdReference,
    Practitioner: resolveByIdReference,
    Student: resolveByIdReference,
    Partnership: resolvePartnershipReference,
    PractitionerDataExport: resolveByIdReference,
    StudentDataExport: resolveByIdReference,
  },
  entities: [PlacementSettings, PracticeEducator, PlacementOffer, PlacementCommitment, Placement, StudentSkillsDays, QaplReview],
  migrations,
  createLoaders: createPlacementsLoaders,
  seedDemoData: seedDemoPlacements,
};
