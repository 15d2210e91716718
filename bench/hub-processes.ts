/**
 * The hub as it runs in production, for the benchmarks: each subgraph and the gateway a process of
 * its own (`node dist/...`, NODE_ENV=production, logging every request at info to a file, as
 * `npm start` does), so each one's CPU time and memory can be read from /proc, and the SQL
 * statements each request ran from its log. A file, not a pipe: a log written to a pipe the busy
 * benchmark reads late would block the process on each line and charge it for the wait.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import fs from 'node:fs';
import { isListeningMessage } from '#hub/shared/launcher-link';
import { subgraphRegistry } from '#hub/shared/subgraph-registry';
import { ProcessMeter } from './process-meter';

const READY_TIMEOUT_MS = 60_000;
const LOG_DIR = path.resolve('data', 'bench', 'logs');

export interface HubProcess {
  readonly name: string;
  readonly url: string;
  readonly meter: ProcessMeter;
  /** Requests answered and SQL statements run so far, as the process logged them. */
  logged(): { readonly requests: number; readonly sqlStatements: number };
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

export interface HubProcessOptions {
  /** Each process writes a V8 CPU profile there when it stops (node --cpu-prof). */
  readonly profileDir?: string | null;
  /** The build to run: this checkout's dist/, or another's, to compare two versions in one run. */
  readonly distDir?: string;
  /** Put before each process's name, to tell two hubs' processes apart. */
  readonly namePrefix?: string;
}

export const THIS_BUILD = path.join(__dirname, '..');

export async function startHubProcesses(databaseUrl: string, secrets: HubSecrets, options: HubProcessOptions = {}): Promise<RunningHub> {
  const { profileDir = null, distDir = THIS_BUILD, namePrefix = '' } = options;
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
    const profiling = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
    for (const { name } of subgraphRegistry) {
      started.push(
        await launchProcess(`${namePrefix}${name}`, path.join(distDir, 'subgraphs', 'main.js'), [name], env, ports[name], profiling),
      );
    }
    started.push(
      await launchProcess(`${namePrefix}gateway`, path.join(distDir, 'gateway', 'src', 'main.js'), [], env, ports.gateway, profiling),
    );
  } catch (error) {
    await stop();
    throw error;
  }
  const hubs = started.map(({ hub }) => hub);
  const gateway = hubs.find((hub) => hub.name === `${namePrefix}gateway`)!;
  return { gateway, subgraphs: hubs.filter((hub) => hub !== gateway), stop };
}

export interface LaunchedProcess {
  readonly hub: HubProcess;
  stop(): Promise<void>;
}

/** Starts `node <script>` and waits until it says, on its IPC channel, that it is listening. */
export async function launchProcess(
  name: string,
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  port: number,
  nodeOptions: string[] = [],
): Promise<LaunchedProcess> {
  fs.mkdirSync(LOG_DIR, { recursive: true });
  const logFile = path.join(LOG_DIR, `${name}.log`);
  const output = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, [...nodeOptions, script, ...args], {
    env,
    stdio: ['ignore', output, output, 'ipc'],
  });
  fs.closeSync(output);
  const log = new RequestLog(logFile);
  const lastLines = () => fs.readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n');
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${name} was not listening after ${READY_TIMEOUT_MS} ms:\n${lastLines()}`)),
      READY_TIMEOUT_MS,
    );
    child.on('message', (message) => {
      if (!isListeningMessage(message)) return;
      clearTimeout(timer);
      resolve();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} stopped (exit ${code}) before it listened:\n${lastLines()}`));
    });
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  return { hub: { name, url, meter: new ProcessMeter(child.pid!), logged: () => log.read() }, stop: () => stopChild(child) };
}

/** A process's log file, read on from where the last reading stopped. */
class RequestLog {
  private offset = 0;
  private partialLine = '';
  private totals = { requests: 0, sqlStatements: 0 };

  constructor(private readonly file: string) {}

  read(): { readonly requests: number; readonly sqlStatements: number } {
    const size = fs.statSync(this.file).size;
    if (size > this.offset) {
      const chunk = Buffer.alloc(size - this.offset);
      const descriptor = fs.openSync(this.file, 'r');
      fs.readSync(descriptor, chunk, 0, chunk.length, this.offset);
      fs.closeSync(descriptor);
      this.offset = size;
      const lines = (this.partialLine + chunk.toString('utf8')).split('\n');
      this.partialLine = lines.pop() ?? '';
      for (const line of lines) this.count(line);
    }
    return { ...this.totals };
  }

  private count(line: string): void {
    if (!line.includes('"msg":"request"')) return;
    const entry = JSON.parse(line) as { sqlStatements?: unknown };
    this.totals.requests += 1;
    this.totals.sqlStatements += typeof entry.sqlStatements === 'number' ? entry.sqlStatements : 0;
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
