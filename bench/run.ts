/**
 * `npm run bench -- --scale N`: the hub under load at N times the demo partnership. Seeds the demo
 * on DATABASE_URL's server (or an embedded PostgreSQL) in a database of its own, copies it N times
 * (scale-data.ts), runs the gateway and each subgraph as production processes, and drives every
 * scenario (scenarios.ts) with autocannon at each number of connections: through the gateway, then
 * straight to the one subgraph that answers it whole, and against the hand-written reference where
 * there is one. Saves bench/results/scale-N.json and rewrites bench/results.md from every scale's
 * file. Figures, not assertions.
 */
import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { signHubToken } from '#hub/shared/auth';
import { HUB_NOW_HEADER, systemClock } from '#hub/shared/clock';
import { loadConfig, type HubConfig } from '#hub/shared/config';
import { resolveDatabase } from '#hub/shared/database';
import { GATEWAY_SIGNATURE_HEADER, signGatewayRequest } from '#hub/shared/gateway-signature';
import { createLogger } from '#hub/shared/logger';
import { REQUEST_ID_HEADER } from '#hub/shared/request-id';
import { createScratchDatabase } from '#hub/shared/scratch-database';
import { subgraphRegistry } from '#hub/shared/subgraph-registry';
import { startSubgraphServer } from '#hub/shared/subgraph-server';
import { loadSubgraph } from '../subgraphs/load-subgraph';
import { freePort, launchProcess, startHubProcesses, THIS_BUILD, type HubProcess, type HubSecrets } from './hub-processes';
import { runLoad, type HttpRequest } from './load';
import { PROFILE_DIR, PROFILE_PROCESSES } from './profile-summary';
import { BASELINE_PREFIX, BASELINE_VIA, writeResultsTable, type BenchRun, type ScaleResults, type SoakResult } from './results-table';
import { scaleDemoData, type ScaledPartnership } from './scale-data';
import { SCENARIOS, type PartnershipRecords, type Scenario } from './scenarios';

/** Distinct tokens signed per scenario and target; the requests cycle through them. */
const TOKENS_PER_SCENARIO = 2_000;
const WARM_UP_SECONDS = 1;
const SOAK_CONNECTIONS = 10;
const SOAK_WARM_UP_SECONDS = 30;
const SOAK_SAMPLE_SECONDS = 10;
/** An answer with GraphQL errors counts as failed, besides a status other than 200. */
const failed = (body: string) => body.includes('"errors":');
/** The hub's clock: the day the run is made for and printed under, and the instant a direct call carries. */
const clock = systemClock();

interface Options {
  readonly scale: number;
  readonly connections: readonly number[];
  readonly seconds: number;
  readonly only: string | null;
  readonly profileDir: string | null;
  /** Another checkout, built, whose hub runs beside this one: each gateway run is repeated on it. */
  readonly baselineDir: string | null;
  /** Seconds of mixed reads at 10 connections after the scenarios, watching each process's memory; 0 for none. */
  readonly soakSeconds: number;
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const log = createLogger('bench', 'silent');
  const setupConfig = loadConfig({
    LOG_LEVEL: 'silent',
    DATABASE_URL: process.env.DATABASE_URL,
    HUB_DATA_DIR: path.resolve('data', 'bench'),
  });
  const server = await resolveDatabase(setupConfig, log);
  const database = await createScratchDatabase(server.url, 'hub_bench');
  const say = (line: string) => process.stdout.write(`${line}\n`);
  try {
    let startedAt = performance.now();
    await seedDemo(setupConfig, database.url);
    const seedMs = performance.now() - startedAt;
    startedAt = performance.now();
    const partnerships = await scaleDemoData(database.url, options.scale);
    const scaleMs = performance.now() - startedAt;
    say(`Seeded the demo in ${Math.round(seedMs)} ms and scaled it to ${partnerships.length} partnerships in ${Math.round(scaleMs)} ms.`);
    const records = await partnershipRecords(database.url, partnerships);

    const secrets: HubSecrets = {
      jwtSecret: randomBytes(32).toString('hex'),
      jwtIssuer: 'https://identity.partnership-hub.test',
      jwtAudience: 'partnership-hub',
      gatewaySigningSecret: randomBytes(32).toString('hex'),
    };
    const tokenConfig = loadConfig({
      JWT_SECRET: secrets.jwtSecret,
      JWT_ISSUER: secrets.jwtIssuer,
      JWT_AUDIENCE: secrets.jwtAudience,
      GATEWAY_SIGNING_SECRET: secrets.gatewaySigningSecret,
    });
    if (options.profileDir) {
      fs.rmSync(options.profileDir, { recursive: true, force: true });
      fs.mkdirSync(options.profileDir, { recursive: true });
    }
    const hub = await startHubProcesses(database.url, secrets, { profileDir: options.profileDir });
    const baseline = options.baselineDir
      ? await startHubProcesses(database.url, secrets, { distDir: path.join(options.baselineDir, 'dist'), namePrefix: BASELINE_PREFIX })
      : null;
    const referencePort = await freePort();
    const reference = await launchProcess(
      'reference',
      path.join(THIS_BUILD, 'bench', 'reference-server.js'),
      [],
      { PATH: process.env.PATH, DATABASE_URL: database.url, PORT: String(referencePort), ...jwtEnv(secrets) },
      referencePort,
    );
    const processes = [hub.gateway, ...hub.subgraphs, reference.hub, ...(baseline ? [baseline.gateway, ...baseline.subgraphs] : [])];
    if (options.profileDir) {
      fs.writeFileSync(
        PROFILE_PROCESSES,
        JSON.stringify(Object.fromEntries(processes.map((process) => [process.meter.pid, process.name]))),
      );
    }
    const runs: BenchRun[] = [];
    let soak: SoakResult | null = null;
    try {
      for (const scenario of SCENARIOS.filter((candidate) => !options.only || candidate.name.includes(options.only))) {
        const targets: { via: string; url: string; sign: (request: HttpRequest) => HttpRequest }[] = [
          { via: 'gateway', url: hub.gateway.url, sign: (request) => request },
          ...(baseline ? [{ via: BASELINE_VIA, url: baseline.gateway.url, sign: (request: HttpRequest) => request }] : []),
        ];
        if (scenario.wholeSubgraph) {
          const subgraph = hub.subgraphs.find((candidate) => candidate.name === scenario.wholeSubgraph)!;
          targets.push({
            via: `${subgraph.name} subgraph directly`,
            url: subgraph.url,
            sign: signedAs(subgraph.name, secrets.gatewaySigningSecret),
          });
        }
        if (scenario.reference) targets.push({ via: 'hand-written reference', url: reference.hub.url, sign: (request) => request });
        const requests = await preparedRequests(tokenConfig, scenario, partnerships, records);
        for (const target of targets) {
          for (const connections of options.connections) {
            const run = await measure(scenario, target, connections, requests, processes, options.seconds);
            runs.push(run);
            say(
              `${scenario.name} via ${target.via}, ${connections} connections: ${run.requestsPerSecond.toFixed(1)} req/s, p95 ${run.p95Ms.toFixed(1)} ms, ${run.sqlStatementsPerRequest.toFixed(1)} SQL/request, ${run.failures} failed`,
            );
          }
        }
      }
      if (options.soakSeconds > 0) {
        const reads = await Promise.all(
          SCENARIOS.filter((scenario) => scenario.kind === 'read').map((scenario) =>
            preparedRequests(tokenConfig, scenario, partnerships, records),
          ),
        );
        // The scenarios' requests interleaved, so every view is asked throughout.
        const mixed = reads[0].flatMap((_, index) => reads.map((requests) => requests[index]));
        say(`Soak: mixed reads through the gateway at ${SOAK_CONNECTIONS} connections for ${options.soakSeconds} s…`);
        soak = await soakRun(hub.gateway.url, mixed, [hub.gateway, ...hub.subgraphs], options.soakSeconds);
        for (const [name, samples] of Object.entries(soak.rssMb)) {
          say(`  ${name}: ${samples[0].toFixed(0)} MB after the warm-up, ${samples[samples.length - 1].toFixed(0)} MB at the end`);
        }
      }
    } finally {
      await hub.stop();
      await baseline?.stop();
      await reference.stop();
    }
    const results: ScaleResults = {
      scale: options.scale,
      partnerships: partnerships.length,
      date: clock.today(),
      machine: machineDescription(),
      database: process.env.DATABASE_URL ? 'PostgreSQL at DATABASE_URL' : 'embedded PostgreSQL',
      seedMs,
      scaleMs,
      secondsPerRun: options.seconds,
      runs,
      soak,
    };
    const file = writeResultsTable(results);
    say(`Saved to ${path.relative(process.cwd(), file)} and bench/results.md`);
  } finally {
    await database.drop();
    await server.stop();
  }
}

function readOptions(args: readonly string[]): Options {
  const value = (name: string) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const scale = Number(value('scale') ?? 1);
  const connections = (value('connections') ?? '1,10,50').split(',').map(Number);
  const seconds = Number(value('seconds') ?? 5);
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`--scale must be a whole number from 1; got ${value('scale')}`);
  if (connections.some((count) => !Number.isInteger(count) || count < 1)) {
    throw new Error(`--connections must be whole numbers, e.g. 1,10,50`);
  }
  if (!(seconds >= 1)) throw new Error(`--seconds must be at least 1; got ${value('seconds')}`);
  const profileDir = args.includes('--profile') ? PROFILE_DIR : null;
  const baselineDir = value('baseline') ? path.resolve(value('baseline')!) : null;
  if (baselineDir && !fs.existsSync(path.join(baselineDir, 'dist', 'gateway', 'src', 'main.js'))) {
    throw new Error(`--baseline ${baselineDir} holds no built hub: run npm ci and npm run build there first`);
  }
  const soakSeconds = Number(value('soak') ?? 0);
  if (!Number.isInteger(soakSeconds) || soakSeconds < 0) throw new Error(`--soak must be a whole number of seconds; got ${value('soak')}`);
  return { scale, connections, seconds, only: value('only') ?? null, profileDir, baselineDir, soakSeconds };
}

/** Each subgraph seeds its part of the demo, in process, as on a hub's first start. */
async function seedDemo(config: HubConfig, databaseUrl: string): Promise<void> {
  const log = createLogger('bench', 'silent');
  for (const { name } of subgraphRegistry) {
    const subgraph = await startSubgraphServer(loadSubgraph(name), { config, log, databaseUrl, port: 0, seedDemoData: true });
    await subgraph.stop();
  }
}

async function partnershipRecords(
  databaseUrl: string,
  partnerships: readonly ScaledPartnership[],
): Promise<Map<string, PartnershipRecords>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const practitioners = await client.query<{ id: string; council_id: string }>(
      'SELECT id, council_id FROM councils.practitioner ORDER BY id',
    );
    const enrolments = await client.query<{ id: string; council_id: string }>(
      `SELECT id, council_id FROM leadership.pathway_enrolment WHERE status = 'ACTIVE' ORDER BY id`,
    );
    return new Map(
      partnerships.map((partnership) => {
        const ours = (row: { council_id: string }) => partnership.councilIds.includes(row.council_id);
        const byCouncil = (row: { id: string; council_id: string }) => ({ id: row.id, councilId: row.council_id });
        return [
          partnership.partnershipId,
          { practitioners: practitioners.rows.filter(ours).map(byCouncil), activeEnrolments: enrolments.rows.filter(ours).map(byCouncil) },
        ];
      }),
    );
  } finally {
    await client.end();
  }
}

/** A token of its own for each prepared request, for the partnerships in turn. */
async function preparedRequests(
  config: HubConfig,
  scenario: Scenario,
  partnerships: readonly ScaledPartnership[],
  records: ReadonlyMap<string, PartnershipRecords>,
): Promise<HttpRequest[]> {
  const today = clock.today();
  const requests: HttpRequest[] = [];
  for (let n = 0; n < TOKENS_PER_SCENARIO; n += 1) {
    const partnership = partnerships[n % partnerships.length];
    const request = scenario.request(partnership, records.get(partnership.partnershipId)!, Math.floor(n / partnerships.length), today);
    const token = await signHubToken(config, `bench-person-${n}`, request.claims, '2h');
    requests.push({
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: request.query, variables: request.variables }),
    });
  }
  return requests;
}

/** A request as the gateway would send it to that subgraph: with the hub's clock and the gateway's signature. */
function signedAs(subgraph: string, secret: string) {
  return (request: HttpRequest): HttpRequest => {
    const requestId = randomUUID();
    const hubNow = clock.now().toISOString();
    const signature = signGatewayRequest(secret, {
      method: 'POST',
      search: '',
      subgraph,
      requestId,
      hubNow,
      timeLeftMs: '',
      idempotencyKey: '',
      authorization: request.headers.authorization,
      body: request.body,
    });
    return {
      body: request.body,
      headers: { ...request.headers, [REQUEST_ID_HEADER]: requestId, [HUB_NOW_HEADER]: hubNow, [GATEWAY_SIGNATURE_HEADER]: signature },
    };
  };
}

async function measure(
  scenario: Scenario,
  target: { via: string; url: string; sign: (request: HttpRequest) => HttpRequest },
  connections: number,
  requests: readonly HttpRequest[],
  processes: readonly HubProcess[],
  seconds: number,
): Promise<BenchRun> {
  let next = 0;
  const nextRequest = () => target.sign(requests[next++ % requests.length]);
  await runLoad({ url: target.url, connections, durationSeconds: WARM_UP_SECONDS, nextRequest, failed });
  // The process the load reaches logs each request it answers; the statements are counted over those.
  const entry = processes.find((process) => target.url === process.url);
  await settleLogs();
  const cpuBefore = processes.map((process) => process.meter.cpuMs());
  const statementsBefore = processes.reduce((total, process) => total + process.logged().sqlStatements, 0);
  const answeredBefore = entry?.logged().requests ?? 0;
  for (const process of processes) process.meter.startPeak();
  let refused = 0;
  const result = await runLoad({
    url: target.url,
    connections,
    durationSeconds: seconds,
    nextRequest,
    failed: (body) => {
      if (body.includes('"userErrors":[{')) refused += 1;
      return failed(body);
    },
  });
  const peaks = processes.map((process) => process.meter.stopPeak());
  await settleLogs();
  const statements = processes.reduce((total, process) => total + process.logged().sqlStatements, 0) - statementsBefore;
  const answered = (entry?.logged().requests ?? 0) - answeredBefore;
  return {
    scenario: scenario.name,
    kind: scenario.kind,
    via: target.via,
    connections,
    ...result,
    refused,
    // The reference runs exactly one statement per answer and logs nothing.
    sqlStatementsPerRequest: target.via === 'hand-written reference' ? 1 : statements / Math.max(1, answered),
    cpuMsPerRequest: Object.fromEntries(
      processes.map((process, index) => [process.name, (process.meter.cpuMs() - cpuBefore[index]) / Math.max(1, result.requests)]),
    ),
    peakRssMb: Object.fromEntries(processes.map((process, index) => [process.name, peaks[index] / 1024 / 1024])),
  };
}

/**
 * Mixed load for a long time, sampling each process's resident memory: the first sample is taken
 * after a warm-up, once caches and pools have filled, so growth from there is what the work leaks.
 */
async function soakRun(
  url: string,
  requests: readonly HttpRequest[],
  processes: readonly HubProcess[],
  seconds: number,
): Promise<SoakResult> {
  let next = 0;
  const nextRequest = () => requests[next++ % requests.length];
  await runLoad({ url, connections: SOAK_CONNECTIONS, durationSeconds: SOAK_WARM_UP_SECONDS, nextRequest, failed });
  const rssMb: Record<string, number[]> = Object.fromEntries(
    processes.map((process) => [process.name, [process.meter.rssBytes() / 2 ** 20]]),
  );
  const sampler = setInterval(() => {
    for (const process of processes) rssMb[process.name].push(process.meter.rssBytes() / 2 ** 20);
  }, SOAK_SAMPLE_SECONDS * 1000);
  const result = await runLoad({ url, connections: SOAK_CONNECTIONS, durationSeconds: seconds, nextRequest, failed });
  clearInterval(sampler);
  for (const process of processes) rssMb[process.name].push(process.meter.rssBytes() / 2 ** 20);
  return {
    seconds,
    connections: SOAK_CONNECTIONS,
    requests: result.requests,
    failures: result.failures,
    sampleSeconds: SOAK_SAMPLE_SECONDS,
    rssMb,
  };
}

/** Lets the log lines of the last answers arrive, so they are counted in the run they belong to. */
function settleLogs(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 300));
}

function jwtEnv(secrets: HubSecrets): NodeJS.ProcessEnv {
  return { JWT_SECRET: secrets.jwtSecret, JWT_ISSUER: secrets.jwtIssuer, JWT_AUDIENCE: secrets.jwtAudience };
}

function machineDescription(): string {
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()}`;
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
