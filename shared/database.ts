/**
 * Gives a subgraph its TypeORM DataSource: PostgreSQL at `DATABASE_URL`, or the embedded
 * PostgreSQL server when none is set, with the subgraph's tables in its own Postgres schema.
 * Migrations are applied on open; `synchronize` is never used. Every wait on the database is
 * bounded (connecting, each statement, idle connections), so a database that stops answering
 * fails requests quickly instead of holding them.
 */
import { DataSource, type MigrationInterface } from 'typeorm';
import { AuditEvent } from './audit/audit-event.entity';
import { runAsSystem } from './audit/context';
import { AuditContextSubscriber } from './audit/subscriber';
import type { DatabaseTimeouts, HubConfig } from './config';
import { DeadlineSubscriber } from './deadline-subscriber';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';
import { IdempotencySubscriber } from './idempotency-subscriber';
import type { Logger } from './logger';
import { StatementCounter } from './statement-counter';

/** A TypeORM entity class: each row of its table is an instance. */
export type EntityClass = new () => object;
/** A TypeORM migration class, applied once, in order. */
export type MigrationClass = new () => MigrationInterface;

export interface SubgraphDatabaseOptions {
  readonly url: string;
  /** The Postgres schema holding this subgraph's tables: its name. */
  readonly schema: string;
  readonly entities: readonly EntityClass[];
  readonly migrations: readonly MigrationClass[];
  readonly log: Logger;
  readonly poolSize?: number;
  /** Unset (tools that serve no requests): no limits. */
  readonly timeouts?: DatabaseTimeouts;
  /** Runs after the migrations, under the same lock (seeding demo data). */
  readonly afterMigrations?: (dataSource: DataSource, log: Logger) => Promise<void>;
}

export interface SubgraphDatabase {
  readonly dataSource: DataSource;
  readonly statements: StatementCounter;
  close(): Promise<void>;
}

/**
 * A statement's time is capped on the server (statement_timeout, which also stops its work) and,
 * a second later, in the driver (query_timeout), which is what ends the wait when the network
 * itself has gone quiet and no cancellation can arrive.
 */
const DRIVER_GRACE_MS = 1_000;

export async function openSubgraphDatabase(options: SubgraphDatabaseOptions): Promise<SubgraphDatabase> {
  const statements = new StatementCounter(options.log);
  // Migrations and demo seeding may rightly take longer than any request should, so they run on a pool without the statement limit.
  const migrating = createDataSource(options, statements, { limitStatements: false, poolSize: 2 });
  await migrating.initialize();
  try {
    await migrateUnderLock(migrating, options);
  } finally {
    await migrating.destroy();
  }
  const dataSource = createDataSource(options, statements, { limitStatements: true, poolSize: options.poolSize ?? 10 });
  await dataSource.initialize();
  return { dataSource, statements, close: () => dataSource.destroy() };
}

function createDataSource(
  options: SubgraphDatabaseOptions,
  logger: StatementCounter,
  pool: { readonly limitStatements: boolean; readonly poolSize: number },
): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    // Every subgraph keeps its own audit log, written in the same transactions as its changes.
    entities: [...options.entities, AuditEvent],
    // Each request's transactions run to its deadline, and write its idempotency key first.
    subscribers: [AuditContextSubscriber, DeadlineSubscriber, IdempotencySubscriber],
    migrations: [...options.migrations],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['query', 'error', 'warn', 'migration'],
    logger,
    maxQueryExecutionTime: 1000,
    poolSize: pool.poolSize,
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension has to be installed.
    uuidExtension: 'pgcrypto',
    extra: {
      application_name: `partnership-hub-${options.schema}`,
      // UTC sessions, so timestamps print the same everywhere; no query takes "today" from the server (clock.ts).
      options: '-c timezone=UTC',
      // The operating system notices a connection whose far end vanished, rather than it lingering in the pool.
      keepAlive: true,
      ...(options.timeouts && poolTimeouts(options.timeouts, pool.limitStatements)),
    },
  });
}

function poolTimeouts(timeouts: DatabaseTimeouts, limitStatements: boolean) {
  const pool = { connectionTimeoutMillis: timeouts.connectMs, idleTimeoutMillis: timeouts.idleMs };
  return limitStatements
    ? { ...pool, statement_timeout: timeouts.statementMs, query_timeout: timeouts.statementMs + DRIVER_GRACE_MS }
    : pool;
}

/**
 * The database URL the hub's processes should use: `DATABASE_URL`, or the embedded server,
 * which is started (or found running) here. The caller owns the returned handle.
 */
export async function resolveDatabase(config: HubConfig, log: Logger): Promise<EmbeddedDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => {} };
  return startEmbeddedPostgres(config, log);
}

/**
 * Replicas starting together take turns: a session-level advisory lock per schema makes the
 * second wait while the first migrates and seeds, then find nothing left to do.
 */
async function migrateUnderLock(dataSource: DataSource, options: SubgraphDatabaseOptions): Promise<void> {
  const runner = dataSource.createQueryRunner();
  const lockKey = `partnership-hub:${options.schema}`;
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [lockKey]);
    await runner.query(`CREATE SCHEMA IF NOT EXISTS "${options.schema}"`);
    // A migration that changes rows is attributed like any other write.
    await runAsSystem('migration', () => dataSource.runMigrations());
    const { afterMigrations } = options;
    if (afterMigrations) await runAsSystem('seedDemoData', () => afterMigrations(dataSource, options.log));
  } finally {
    await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [lockKey]).catch(() => {});
    await runner.release();
  }
}
