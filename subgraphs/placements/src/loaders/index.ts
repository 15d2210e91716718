/**
 * The placements subgraph's per-request loaders: built afresh for every request by the context
 * factory, so each batches that request's look-ups and caches nothing beyond it.
 */
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Principal } from '#hub/shared/auth';
import { isUuid } from '#hub/shared/input-checks';
import { createByColumnLoader, createChildPageLoader, createGroupedLoader, groupedInKeyOrder, inKeyOrder } from '#hub/shared/loaders';
import { createYearRowsLoader } from '#hub/shared/year-rows-loader';
import { PlacementCommitment } from '../entities/placement-commitment.entity';
import { PlacementOffer } from '../entities/placement-offer.entity';
import { PlacementSettings } from '../entities/placement-settings.entity';
import { Placement } from '../entities/placement.entity';
import { PracticeEducator } from '../entities/practice-educator.entity';
import { QaplReview } from '../entities/qapl-review.entity';
import { StudentSkillsDays } from '../entities/student-skills-days.entity';
import { PlacementStatus } from '../types/enums';
import { PlacementScope } from '../scope';
import { createDataSubjectLoaders } from './data-subject';

export type PlacementsLoaders = ReturnType<typeof createPlacementsLoaders>;

export const DEFAULT_PLACEMENT_SETTINGS = { statutoryPlacementsRequired: 1, stageTwoMinYearsQualified: 2 };

export function createPlacementsLoaders(dataSource: DataSource, principal: Principal) {
  const scope = new PlacementScope(principal);
  const offers = dataSource.getRepository(PlacementOffer);
  const placements = dataSource.getRepository(Placement);
  const educators = dataSource.getRepository(PracticeEducator);
  const byYear =
    <T extends object>(entity: new () => T, groupColumn: 'councilId' | 'partnershipId') =>
    (ids: string[], _bounds: unknown, academicYear: string) =>
      dataSource
        .getRepository(entity)
        .createQueryBuilder('row')
        .where(`row.${groupColumn} = ANY(:ids)`, { ids })
        .andWhere('row.academicYear = :academicYear', { academicYear })
        .getMany()
        .then((rows) => rows.map((row) => Object.assign(row, { groupId: (row as Record<string, string>)[groupColumn] })));
  // Placements are counted in the academic year of the offer they fill.
  const placementsByYear = (groupColumn: 'councilId' | 'partnershipId') => (ids: string[], _bounds: unknown, academicYear: string) =>
    placements
      .createQueryBuilder('placement')
      .innerJoin(PlacementOffer, 'offer', 'offer.id = placement.offerId')
      .where(`placement.${groupColumn} = ANY(:ids)`, { ids })
      .andWhere('offer.academicYear = :academicYear', { academicYear })
      .getMany()
      .then((rows) => rows.map((row) => Object.assign(row, { groupId: row[groupColumn] })));

  return {
    scope,
    offerById: createByColumnLoader(offers),
    placementById: createByColumnLoader(placements),
    educatorById: createByColumnLoader(educators),
    qaplById: createByColumnLoader(dataSource.getRepository(QaplReview)),
    qaplByPlacement: createByColumnLoader(dataSource.getRepository(QaplReview), 'placementId'),
    educatorsByPractitioner: createGroupedLoader(educators, 'practitionerId', 'approvedOn'),
    educatorsByCouncil: createGroupedLoader(educators, 'councilId', 'approvedOn'),
    settingsByPartnership: new DataLoader<string, PlacementSettings>(async (partnershipIds) => {
      const ids = partnershipIds.filter(isUuid);
      const rows =
        ids.length === 0
          ? []
          : await dataSource
              .getRepository(PlacementSettings)
              .createQueryBuilder('settings')
              .where('settings.partnershipId = ANY(:ids)', { ids })
              .getMany();
      return inKeyOrder(partnershipIds, rows, (row) => row.partnershipId).map(
        (row, index) =>
          row ?? Object.assign(new PlacementSettings(), { partnershipId: partnershipIds[index], ...DEFAULT_PLACEMENT_SETTINGS }),
      );
    }),
    placementsByStudent: createGroupedLoader(placements, 'studentId', 'startsOn'),
    skillsDaysByStudent: createByColumnLoader(dataSource.getRepository(StudentSkillsDays), 'studentId'),
    livePlacementsByEducator: createGroupedLoader(placements, 'practiceEducatorId', 'startsOn', {
      sql: `row.status IN ('${PlacementStatus.PROPOSED}','${PlacementStatus.CONFIRMED}','${PlacementStatus.ACTIVE}')`,
      parameters: {},
    }),
    allocatedCountByOffer: new DataLoader<string, number>(async (offerIds) => {
      const rows = await placements
        .createQueryBuilder('placement')
        .select('placement.offerId', 'offerId')
        .addSelect('COUNT(*)::int', 'allocated')
        .where('placement.offerId = ANY(:offerIds)', { offerIds })
        .andWhere('placement.status <> :cancelled', { cancelled: PlacementStatus.CANCELLED })
        .groupBy('placement.offerId')
        .getRawMany<{ offerId: string; allocated: number }>();
      const byOffer = new Map(rows.map((row) => [row.offerId, row.allocated]));
      return offerIds.map((id) => byOffer.get(id) ?? 0);
    }),
    offersByCouncil: createChildPageLoader({ repository: offers, parentProperty: 'councilId', sortProperty: 'startsOn' }),
    visiblePlacementsByOffer: createChildPageLoader({
      repository: placements,
      parentProperty: 'offerId',
      sortProperty: 'startsOn',
      condition: async () => scope.visiblePlacementCondition('child'),
    }),
    outstandingQaplByCouncil: new DataLoader<string, Placement[]>(async (councilIds) => {
      // Finished placements whose review the council has not completed, or the university not scrutinised.
      const rows = await placements
        .createQueryBuilder('placement')
        .leftJoin(QaplReview, 'review', 'review.placementId = placement.id')
        .where('placement.councilId = ANY(:councilIds)', { councilIds })
        .andWhere('placement.status IN (:...finished)', { finished: [PlacementStatus.COMPLETED, PlacementStatus.ENDED_EARLY] })
        .andWhere('(review.id IS NULL OR review.scrutinisedOn IS NULL)')
        .orderBy('placement.endedOn')
        .getMany();
      return groupedInKeyOrder(councilIds, rows, (row) => row.councilId);
    }),
    commitmentsByCouncilYear: createYearRowsLoader(byYear(PlacementCommitment, 'councilId')),
    commitmentsByPartnershipYear: createYearRowsLoader(byYear(PlacementCommitment, 'partnershipId')),
    offersByCouncilYear: createYearRowsLoader(byYear(PlacementOffer, 'councilId')),
    offersByPartnershipYear: createYearRowsLoader(byYear(PlacementOffer, 'partnershipId')),
    placementsByCouncilYear: createYearRowsLoader(placementsByYear('councilId')),
    placementsByPartnershipYear: createYearRowsLoader(placementsByYear('partnershipId')),
    dataSubject: createDataSubjectLoaders(dataSource),
  };
}
