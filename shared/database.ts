/**
 * Gives a subgraph its TypeORM DataSource: PostgreSQL at `DATABASE_URL`, or the embedded
 * PostgreSQL server when none is set, with the subgraph's tables in its own Postgres schema.
 * Migrations are applied on open; `synchronize` is never used.
 */
import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import type { HubConfig } from './config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';
import type { Logger } from './logger';
import { StatementCounter } from './statement-counter';

export interface SubgraphDatabaseOptions {
  readonly url: string;
  /** The Postgres schema holding this subgraph's tables: its name. */
  readonly schema: string;
  readonly entities: MixedList<Function | string | EntitySchema>;
  readonly migrations: MixedList<Function | string>;
  readonly log: Logger;
  readonly poolSize?: number;
}

export interface SubgraphDatabase {
  readonly dataSource: DataSource;
  readonly statements: StatementCounter;
  close(): Promise<void>;
}

export async function openSubgraphDatabase(options: SubgraphDatabaseOptions): Promise<SubgraphDatabase> {
  const statements = new StatementCounter(options.log);
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['query', 'error', 'warn', 'migration'],
    logger: statements,
    maxQueryExecutionTime: 1000,
    poolSize: options.poolSize ?? 10,
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension has to be installed.
    uuidExtension: 'pgcrypto',
    extra: { application_name: `partnership-hub-${options.schema}` },
  });
  await dataSource.initialize();
  try {
    await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${options.schema}"`);
    await dataSource.runMigrations();
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return { dataSource, statements, close: () => dataSource.destroy() };
}

/**
 * The database URL the hub's processes should use: `DATABASE_URL`, or the embedded server,
 * which is started (or found running) here. The caller owns the returned handle.
 */
export async function resolveDatabase(config: HubConfig, log: Logger): Promise<EmbeddedDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => {} };
  return startEmbeddedPostgres(config, log);
}
