import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createAuditLog, dropAuditLog, type AuditedTable } from '#hub/shared/audit/migration';

const tables: AuditedTable[] = [
  { name: 'placement_settings', key: ['partnership_id'], organisationColumns: ['partnership_id'] },
  { name: 'placement_commitment', key: ['id'], organisationColumns: ['partnership_id', 'council_id'] },
  { name: 'practice_educator', key: ['id'], organisationColumns: ['partnership_id', 'council_id'] },
  { name: 'placement_offer', key: ['id'], organisationColumns: ['partnership_id', 'council_id'] },
  { name: 'placement', key: ['id'], organisationColumns: ['partnership_id', 'council_id', 'university_id'] },
  { name: 'qapl_review', key: ['id'], organisationColumns: ['council_id', 'university_id'] },
  { name: 'student_skills_days', key: ['student_id'], organisationColumns: ['university_id'] },
];

export class AuditLog1795447800000 implements MigrationInterface {
  name = 'AuditLog1795447800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createAuditLog(queryRunner, 'placements', tables);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropAuditLog(queryRunner, 'placements', tables);
  }
}
