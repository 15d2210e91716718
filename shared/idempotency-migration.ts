/**
 * The table a subgraph keeps idempotency keys in, with the first answer given under each (see
 * idempotency.ts). One per subgraph, in its own schema, beside the writes the keys guard.
 */
import type { QueryRunner } from 'typeorm';

export const IDEMPOTENCY_TABLE = 'idempotency_key';

export async function createIdempotencyTable(queryRunner: QueryRunner, schema: string): Promise<void> {
  await queryRunner.query(
    `CREATE TABLE "${schema}"."${IDEMPOTENCY_TABLE}" ("subject" character varying(255) NOT NULL, "mutation" character varying(100) NOT NULL, "key" character varying(128) NOT NULL, "input_hash" character(64) NOT NULL, "answer" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "idempotency_key_pkey" PRIMARY KEY ("subject", "mutation", "key"))`,
  );
  await queryRunner.query(`CREATE INDEX "idempotency_key_created_at_idx" ON "${schema}"."${IDEMPOTENCY_TABLE}" ("created_at")`);
}

export async function dropIdempotencyTable(queryRunner: QueryRunner, schema: string): Promise<void> {
  await queryRunner.query(`DROP TABLE "${schema}"."${IDEMPOTENCY_TABLE}"`);
}
