import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createIdempotencyTable, dropIdempotencyTable } from '#hub/shared/idempotency-migration';

export class IdempotencyKeys1797000000000 implements MigrationInterface {
  name = 'IdempotencyKeys1797000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createIdempotencyTable(queryRunner, 'councils');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropIdempotencyTable(queryRunner, 'councils');
  }
}
