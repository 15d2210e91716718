/**
 * The embedded PostgreSQL server as a child process of `npm start`, so it stops with the
 * launcher like every other service, even when the launcher is killed with -9: it watches the
 * launcher's IPC channel (shared/launcher-link.ts). It stops last: first it waits, for up to the
 * shutdown grace, until the services the launcher told it about have exited, so their requests
 * in flight can still reach the database while they drain.
 */
import { ConfigError, loadConfig } from '#hub/shared/config';
import { startEmbeddedPostgres } from '#hub/shared/embedded-postgres';
import { createLogger } from '#hub/shared/logger';
import { stopOnSignals } from '#hub/shared/shutdown';
import { isProcessAlive } from './process-alive';

export interface DatabaseStarted {
  readonly databaseUrl: string;
}

/** The launcher's children using the database, by pid. */
export interface DatabaseUsers {
  readonly services: readonly number[];
}

/** Beyond the services' own grace: the time they take to close their pools and exit. */
const SERVICES_EXIT_MS = 2_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger('embedded-postgres', config.logLevel);
  let users: readonly number[] = [];
  process.on('message', (message: DatabaseUsers) => (users = message.services));
  const server = await startEmbeddedPostgres(config, log);
  stopOnSignals(log, config.shutdownGraceMs, async () => {
    await exited(users, config.shutdownGraceMs + SERVICES_EXIT_MS);
    await server.stop();
  });
  const started: DatabaseStarted = { databaseUrl: server.url };
  process.send?.(started);
}

async function exited(pids: readonly number[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (pids.some(isProcessAlive) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack}\n`);
  process.exit(1);
});
