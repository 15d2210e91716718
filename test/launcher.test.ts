import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createScratchDatabase, type ScratchDatabase } from '#hub/shared/scratch-database';
import { descendantsOf, isRunning } from './support/process-tree';
import { recordScenario, timed } from './support/reliability-record';
import { freePort, listening } from './support/service-process';

/**
 * `npm start` as a new user meets it: the launcher on the embedded PostgreSQL, in a fresh data
 * directory, on free ports. It must print the gateway URL and a working demo token, stop cleanly
 * on Ctrl-C, keep its data across a restart, and leave nothing running when it is killed.
 */
describe('the launcher behind npm start', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'partnership-hub-launcher-'));
  let env: NodeJS.ProcessEnv;
  let ports: number[];

  beforeAll(async () => {
    ports = await hubPorts();
    env = { ...process.env, ...portSettings(ports), DATABASE_URL: '', HUB_DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(ports[5]) };
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('serves the demo partnership, stops on Ctrl-C and keeps its data across a restart', async () => {
    const first = await launch(env);
    const rollUp = await ask(first.url, first.token, '{ partnerships { nodes { councils { headcount { inPost } } } } }');
    const councils = rollUp.data.partnerships.nodes[0].councils;
    expect(councils).toHaveLength(7);
    expect(councils.reduce((sum: number, council: any) => sum + council.headcount.inPost, 0)).toBeGreaterThanOrEqual(300);
    const renamed = await ask(first.url, first.token, '{ partnerships { nodes { id } } }');
    const partnershipId = renamed.data.partnerships.nodes[0].id;
    await ask(
      first.url,
      first.token,
      `mutation { partnershipRename(input: { id: "${partnershipId}", name: "Renamed Before Restart" }) { userErrors { code } } }`,
    );
    expect(await stop(first.child)).toBe(0);

    const second = await launch(env);
    try {
      const after = await ask(second.url, second.token, '{ partnerships { totalCount nodes { name } } councils { totalCount } }');
      expect(after.data).toEqual({
        partnerships: { totalCount: 1, nodes: [{ name: 'Renamed Before Restart' }] },
        councils: { totalCount: 7 },
      });
    } finally {
      expect(await stop(second.child)).toBe(0);
    }
  });

  it('killed with -9, leaves no child running, the embedded PostgreSQL server included, frees every port, and starts again', async () => {
    const launcher = await launch(env);
    const children = descendantsOf(launcher.child.pid!);
    // Four subgraphs, the gateway, the database's keeper and PostgreSQL with its own workers.
    expect(children.length).toBeGreaterThan(7);

    launcher.child.kill('SIGKILL');
    const [left, goneMs] = await timed(() => allGone(children));
    const portsLeft = await portsInUse(ports);
    const [restarted, restartMs] = await timed(() => launch(env));
    const served = await ask(restarted.url, restarted.token, '{ councils { totalCount } }');
    const stoppedWith = await stop(restarted.child);

    recordScenario({
      probe: 'kill -9 of the launcher',
      done: '`npm start` on the embedded PostgreSQL, kill -9 of the launcher, then `npm start` again on the same data folder',
      figures: `${children.length} processes under it; ${left.length} left ${goneMs} ms later, ${portsLeft.length} ports in use; the next start served ${served.data?.councils.totalCount} councils after ${restartMs} ms and stopped with exit ${stoppedWith}`,
    });
    expect(left).toEqual([]);
    expect(portsLeft).toEqual([]);
    expect(served.data).toEqual({ councils: { totalCount: 7 } });
    expect(stoppedWith).toBe(0);
  });
});

describe('the launcher on a PostgreSQL server of your own', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'partnership-hub-launcher-'));
  let database: ScratchDatabase;
  let env: NodeJS.ProcessEnv;
  let ports: number[];

  beforeAll(async () => {
    database = await createScratchDatabase(process.env.TEST_DATABASE_SERVER_URL!, 'hub_launcher');
    ports = await hubPorts();
    env = { ...process.env, ...portSettings(ports), DATABASE_URL: database.url, HUB_DATA_DIR: dataDir };
  });
  afterAll(async () => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    await database.drop();
  });

  it('refuses a second start on the same data folder, naming the running pid; after kill -9 nothing is left and the next start takes over the lock', async () => {
    const first = await launch(env);

    const second = await refusal(env);
    expect(second.exitCode).toBe(1);
    expect(second.output).toContain(`Another Partnership Hub launcher (pid ${first.child.pid}) is running from ${dataDir}`);
    expect((await ask(first.url, first.token, '{ councils { totalCount } }')).data).toEqual({ councils: { totalCount: 7 } });

    const children = descendantsOf(first.child.pid!);
    expect(children).toHaveLength(5);
    first.child.kill('SIGKILL');
    expect(await allGone(children)).toEqual([]);
    expect(await portsInUse(ports)).toEqual([]);
    expect(fs.readFileSync(path.join(dataDir, 'launcher.lock'), 'utf8').trim()).toBe(String(first.child.pid));

    const after = await launch(env);
    try {
      expect((await ask(after.url, after.token, '{ councils { totalCount } }')).data).toEqual({ councils: { totalCount: 7 } });
    } finally {
      expect(await stop(after.child)).toBe(0);
    }
    expect(fs.existsSync(path.join(dataDir, 'launcher.lock'))).toBe(false);
  });

  it('refuses to start when one of its ports is taken, naming the port and its setting, and starts nothing', async () => {
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(ports[2], '127.0.0.1', resolve));
    try {
      const refused = await refusal(env);
      expect(refused.exitCode).toBe(1);
      expect(refused.output).toContain(`Port ${ports[2]} (the universities subgraph, UNIVERSITIES_PORT) is already in use on 127.0.0.1`);
      expect(await portsInUse(ports.filter((port) => port !== ports[2]))).toEqual([]);
      expect(fs.existsSync(path.join(dataDir, 'launcher.lock'))).toBe(false);
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  });
});

/** Free ports for the gateway, the four subgraphs (registry order) and the embedded PostgreSQL server. */
async function hubPorts(): Promise<number[]> {
  const ports: number[] = [];
  while (ports.length < 6) {
    const port = await freePort();
    if (!ports.includes(port)) ports.push(port);
  }
  return ports;
}

function portSettings(ports: number[]): NodeJS.ProcessEnv {
  const [gateway, councils, universities, placements, leadership] = ports.map(String);
  return {
    GATEWAY_PORT: gateway,
    COUNCILS_PORT: councils,
    UNIVERSITIES_PORT: universities,
    PLACEMENTS_PORT: placements,
    LEADERSHIP_PORT: leadership,
  };
}

function startLauncher(env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [path.join(__dirname, '..', 'scripts', 'start.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

async function launch(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string; token: string }> {
  const { child, output } = startLauncher(env);
  const deadline = Date.now() + 60_000;
  while (!/Press Ctrl-C to stop/.test(output())) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`The launcher did not start:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const url = /GraphQL gateway: (\S+)/.exec(output())![1];
  const token = /valid 8 hours\):\n(\S+)/.exec(output())![1];
  return { child, url, token };
}

async function refusal(env: NodeJS.ProcessEnv): Promise<{ exitCode: number | null; output: string }> {
  const { child, output } = startLauncher(env);
  const exitCode = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { exitCode, output: output() };
}

async function stop(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGINT');
  return exited;
}

async function ask(url: string, token: string, query: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

/** The processes still running once they have had time to stop by themselves (generous: "did not hang"). */
async function allGone(pids: number[], timeoutMs = 20_000): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  while (pids.some(isRunning) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  return pids.filter(isRunning);
}

async function portsInUse(ports: number[]): Promise<number[]> {
  const used: number[] = [];
  for (const port of ports) if (await listening(port)) used.push(port);
  return used;
}
