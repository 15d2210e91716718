/** The columns an erasure's own event (erasure-event.ts) keeps its counts in, for one subgraph's audit log. */
import type { QueryRunner } from 'typeorm';

export async function addErasureCounts(queryRunner: QueryRunner, schema: string): Promise<void> {
  await queryRunner.query(`ALTER TABLE "${schema}"."audit_event" ADD "rows_anonymised" integer, ADD "rows_deleted" integer`);
}

export async function dropErasureCounts(queryRunner: QueryRunner, schema: string): Promise<void> {
  await queryRunner.query(`ALTER TABLE "${schema}"."audit_event" DROP COLUMN "rows_deleted", DROP COLUMN "rows_anonymised"`);
}
