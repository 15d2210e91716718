import net from 'node:net';
import { Client } from 'pg';
import { signHubToken } from '#hub/shared/auth';
import { loadConfig } from '#hub/shared/config';
import { createScratchDatabase, type ScratchDatabase } from '#hub/shared/scratch-database';
import { subgraphRegistry } from '#hub/shared/subgraph-registry';
import { DEMO_PARTNERSHIP_ID } from '../subgraphs/demo-partnership';
import { recordScenario, timed } from './support/reliability-record';
import { freePort, listening, startProcess, waitUntilReady, type ServiceProcess } from './support/service-process';

/**
 * SIGTERM to a real gateway and a real subgraph process while requests are running. The test
 * holds a lock on the councils table, so each request waits in the database until it lets go:
 * slow requests the hub really serves, with nothing added to it for the test.
 */
const IN_FLIGHT = 8;
const QUERY = '{ councils { totalCount } }';

describe('a service stopped with SIGTERM drains', () => {
  let database: ScratchDatabase;
  let token: string;
  let councilsPort: number;
  let councils: ServiceProcess;
  const started: ServiceProcess[] = [];

  const env = (extra: Record<string, string>) => ({
    DATABASE_URL: database.url,
    GATEWAY_SIGNING_SECRET: '',
    LOG_LEVEL: 'warn',
    SEED_DEMO_DATA: 'true',
    ...extra,
  });

  beforeAll(async () => {
    database = await createScratchDatabase(process.env.TEST_DATABASE_SERVER_URL!, 'hub_drain');
    councilsPort = await freePort();
    councils = startProcess('subgraphs/main.js', ['councils'], env({ COUNCILS_PORT: String(councilsPort) }));
    started.push(councils);
    await waitUntilReady(councils, `http://127.0.0.1:${councilsPort}/ready`);
    token = await signHubToken(loadConfig({}), 'drain-test', { roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] }, '1h');
  });
  afterAll(async () => {
    for (const service of started) if (service.child.exitCode === null) service.child.kill('SIGKILL');
    await database.drop();
  });

  async function stopDuringSlowRequests(service: ServiceProcess, port: number) {
    const lock = new Client({ connectionString: database.url });
    await lock.connect();
    try {
      await lock.query('BEGIN');
      await lock.query('LOCK TABLE councils.council IN ACCESS EXCLUSIVE MODE');
      const answers = Array.from({ length: IN_FLIGHT }, () => ask(port));
      await until(async () => (await waitingOnLocks(lock)) >= IN_FLIGHT);
      const readyCheck = await readyCheckInTransit(port);
      service.child.kill('SIGTERM');
      await until(async () => !(await listening(port)));
      const refusedWhileDraining = !(await listening(port));
      const readyStatus = await readyCheck();
      const stillRunning = service.child.exitCode === null;
      await lock.query('ROLLBACK');
      return { answers: await Promise.all(answers), refusedWhileDraining, readyStatus, stillRunning, exitCode: await service.exited() };
    } finally {
      await lock.end();
    }
  }

  async function ask(port: number) {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: QUERY }),
    });
    return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: unknown } };
  }

  const answeredInFull = { status: 200, body: { data: { councils: { totalCount: 7 } } } };
  /** Every request in flight answered in full, new connections refused, not ready while draining, and a clean exit. */
  const drainedCleanly = {
    answers: Array(IN_FLIGHT).fill(answeredInFull),
    refusedWhileDraining: true,
    readyStatus: 503,
    stillRunning: true,
    exitCode: 0,
  };

  it('the gateway answers every request in flight, refuses new connections, says 503 on /ready and exits 0', async () => {
    const port = await freePort();
    const gateway = startProcess(
      'gateway/src/main.js',
      [],
      // The gateway is ready only when every subgraph is; these requests need only councils, so every URL points there.
      env({
        GATEWAY_PORT: String(port),
        ...Object.fromEntries(
          subgraphRegistry.map(({ name }) => [`${name.toUpperCase()}_URL`, `http://127.0.0.1:${councilsPort}/graphql`]),
        ),
      }),
    );
    started.push(gateway);
    await waitUntilReady(gateway, `http://127.0.0.1:${port}/ready`);
    expect(await ask(port)).toEqual(answeredInFull);

    const [stopped, drainMs] = await timed(() => stopDuringSlowRequests(gateway, port));

    recordDrain('the gateway', stopped, drainMs);
    expect(stopped).toEqual(drainedCleanly);
  });

  it('a subgraph answers every request in flight, refuses new connections, says 503 on /ready and exits 0', async () => {
    expect(await ask(councilsPort)).toEqual(answeredInFull);

    const [stopped, drainMs] = await timed(() => stopDuringSlowRequests(councils, councilsPort));

    recordDrain('the councils subgraph', stopped, drainMs);
    expect(stopped).toEqual(drainedCleanly);
  });
});

interface Drained {
  answers: { status: number; body: { errors?: unknown } }[];
  refusedWhileDraining: boolean;
  readyStatus: number;
  exitCode: number | null;
}

function recordDrain(service: string, stopped: Drained, drainMs: number): void {
  const answered = stopped.answers.filter((answer) => answer.status === 200 && !answer.body.errors).length;
  recordScenario({
    probe: `SIGTERM to ${service} during slow requests`,
    done: `${IN_FLIGHT} requests held in the database by a table lock, SIGTERM, then the lock released`,
    figures: `${answered} of ${IN_FLIGHT} answered in full, ${IN_FLIGHT - answered} cut off; new connections refused: ${stopped.refusedWhileDraining ? 'yes' : 'no'}; /ready while draining: ${stopped.readyStatus}; exit code ${stopped.exitCode}; ${drainMs} ms from the first request to exit`,
  });
}

/** Sessions of this database waiting for a lock: the requests held by the test's lock. */
async function waitingOnLocks(lock: Client): Promise<number> {
  // Inside a transaction, PostgreSQL would otherwise show the activity as first read in it.
  await lock.query('SELECT pg_stat_clear_snapshot()');
  const { rows } = await lock.query<{ count: string }>(
    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
  );
  return Number(rows[0].count);
}

/**
 * A /ready check already on its way when the signal comes: its first bytes are sent now, the
 * rest when the returned function is called, which resolves with the status it got.
 */
async function readyCheckInTransit(port: number): Promise<() => Promise<number>> {
  const socket = net.connect(port, '127.0.0.1');
  await new Promise((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  socket.write('GET /ready HTTP/1.1\r\nHost: 127.0.0.1\r\n');
  return () =>
    new Promise((resolve, reject) => {
      let reply = '';
      socket.on('data', (chunk) => (reply += chunk));
      socket.once('error', reject);
      socket.once('close', () => resolve(Number(/^HTTP\/1\.1 (\d+)/.exec(reply)?.[1] ?? 0)));
      socket.write('\r\n');
    });
}

async function until(condition: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not so after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
