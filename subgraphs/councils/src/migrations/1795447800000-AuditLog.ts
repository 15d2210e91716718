import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createAuditLog, dropAuditLog, type AuditedTable } from '#hub/shared/audit/migration';

const tables: AuditedTable[] = [
  { name: 'council', key: ['id'], organisationColumns: ['id'] },
  { name: 'partnership', key: ['id'], organisationColumns: ['id'] },
  { name: 'partnership_council', key: ['partnership_id', 'council_id'], organisationColumns: ['partnership_id', 'council_id'] },
  { name: 'team', key: ['id'], organisationColumns: ['council_id'] },
  { name: 'practitioner', key: ['id'], organisationColumns: ['council_id'] },
  { name: 'workforce_snapshot', key: ['id'], organisationColumns: ['council_id'] },
];

export class AuditLog1795447800000 implements MigrationInterface {
  name = 'AuditLog1795447800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createAuditLog(queryRunner, 'councils', tables);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropAuditLog(queryRunner, 'councils', tables);
  }
}
