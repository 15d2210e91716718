import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addErasureCounts, dropErasureCounts } from '#hub/shared/audit/erasure-event-migration';

export class AuditErasureCounts1796400000000 implements MigrationInterface {
  name = 'AuditErasureCounts1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await addErasureCounts(queryRunner, 'councils');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropErasureCounts(queryRunner, 'councils');
  }
}
