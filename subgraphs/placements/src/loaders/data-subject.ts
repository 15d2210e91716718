/**
 * The rows a data-subject export reads beyond the everyday loaders: everything naming a practice
 * educator's registrations, in one statement per kind of row however many people a request names.
 */
import type { DataSource } from 'typeorm';
import { createGroupedLoader } from '#hub/shared/loaders';
import { PlacementOffer } from '../entities/placement-offer.entity';
import { Placement } from '../entities/placement.entity';

export function createDataSubjectLoaders(dataSource: DataSource) {
  return {
    placementsByEducator: createGroupedLoader(dataSource.getRepository(Placement), 'practiceEducatorId', 'startsOn'),
    offersByEducator: createGroupedLoader(dataSource.getRepository(PlacementOffer), 'practiceEducatorId', 'startsOn'),
  };
}
