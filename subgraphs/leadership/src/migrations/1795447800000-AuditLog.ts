import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createAuditLog, dropAuditLog, type AuditedTable } from '#hub/shared/audit/migration';

/** A pathway's stages and enrolments belong to the pathway's owner too. */
const pathwayOwner = (column: string) =>
  `SELECT array_remove(ARRAY[owner_council_id, owner_partnership_id], NULL) FROM "leadership"."pathway" WHERE id = ($1 ->> '${column}')::uuid`;
const stageOwner = `SELECT array_remove(ARRAY[pathway.owner_council_id, pathway.owner_partnership_id], NULL) FROM "leadership"."pathway_stage" stage JOIN "leadership"."pathway" pathway ON pathway.id = stage.pathway_id WHERE stage.id = ($1 ->> 'stage_id')::uuid`;
/** Mentoring conversations belong to the mentee's council. */
const menteeCouncil = `SELECT ARRAY[mentee_council_id] FROM "leadership"."mentoring_relationship" WHERE id = ($1 ->> 'relationship_id')::uuid`;

const tables: AuditedTable[] = [
  { name: 'kss_standard', key: ['id'], organisationColumns: [] },
  { name: 'leadership_settings', key: ['partnership_id'], organisationColumns: ['partnership_id'] },
  { name: 'pathway', key: ['id'], organisationColumns: ['owner_council_id', 'owner_partnership_id'] },
  { name: 'pathway_stage', key: ['id'], organisationColumns: [], organisationLookup: pathwayOwner('pathway_id') },
  { name: 'pathway_stage_kss', key: ['stage_id', 'kss_standard_id'], organisationColumns: [], organisationLookup: stageOwner },
  { name: 'pathway_enrolment', key: ['id'], organisationColumns: ['council_id'], organisationLookup: pathwayOwner('pathway_id') },
  { name: 'asye_record', key: ['id'], organisationColumns: ['council_id'] },
  { name: 'mentoring_relationship', key: ['id'], organisationColumns: ['mentee_council_id'] },
  { name: 'mentoring_session', key: ['id'], organisationColumns: [], organisationLookup: menteeCouncil },
  { name: 'cpd_record', key: ['id'], organisationColumns: ['council_id'] },
];

export class AuditLog1795447800000 implements MigrationInterface {
  name = 'AuditLog1795447800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createAuditLog(queryRunner, 'leadership', tables);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropAuditLog(queryRunner, 'leadership', tables);
  }
}
