/**
 * Times the dashboard queries through the gateway on the demo partnership and counts the SQL
 * statements each runs: `npm run bench`. Uses DATABASE_URL's server, or an embedded PostgreSQL.
 * Prints a table and saves it to bench/results/gateway-queries.md. Figures, not assertions.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { startGateway } from '../gateway/src/gateway';
import { readCommittedSupergraph } from '../gateway/src/supergraph-file';
import { signHubToken } from '#hub/shared/auth';
import { loadConfig } from '#hub/shared/config';
import { resolveDatabase } from '#hub/shared/database';
import { randomSigningSecret } from '#hub/shared/gateway-signature';
import { createLogger } from '#hub/shared/logger';
import { createScratchDatabase } from '#hub/shared/scratch-database';
import { subgraphRegistry } from '#hub/shared/subgraph-registry';
import { startSubgraphServer, type RunningSubgraph } from '#hub/shared/subgraph-server';
import { DEMO_PARTNERSHIP_ID } from '../subgraphs/demo-partnership';
import { loadSubgraph } from '../subgraphs/load-subgraph';

const RUNS = 200;
const WARM_UP = 20;

const QUERIES: Record<string, string> = {
  'partnership roll-up (7 councils, headcount)': `{ partnership(id: "${DEMO_PARTNERSHIP_ID}") { name headcount { inPost agencyRate suppressed }
    councils { name gssCode headcount { inPost agency agencyRate suppressed } latestWorkforceSnapshot { agencyRate vacancyRate turnoverRate suppressed } } } }`,
  '7 councils, teams, 318 practitioners': `{ councils(first: 7) { nodes { name teams(first: 10) { nodes { name
    practitioners(first: 50) { totalCount nodes { sweNumber familyName team { name } } } } } } } }`,
  'one page of 100 practitioners':
    '{ practitioners(first: 100) { totalCount nodes { sweNumber familyName council { name } team { name } } } }',
  'partnership teaching, 7 councils with visits': `{ partnership(id: "${DEMO_PARTNERSHIP_ID}") { universities { name }
    teaching { sessions coDeliveredShare practitionerTeaching { hours } shadowing { hours lecturerDaysInPractice }
      byCouncil { council { name } practitionerTeaching { practitioners hours } shadowing { completed hours } } } }
    councils(first: 7) { nodes { name shadowingVisits(first: 20) { nodes { status visitOn lecturer { familyName } } } } } }`,
  'partnership placement supply and students’ days': `{ partnership(id: "${DEMO_PARTNERSHIP_ID}") {
    placementSupply { total { shortfall } byCouncil { council { name } committedStatutoryPlaces offeredStatutoryPlaces allocatedStatutoryPlaces shortfall } }
    studentPracticeDays(first: 100) { nodes { student { id } practiceDays { totalDays daysToGo breaches { code } } } } } }`,
  'partnership leadership roll-up, 7 councils': `{ partnership(id: "${DEMO_PARTNERSHIP_ID}") { leadershipProgress {
    total { asye { inProgress reviewsOverdue } cpd { complianceRate } mentoring { hoursInAcademicYear } }
    byCouncil { council { name } pathways { pathway { name } stages { enrolled onTrack overdue paused } } asye { inProgress reviewsOverdue } cpd { complianceRate } } } } }`,
  '46 sessions with facilitators and attendance': `{ teachingSessions(first: 100) { nodes { title startsAt coDelivered
    lecturers { familyName } practitioners { id } attendance { total placesLeft } } } }`,
};

async function main(): Promise<void> {
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    DATABASE_URL: process.env.DATABASE_URL,
    HUB_DATA_DIR: path.resolve('data', 'bench'),
    GATEWAY_SIGNING_SECRET: randomSigningSecret(),
  });
  const log = createLogger('bench', 'silent');
  const server = await resolveDatabase(config, log);
  const scratch = await createScratchDatabase(server.url, 'hub_bench');
  const subgraphs: RunningSubgraph[] = [];
  for (const { name } of subgraphRegistry) {
    subgraphs.push(await startSubgraphServer(loadSubgraph(name), { config, log, databaseUrl: scratch.url, port: 0, seedDemoData: true }));
  }
  const statementsSoFar = () => subgraphs.reduce((total, subgraph) => total + subgraph.database.statements.total, 0);
  const gateway = await startGateway({
    config,
    log,
    supergraphSdl: readCommittedSupergraph(),
    port: 0,
    subgraphUrls: Object.fromEntries(subgraphs.map((subgraph) => [subgraph.name, subgraph.url])),
  });
  const token = await signHubToken(config, 'bench', { roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });

  const rows: string[] = [];
  try {
    for (const [name, query] of Object.entries(QUERIES)) {
      const send = async () => {
        const response = await fetch(gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query }),
        });
        const body = (await response.json()) as { errors?: unknown[] };
        if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
      };
      for (let run = 0; run < WARM_UP; run += 1) await send();
      const before = statementsSoFar();
      const timings: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const startedAt = performance.now();
        await send();
        timings.push(performance.now() - startedAt);
      }
      const statements = (statementsSoFar() - before) / RUNS;
      timings.sort((a, b) => a - b);
      const at = (share: number) => timings[Math.min(timings.length - 1, Math.floor(share * timings.length))].toFixed(1);
      rows.push(`| ${name} | ${RUNS} | ${at(0.5)} | ${at(0.95)} | ${at(0.99)} | ${statements} |`);
    }
  } finally {
    await gateway.close();
    for (const subgraph of subgraphs) await subgraph.stop();
    await scratch.drop();
    await server.stop();
  }

  const table = [
    `Gateway → ${subgraphRegistry.map((entry) => entry.name).join(' and ')} subgraphs, ${config.databaseUrl ? 'PostgreSQL at DATABASE_URL' : 'embedded PostgreSQL'}, one client, sequential requests, ${new Date().toISOString().slice(0, 10)}`,
    '',
    '| query | runs | p50 ms | p95 ms | p99 ms | SQL statements per request, all subgraphs |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
  process.stdout.write(table);
  const file = path.join(__dirname, '..', '..', 'bench', 'results', 'gateway-queries.md');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, table);
  process.stdout.write(`\nSaved to ${path.relative(process.cwd(), file)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
