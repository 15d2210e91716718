/**
 * The leadership subgraph's per-request loaders: built afresh for every request by the context
 * factory, so each batches that request's look-ups and caches nothing beyond it.
 */
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Principal } from '#hub/shared/auth';
import type { EntityClass } from '#hub/shared/database';
import { isUuid } from '#hub/shared/input-checks';
import {
  createByColumnLoader,
  createGroupedLoader,
  createPartnershipYearLoader,
  groupedInKeyOrder,
  inKeyOrder,
  perPeriod,
} from '#hub/shared/loaders';
import { AsyeRecord } from '../entities/asye-record.entity';
import { CpdRecord } from '../entities/cpd-record.entity';
import { KssStandard } from '../entities/kss-standard.entity';
import { LeadershipAgreement } from '../entities/leadership-agreement.entity';
import { LeadershipSettings } from '../entities/leadership-settings.entity';
import { MentoringSession } from '../entities/mentoring-session.entity';
import { MentoringRelationship } from '../entities/mentoring-relationship.entity';
import { PathwayEnrolment } from '../entities/pathway-enrolment.entity';
import { PathwayStage } from '../entities/pathway-stage.entity';
import { Pathway } from '../entities/pathway.entity';
import { LeadershipScope } from '../scope';
import { createDataSubjectLoaders } from './data-subject';

export type LeadershipLoaders = ReturnType<typeof createLeadershipLoaders>;

export function createLeadershipLoaders(dataSource: DataSource, principal: Principal) {
  const repository = <T extends object>(entity: new () => T) => dataSource.getRepository(entity);
  const relationships = repository(MentoringRelationship);
  const table = (entity: EntityClass) => dataSource.getMetadata(entity).tablePath;

  return {
    scope: new LeadershipScope(principal),
    pathwayById: createByColumnLoader(repository(Pathway)),
    enrolmentById: createByColumnLoader(repository(PathwayEnrolment)),
    asyeById: createByColumnLoader(repository(AsyeRecord)),
    relationshipById: createByColumnLoader(relationships),
    stagesByPathway: createGroupedLoader(repository(PathwayStage), 'pathwayId', 'position'),
    kssByStage: new DataLoader<string, KssStandard[]>(async (stageIds) => {
      const rows: (KssStandard & { stageId: string })[] = await repository(KssStandard)
        .createQueryBuilder('kss')
        .innerJoin('pathway_stage_kss', 'link', 'link.kss_standard_id = kss.id')
        .addSelect('link.stage_id', 'stageId')
        .where('link.stage_id = ANY(:stageIds)', { stageIds })
        .orderBy('kss.code')
        .getRawAndEntities()
        .then(({ raw, entities }) => entities.map((entity, index) => Object.assign(entity, { stageId: raw[index].stageId as string })));
      return groupedInKeyOrder(stageIds, rows, (row) => row.stageId);
    }),
    enrolmentsByPractitioner: createGroupedLoader(repository(PathwayEnrolment), 'practitionerId', 'startedOn'),
    asyeByPractitioner: createGroupedLoader(repository(AsyeRecord), 'practitionerId', 'startedOn'),
    cpdByPractitioner: createGroupedLoader(repository(CpdRecord), 'practitionerId', 'completedOn'),
    relationshipsByMentee: createGroupedLoader(relationships, 'menteePractitionerId', 'startedOn'),
    relationshipsByMentorPractitioner: createGroupedLoader(relationships, 'mentorPractitionerId', 'startedOn'),
    relationshipsByMentorLecturer: createGroupedLoader(relationships, 'mentorLecturerId', 'startedOn'),
    sessionsByRelationship: createGroupedLoader(repository(MentoringSession), 'relationshipId', 'heldOn'),
    // What the progress report reads, per council and period: records still running or ended in
    // the period, so a council's history does not make every report slower.
    enrolmentsByCouncil: perPeriod(({ from, to }) =>
      createGroupedLoader(repository(PathwayEnrolment), 'councilId', 'startedOn', {
        sql: `(row.status IN ('ACTIVE','PAUSED') OR row.ended_on BETWEEN :from AND :to)`,
        parameters: { from, to },
      }),
    ),
    asyeByCouncil: perPeriod(({ from, to }) =>
      createGroupedLoader(repository(AsyeRecord), 'councilId', 'startedOn', {
        sql: `(row.status IN ('IN_PROGRESS','PAUSED') OR row.ended_on BETWEEN :from AND :to)`,
        parameters: { from, to },
      }),
    ),
    cpdByCouncil: perPeriod(({ from, to }) =>
      createGroupedLoader(repository(CpdRecord), 'councilId', 'completedOn', {
        sql: 'row.completed_on BETWEEN :from AND :to',
        parameters: { from, to },
      }),
    ),
    /**
     * Who a council's CPD figures count in a registration year: anyone with CPD in it, or a
     * pathway, an ASYE or mentoring (as mentee) running on some day of it.
     */
    cpdCohortByCouncil: perPeriod(
      ({ from, to }) =>
        new DataLoader<string, string[]>(async (councilIds) => {
          const running = (entity: EntityClass, practitioner: string, council: string) =>
            `SELECT ${practitioner} AS practitioner_id, ${council} AS council_id FROM ${table(entity)} ` +
            `WHERE ${council} = ANY($1) AND started_on <= $3 AND (ended_on IS NULL OR ended_on >= $2)`;
          const rows: { practitioner_id: string; council_id: string }[] = await dataSource.query(
            [
              `SELECT practitioner_id, council_id FROM ${table(CpdRecord)} WHERE council_id = ANY($1) AND completed_on BETWEEN $2 AND $3`,
              running(PathwayEnrolment, 'practitioner_id', 'council_id'),
              running(AsyeRecord, 'practitioner_id', 'council_id'),
              running(MentoringRelationship, 'mentee_practitioner_id', 'mentee_council_id'),
            ].join(' UNION '),
            [councilIds.filter(isUuid), from, to],
          );
          return groupedInKeyOrder(councilIds, rows, (row) => row.council_id).map((group) => group.map((row) => row.practitioner_id));
        }),
    ),
    relationshipsByMenteeCouncil: createGroupedLoader(relationships, 'menteeCouncilId', 'startedOn'),
    sessionsByMenteeCouncil: perPeriod(
      ({ from, to }) =>
        new DataLoader<string, (MentoringSession & { councilId: string })[]>(async (councilIds) => {
          const rows = await repository(MentoringSession)
            .createQueryBuilder('session')
            .innerJoinAndMapOne('session.relationship', MentoringRelationship, 'relationship', 'relationship.id = session.relationshipId')
            .where('relationship.menteeCouncilId = ANY(:councilIds)', { councilIds: councilIds.filter(isUuid) })
            .andWhere('session.heldOn BETWEEN :from AND :to', { from, to })
            .getMany();
          const withCouncil = rows.map((row) => Object.assign(row, { councilId: row.relationship!.menteeCouncilId }));
          return groupedInKeyOrder(councilIds, withCouncil, (row) => row.councilId);
        }),
    ),
    pathwaysOwnedByCouncil: createGroupedLoader(repository(Pathway), 'ownerCouncilId', 'name'),
    pathwaysOwnedByPartnership: createGroupedLoader(repository(Pathway), 'ownerPartnershipId', 'name'),
    agreementByPartnershipYear: createPartnershipYearLoader(repository(LeadershipAgreement)),
    settingsByPartnership: new DataLoader<string, LeadershipSettings>(async (partnershipIds) => {
      const ids = partnershipIds.filter(isUuid);
      const rows =
        ids.length === 0
          ? []
          : await repository(LeadershipSettings)
              .createQueryBuilder('settings')
              .where('settings.partnershipId = ANY(:ids)', { ids })
              .getMany();
      return inKeyOrder(partnershipIds, rows, (row) => row.partnershipId).map(
        (row, index) => row ?? Object.assign(new LeadershipSettings(), { partnershipId: partnershipIds[index], minLearningDays: 0 }),
      );
    }),
    /** The council each practitioner is recorded with here, if any: a practitioner keeps one council. */
    recordedCouncilByPractitioner: new DataLoader<string, string | null>(async (practitionerIds) => {
      const places = (entity: EntityClass, column: string, council: string) =>
        `SELECT ${column} AS practitioner_id, ${council} AS council_id FROM ${table(entity)} WHERE ${column} = ANY($1)`;
      const rows: { practitioner_id: string; council_id: string }[] = await dataSource.query(
        [
          places(PathwayEnrolment, 'practitioner_id', 'council_id'),
          places(AsyeRecord, 'practitioner_id', 'council_id'),
          places(CpdRecord, 'practitioner_id', 'council_id'),
          places(MentoringRelationship, 'mentee_practitioner_id', 'mentee_council_id'),
        ].join(' UNION '),
        [practitionerIds.filter(isUuid)],
      );
      return inKeyOrder(practitionerIds, rows, (row) => row.practitioner_id).map((row) => row?.council_id ?? null);
    }),
    dataSubject: createDataSubjectLoaders(dataSource),
  };
}
