/**
 * The councils subgraph's per-request loaders: built afresh for every request by the context
 * factory, so each batches that request's look-ups and caches nothing beyond it.
 */
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Principal } from '#hub/shared/auth';
import type { IsoDate } from '#hub/shared/iso-date';
import { createByColumnLoader, createChildPageLoader, groupedInKeyOrder, inKeyOrder } from '#hub/shared/loaders';
import { CouncilMembershipRequest } from '../entities/council-membership-request.entity';
import { Council } from '../entities/council.entity';
import { PartnershipCouncil } from '../entities/partnership-council.entity';
import { Partnership } from '../entities/partnership.entity';
import { Practitioner } from '../entities/practitioner.entity';
import { Team } from '../entities/team.entity';
import { WorkforceSnapshot } from '../entities/workforce-snapshot.entity';
import { inPostCondition } from '../rules/in-post';
import { CouncilScope } from '../scope';
import { Employment } from '../types/enums';

export type CouncilsLoaders = ReturnType<typeof createCouncilsLoaders>;

/** Counts of practitioners in post, by employment, per council or team. */
export interface HeadcountRow {
  readonly permanent: number;
  readonly agency: number;
}

export function createCouncilsLoaders(dataSource: DataSource, principal: Principal, today: IsoDate) {
  const councils = dataSource.getRepository(Council);
  const teams = dataSource.getRepository(Team);
  const practitioners = dataSource.getRepository(Practitioner);
  const snapshots = dataSource.getRepository(WorkforceSnapshot);
  const memberships = dataSource.getRepository(PartnershipCouncil);
  const requests = dataSource.getRepository(CouncilMembershipRequest);

  return {
    scope: new CouncilScope(principal, memberships),
    councilById: createByColumnLoader(councils),
    councilByGssCode: createByColumnLoader(councils, 'gssCode'),
    teamById: createByColumnLoader(teams),
    practitionerById: createByColumnLoader(practitioners),
    practitionerBySweNumber: createByColumnLoader(practitioners, 'sweNumber'),
    partnershipById: createByColumnLoader(dataSource.getRepository(Partnership)),
    snapshotById: createByColumnLoader(snapshots),
    teamsByCouncil: createChildPageLoader({ repository: teams, parentProperty: 'councilId', sortProperty: 'name' }),
    practitionersInPostByCouncil: createChildPageLoader({
      repository: practitioners,
      parentProperty: 'councilId',
      sortProperty: 'familyName',
      condition: async () => inPostCondition('child', today),
    }),
    practitionersInPostByTeam: createChildPageLoader({
      repository: practitioners,
      parentProperty: 'teamId',
      sortProperty: 'familyName',
      condition: async () => inPostCondition('child', today),
    }),
    snapshotsByCouncil: createChildPageLoader({ repository: snapshots, parentProperty: 'councilId', sortProperty: 'censusDate' }),
    latestSnapshotByCouncil: new DataLoader<string, WorkforceSnapshot | null>(async (councilIds) => {
      const rows = await snapshots
        .createQueryBuilder('snapshot')
        .distinctOn(['snapshot.councilId'])
        .where('snapshot.councilId IN (:...councilIds)', { councilIds })
        .orderBy('snapshot.councilId')
        .addOrderBy('snapshot.censusDate', 'DESC')
        .getMany();
      return inKeyOrder(councilIds, rows, (row) => row.councilId);
    }),
    headcountByCouncil: createHeadcountLoader(dataSource, 'councilId', today),
    headcountByTeam: createHeadcountLoader(dataSource, 'teamId', today),
    councilIdsByPartnership: new DataLoader<string, string[]>(async (partnershipIds) => {
      const rows = await memberships
        .createQueryBuilder('membership')
        .innerJoin('membership.council', 'council')
        .where('membership.partnershipId IN (:...partnershipIds)', { partnershipIds })
        .orderBy('council.name')
        .addOrderBy('council.id')
        .getMany();
      return groupedInKeyOrder(partnershipIds, rows, (row) => row.partnershipId).map((group) => group.map((row) => row.councilId));
    }),
    partnershipIdsByCouncil: new DataLoader<string, string[]>(async (councilIds) => {
      const rows = await memberships
        .createQueryBuilder('membership')
        .innerJoin('membership.partnership', 'partnership')
        .where('membership.councilId IN (:...councilIds)', { councilIds })
        .orderBy('partnership.name')
        .getMany();
      return groupedInKeyOrder(councilIds, rows, (row) => row.councilId).map((group) => group.map((row) => row.partnershipId));
    }),
    // Asks waiting for the other side, by the name of the organisation on the other side of each.
    membershipRequestsByPartnership: new DataLoader<string, CouncilMembershipRequest[]>(async (partnershipIds) => {
      const rows = await requests
        .createQueryBuilder('request')
        .innerJoin('request.council', 'council')
        .where('request.partnershipId IN (:...partnershipIds)', { partnershipIds })
        .orderBy('council.name')
        .addOrderBy('council.id')
        .getMany();
      return groupedInKeyOrder(partnershipIds, rows, (row) => row.partnershipId);
    }),
    membershipRequestsByCouncil: new DataLoader<string, CouncilMembershipRequest[]>(async (councilIds) => {
      const rows = await requests
        .createQueryBuilder('request')
        .innerJoin('request.partnership', 'partnership')
        .where('request.councilId IN (:...councilIds)', { councilIds })
        .orderBy('partnership.name')
        .getMany();
      return groupedInKeyOrder(councilIds, rows, (row) => row.councilId);
    }),
  };
}

function createHeadcountLoader(dataSource: DataSource, parentProperty: 'councilId' | 'teamId', today: IsoDate) {
  const inPost = inPostCondition('practitioner', today);
  return new DataLoader<string, HeadcountRow>(async (parentIds) => {
    const rows = await dataSource
      .getRepository(Practitioner)
      .createQueryBuilder('practitioner')
      .select(`practitioner.${parentProperty}`, 'parentId')
      .addSelect(`COUNT(*) FILTER (WHERE practitioner.employment = '${Employment.PERMANENT}')`, 'permanent')
      .addSelect(`COUNT(*) FILTER (WHERE practitioner.employment = '${Employment.AGENCY}')`, 'agency')
      .where(`practitioner.${parentProperty} IN (:...parentIds)`, { parentIds })
      .andWhere(inPost.sql, inPost.parameters)
      .groupBy(`practitioner.${parentProperty}`)
      .getRawMany<{ parentId: string; permanent: string; agency: string }>();
    const byParent = new Map(rows.map((row) => [row.parentId, { permanent: Number(row.permanent), agency: Number(row.agency) }]));
    return parentIds.map((id) => byParent.get(id) ?? { permanent: 0, agency: 0 });
  });
}
