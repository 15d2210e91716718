/** Runs the gateway as its own process: `node dist/gateway/src/main.js`. */
import 'reflect-metadata';
import { ConfigError, loadConfig } from '#hub/shared/config';
import { tellLauncherListening } from '#hub/shared/launcher-link';
import { createLogger } from '#hub/shared/logger';
import { stopOnSignals } from '#hub/shared/shutdown';
import { readCommittedSupergraph } from './supergraph-file';
import { startGateway } from './gateway';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger('gateway', config.logLevel);
  const server = await startGateway({ config, log, supergraphSdl: readCommittedSupergraph(), port: config.gatewayPort });
  stopOnSignals(log, config.shutdownGraceMs, () => server.close(config.shutdownGraceMs));
  tellLauncherListening(server.port);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack}\n`);
  process.exit(1);
});
