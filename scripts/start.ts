/**
 * `npm start`: runs the whole hub on this machine. It starts the database (the embedded
 * PostgreSQL server unless DATABASE_URL is set), each subgraph and the gateway as separate
 * processes, waits until each is ready, and prints where to go. Ctrl-C stops everything.
 * The processes' logs go to <data dir>/logs/.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { signHubToken } from '#hub/shared/auth';
import { dateInEngland } from '#hub/shared/clock';
import { ConfigError, loadConfig, type HubConfig } from '#hub/shared/config';
import { resolveDatabase } from '#hub/shared/database';
import { randomSigningSecret } from '#hub/shared/gateway-signature';
import { createLogger } from '#hub/shared/logger';
import { DEMO_PARTNERSHIP_ID } from '../subgraphs/demo-partnership';

const READY_TIMEOUT_MS = 120_000;

interface Service {
  readonly name: string;
  readonly process: ChildProcess;
  readonly logFile: string;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger('hub', config.logLevel === 'info' ? 'warn' : config.logLevel);
  const logDir = path.join(config.dataDir, 'logs');
  fs.mkdirSync(logDir, { recursive: true });

  say(
    config.databaseUrl
      ? 'Using the PostgreSQL server at DATABASE_URL.'
      : `Starting the embedded PostgreSQL server (data in ${config.dataDir}).`,
  );
  const database = await resolveDatabase(config, log);
  // Outside production none need be configured: this run's gateway and subgraphs share a fresh one.
  const signingSecret = config.gatewaySigning.secret ?? randomSigningSecret();
  const services: Service[] = [];
  let stopping = false;

  const stopAll = async (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    say('Stopping the hub…');
    await Promise.all(services.map((service) => stopService(service)));
    await database.stop();
    say('Stopped.');
    process.exit(exitCode);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  const launch = (name: string, script: string, args: string[], readyUrl: string) => {
    const logFile = path.join(logDir, `${name}.log`);
    const output = fs.openSync(logFile, 'a');
    const child = spawn(process.execPath, [path.join(__dirname, '..', script), ...args], {
      env: { ...process.env, DATABASE_URL: database.url, GATEWAY_SIGNING_SECRET: signingSecret },
      stdio: ['ignore', output, output],
    });
    const service = { name, process: child, logFile };
    services.push(service);
    child.on('exit', (code) => {
      if (stopping) return;
      say(`${name} stopped unexpectedly (exit ${code}). Last lines of ${logFile}:\n${tail(logFile)}`);
      void stopAll(1);
    });
    return waitUntilReady(service, readyUrl);
  };

  await Promise.all(
    config.subgraphs.map((subgraph) =>
      launch(subgraph.name, 'subgraphs/main.js', [subgraph.name], `http://${config.host}:${subgraph.port}/ready`),
    ),
  );
  await launch('gateway', 'gateway/src/main.js', [], `http://${config.host}:${config.gatewayPort}/ready`);
  await printWelcome(config);
}

async function waitUntilReady(service: Service, readyUrl: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (service.process.exitCode !== null) throw new Error(`${service.name} exited while starting; see ${service.logFile}`);
    try {
      if ((await fetch(readyUrl)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${service.name} was not ready after ${READY_TIMEOUT_MS / 1000} s; see ${service.logFile}`);
}

function stopService(service: Service): Promise<void> {
  if (service.process.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    service.process.once('exit', () => resolve());
    service.process.kill('SIGTERM');
  });
}

async function printWelcome(config: HubConfig): Promise<void> {
  const url = `http://${config.host}:${config.gatewayPort}/graphql`;
  const token = config.jwt.secret
    ? await signHubToken(config, 'demo-partnership-admin', { roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] }, '8h')
    : null;
  const query = `{ partnership(id: "${DEMO_PARTNERSHIP_ID}") { name councils { name gssCode headcount { inPost agency agencyRate } } } }`;
  say(
    [
      '',
      `Partnership Hub is running. GraphQL gateway: ${url}`,
      '',
      token
        ? `Demo token (partnership admin of the demo partnership, valid 8 hours):\n${token}`
        : 'Tokens come from your identity provider (JWT_JWKS_URL).',
      '',
      'Try:',
      `curl -s ${url} -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" \\`,
      `  -d '${JSON.stringify({ query })}'`,
      '',
      'Other roles: npm run token -- --role council_admin --council E08000025',
      `Logs: ${path.join(config.dataDir, 'logs')}. Press Ctrl-C to stop.`,
      ...(config.clockStoppedAt
        ? [
            `The hub's clock is stopped at ${config.clockStoppedAt.toISOString()} (HUB_TODAY): today is ${dateInEngland(config.clockStoppedAt)}.`,
          ]
        : []),
    ].join('\n'),
  );
}

function tail(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-15).join('\n');
  } catch {
    return '(no log)';
  }
}

function say(message: string): void {
  process.stdout.write(`${message}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).message}\n`);
  process.exit(1);
});
