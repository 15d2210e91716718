/**
 * The statements behind idempotency keys (idempotency.ts), on the subgraph's `idempotency_key`
 * table. A key counts for its lifetime from when it was first written; an expired one is taken
 * over by the next request that sends it, and a few are purged each time an answer is kept.
 */
import type { DataSource, QueryRunner } from 'typeorm';
import type { IdempotencyClaim } from './idempotency-key';
import { IDEMPOTENCY_TABLE } from './idempotency-migration';

export interface StoredKey {
  readonly inputHash: string;
  /** Null while the first request is finishing, or if it lost its database as it committed. */
  readonly answer: string | null;
}

/** Expired keys deleted per answer kept: enough to keep up with the keys written, never a long statement. */
const PURGE_BATCH = 20;

export async function findStoredKey(dataSource: DataSource, claim: IdempotencyClaim): Promise<StoredKey | null> {
  const rows = (await dataSource.query(
    `SELECT input_hash AS "inputHash", answer FROM ${table(dataSource)} WHERE subject = $1 AND mutation = $2 AND key = $3 AND created_at >= now() - make_interval(hours => $4)`,
    [claim.subject, claim.mutation, claim.key, claim.lifetimeHours],
  )) as StoredKey[];
  return rows[0] ?? null;
}

/**
 * Writes the key in the transaction `queryRunner` is running, or waits for a concurrent request
 * writing it to finish; false when another request holds it (live, not expired) once that is settled.
 */
export async function claimKey(queryRunner: QueryRunner, claim: IdempotencyClaim): Promise<boolean> {
  const rows = (await queryRunner.query(
    `INSERT INTO ${table(queryRunner.connection)} AS stored (subject, mutation, key, input_hash) VALUES ($1, $2, $3, $4)
     ON CONFLICT (subject, mutation, key) DO UPDATE SET input_hash = excluded.input_hash, answer = NULL, created_at = now()
     WHERE stored.created_at < now() - make_interval(hours => $5)
     RETURNING 1 AS claimed`,
    [claim.subject, claim.mutation, claim.key, claim.inputHash, claim.lifetimeHours],
  )) as unknown[];
  return rows.length === 1;
}

export async function keepAnswer(dataSource: DataSource, claim: IdempotencyClaim, answer: string): Promise<void> {
  const name = table(dataSource);
  await dataSource.query(
    `WITH purged AS (
       DELETE FROM ${name} WHERE ctid = ANY (ARRAY(
         SELECT ctid FROM ${name} WHERE created_at < now() - make_interval(hours => $5) LIMIT ${PURGE_BATCH} FOR UPDATE SKIP LOCKED)))
     UPDATE ${name} SET answer = $4 WHERE subject = $1 AND mutation = $2 AND key = $3`,
    [claim.subject, claim.mutation, claim.key, answer, claim.lifetimeHours],
  );
}

function table(dataSource: DataSource): string {
  const { schema } = dataSource.options as { schema?: string };
  return `"${schema ?? 'public'}"."${IDEMPOTENCY_TABLE}"`;
}
