/**
 * `npm start`: runs the whole hub on this machine. It claims the data folder (launcher-lock.ts),
 * checks its ports are free, starts the database (the embedded PostgreSQL server, in a process of
 * its own, unless DATABASE_URL is set), each subgraph and the gateway as separate processes,
 * waits until each of its own children is ready, and prints where to go. Ctrl-C stops everything,
 * gateway first and database last; every child also stops by itself when the launcher dies, even
 * on kill -9 (shared/launcher-link.ts). The processes' logs go to <data dir>/logs/.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { signHubToken } from '#hub/shared/auth';
import { dateInEngland } from '#hub/shared/clock';
import { loadConfig, type HubConfig } from '#hub/shared/config';
import { randomSigningSecret } from '#hub/shared/gateway-signature';
import { isListeningMessage } from '#hub/shared/launcher-link';
import { DEMO_PARTNERSHIP_ID } from '../subgraphs/demo-partnership';
import type { DatabaseStarted, DatabaseUsers } from './embedded-database';
import { checkPortsFree, portsTheHubListensOn } from './free-ports';
import { claimLauncherLock } from './launcher-lock';

const READY_TIMEOUT_MS = 120_000;

interface Service {
  readonly name: string;
  readonly process: ChildProcess;
  readonly logFile: string;
  /** Resolves with the port once the child says it is listening there. */
  readonly listening: Promise<number>;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const lock = claimLauncherLock(config.dataDir);
  process.on('exit', () => lock.release());
  await checkPortsFree(config.host, portsTheHubListensOn(config));
  const logDir = path.join(config.dataDir, 'logs');
  fs.mkdirSync(logDir, { recursive: true });

  const services: Service[] = [];
  let database: Service | null = null;
  let stopping = false;
  const stopAll = async (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    say('Stopping the hub…');
    // The gateway first, so its requests in flight still find their subgraphs; the database last.
    const gateway = services.filter((service) => service.name === 'gateway');
    await Promise.all(gateway.map(stopService));
    await Promise.all(services.filter((service) => !gateway.includes(service)).map(stopService));
    if (database) await stopService(database);
    say('Stopped.');
    process.exit(exitCode);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  const launch = (name: string, script: string, args: string[], env: NodeJS.ProcessEnv = {}): Service => {
    const logFile = path.join(logDir, `${name}.log`);
    const output = fs.openSync(logFile, 'a');
    const child = spawn(process.execPath, [path.join(__dirname, '..', script), ...args], {
      env: { ...process.env, ...env },
      // Its own process group: a Ctrl-C in the terminal reaches only the launcher, which stops
      // the children in order. The IPC channel is how a child knows the launcher has gone.
      detached: true,
      stdio: ['ignore', output, output, 'ipc'],
    });
    fs.closeSync(output);
    const listening = new Promise<number>((resolve) =>
      child.on('message', (message) => {
        if (isListeningMessage(message)) resolve(message.listening);
      }),
    );
    const service = { name, process: child, logFile, listening };
    child.on('exit', (code) => {
      if (stopping) return;
      say(`${name} stopped unexpectedly (exit ${code}). Last lines of ${logFile}:\n${tail(logFile)}`);
      void stopAll(1);
    });
    return service;
  };

  try {
    let databaseUrl = config.databaseUrl;
    if (databaseUrl) {
      say('Using the PostgreSQL server at DATABASE_URL.');
    } else {
      say(`Starting the embedded PostgreSQL server (data in ${config.dataDir}).`);
      database = launch('postgres', 'scripts/embedded-database.js', []);
      databaseUrl = await databaseStarted(database);
    }
    // Outside production none need be configured: this run's gateway and subgraphs share a fresh one.
    const env = { DATABASE_URL: databaseUrl, GATEWAY_SIGNING_SECRET: config.gatewaySigning.secret ?? randomSigningSecret() };
    const started = (service: Service) => {
      services.push(service);
      const users: DatabaseUsers = { services: services.map((each) => each.process.pid!) };
      database?.process.send(users);
      return service;
    };
    await Promise.all(
      config.subgraphs.map((subgraph) =>
        waitUntilReady(started(launch(subgraph.name, 'subgraphs/main.js', [subgraph.name], env)), config.host, subgraph.port),
      ),
    );
    await waitUntilReady(started(launch('gateway', 'gateway/src/main.js', [], env)), config.host, config.gatewayPort);
  } catch (error) {
    say((error as Error).message);
    await stopAll(1);
  }
  await printWelcome(config);
}

function databaseStarted(database: Service): Promise<string> {
  return new Promise((resolve, reject) => {
    database.process.on('message', (message: DatabaseStarted) => {
      if (typeof message.databaseUrl === 'string') resolve(message.databaseUrl);
    });
    database.process.once('exit', () => reject(new Error(`the embedded PostgreSQL server did not start; see ${database.logFile}`)));
  });
}

/**
 * Ready means: this launcher's own child says it listens on the port, and that port's /ready
 * answers 200. Another program answering there would not count.
 */
async function waitUntilReady(service: Service, host: string, port: number): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  const readyUrl = `http://${host}:${port}/ready`;
  let listeningOn: number | null = null;
  void service.listening.then((actual) => (listeningOn = actual));
  while (Date.now() < deadline) {
    if (service.process.exitCode !== null) throw new Error(`${service.name} exited while starting; see ${service.logFile}`);
    if (listeningOn !== null && listeningOn !== port) throw new Error(`${service.name} listens on ${listeningOn}, not ${port}`);
    if (
      listeningOn === port &&
      (await fetch(readyUrl).then(
        (response) => response.ok,
        () => false,
      ))
    ) {
      return;
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
  const origin = `http://${config.host}:${config.gatewayPort}`;
  const url = `${origin}/graphql`;
  const token = config.jwt.secret
    ? await signHubToken(config, 'demo-partnership-admin', { roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] }, '8h')
    : null;
  const query = `{ partnership(id: "${DEMO_PARTNERSHIP_ID}") { name councils { name gssCode headcount { inPost agency agencyRate } } } }`;
  say(
    [
      '',
      `Partnership Hub is running. Dashboard: ${origin}/`,
      `GraphQL gateway: ${url}${config.graphiql ? ' (a browser there gets the GraphQL IDE)' : ''}`,
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
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
