/**
 * The hub as it runs in production, for the benchmarks: each subgraph and the gateway a process of
 * its own (`node dist/...`, NODE_ENV=production, logging every request at info), so each one's CPU
 * time and memory can be read from /proc, and the SQL statements each request ran from its log.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { isListeningMessage } from '#hub/shared/launcher-link';
import { subgraphRegistry } from '#hub/shared/subgraph-registry';
import { ProcessMeter } from './process-meter';

const READY_TIMEOUT_MS = 60_000;

export interface HubProcess {
  readonly name: string;
  readonly url: string;
  readonly meter: ProcessMeter;
  /** Requests answered and SQL statements run, as the process logged them. */
  readonly logged: { requests: number; sqlStatements: number };
}

export interface RunningHub {
  readonly gateway: HubProcess;
  readonly subgraphs: readonly HubProcess[];
  stop(): Promise<void>;
}

/** Settings every process of the benchmarked hub shares: production, with secrets made for the run. */
export interface HubSecrets {
  readonly jwtSecret: string;
  readonly jwtIssuer: string;
  readonly jwtAudience: string;
  readonly gatewaySigningSecret: string;
}

export async function startHubProcesses(databaseUrl: string, secrets: HubSecrets): Promise<RunningHub> {
  const ports = Object.fromEntries(
    await Promise.all(['gateway', ...subgraphRegistry.map((entry) => entry.name)].map(async (name) => [name, await freePort()])),
  );
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    SEED_DEMO_DATA: 'false',
    JWT_SECRET: secrets.jwtSecret,
    JWT_ISSUER: secrets.jwtIssuer,
    JWT_AUDIENCE: secrets.jwtAudience,
    GATEWAY_SIGNING_SECRET: secrets.gatewaySigningSecret,
    GATEWAY_PORT: String(ports.gateway),
    ...Object.fromEntries(subgraphRegistry.map(({ name }) => [`${name.toUpperCase()}_PORT`, String(ports[name])])),
  };
  const started: LaunchedProcess[] = [];
  const stop = async () => {
    await Promise.all(started.map((launched) => launched.stop()));
  };
  try {
    for (const { name } of subgraphRegistry) {
      started.push(await launchProcess(name, path.join('subgraphs', 'main.js'), [name], env, ports[name]));
    }
    started.push(await launchProcess('gateway', path.join('gateway', 'src', 'main.js'), [], env, ports.gateway));
  } catch (error) {
    await stop();
    throw error;
  }
  const hubs = started.map(({ hub }) => hub);
  return { gateway: hubs.find((hub) => hub.name === 'gateway')!, subgraphs: hubs.filter((hub) => hub.name !== 'gateway'), stop };
}

export interface LaunchedProcess {
  readonly hub: HubProcess;
  stop(): Promise<void>;
}

/** Starts `node dist/<script>` and waits until it says, on its IPC channel, that it is listening. */
export async function launchProcess(
  name: string,
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  port: number,
): Promise<LaunchedProcess> {
  const child = spawn(process.execPath, [path.join(__dirname, '..', script), ...args], { env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const logged = { requests: 0, sqlStatements: 0 };
  const lastLines: string[] = [];
  const remember = (line: string) => {
    lastLines.push(line);
    if (lastLines.length > 20) lastLines.shift();
  };
  readline.createInterface({ input: child.stdout! }).on('line', (line) => {
    const entry = parseLogLine(line);
    if (entry?.msg !== 'request') return remember(line);
    logged.requests += 1;
    logged.sqlStatements += typeof entry.sqlStatements === 'number' ? entry.sqlStatements : 0;
  });
  readline.createInterface({ input: child.stderr! }).on('line', remember);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${name} was not listening after ${READY_TIMEOUT_MS} ms:\n${lastLines.join('\n')}`)),
      READY_TIMEOUT_MS,
    );
    child.on('message', (message) => {
      if (!isListeningMessage(message)) return;
      clearTimeout(timer);
      resolve();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} stopped (exit ${code}) before it listened:\n${lastLines.join('\n')}`));
    });
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  return { hub: { name, url, meter: new ProcessMeter(child.pid!), logged }, stop: () => stopChild(child) };
}

function parseLogLine(line: string): Record<string, unknown> | null {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return null;
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const killed = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(killed);
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
