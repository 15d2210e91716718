/**
 * Runs one subgraph as its own process: `node dist/subgraphs/main.js <name>`.
 * With no DATABASE_URL it uses (or starts) the embedded PostgreSQL server.
 */
import 'reflect-metadata';
import { ConfigError, loadConfig, subgraphEndpoint } from '#hub/shared/config';
import { resolveDatabase } from '#hub/shared/database';
import { tellLauncherListening } from '#hub/shared/launcher-link';
import { createLogger } from '#hub/shared/logger';
import { stopOnSignals } from '#hub/shared/shutdown';
import { startSubgraphServer } from '#hub/shared/subgraph-server';
import { loadSubgraph } from './load-subgraph';

async function main(): Promise<void> {
  const name = process.argv[2] ?? '';
  const config = loadConfig();
  const log = createLogger(`subgraph-${name}`, config.logLevel);
  const definition = loadSubgraph(name);
  const database = await resolveDatabase(config, log);
  const running = await startSubgraphServer(definition, {
    config,
    log,
    databaseUrl: database.url,
    port: subgraphEndpoint(config, name).port,
    seedDemoData: config.seedDemoData,
  });
  stopOnSignals(log, config.shutdownGraceMs, async () => {
    await running.stop(config.shutdownGraceMs);
    await database.stop();
  });
  tellLauncherListening(running.port);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack}\n`);
  process.exit(1);
});
