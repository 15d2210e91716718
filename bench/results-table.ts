/**
 * The benchmark's record: one JSON file per scale under bench/results/, and bench/results.md, the
 * tables and ratios over every scale measured so far, rewritten after each run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from '#hub/shared/repository-root';
import type { LoadResult } from './load';

export interface BenchRun extends LoadResult {
  readonly scenario: string;
  readonly kind: 'read' | 'write';
  readonly via: string;
  readonly connections: number;
  /** Writes answered with userErrors (a rule refused them): answered, not failed. */
  readonly refused: number;
  readonly sqlStatementsPerRequest: number;
  /** Per process: the gateway, each subgraph, the reference server. */
  readonly cpuMsPerRequest: Readonly<Record<string, number>>;
  readonly peakRssMb: Readonly<Record<string, number>>;
}

export interface ScaleResults {
  readonly scale: number;
  readonly partnerships: number;
  readonly date: string;
  readonly machine: string;
  readonly database: string;
  readonly seedMs: number;
  readonly scaleMs: number;
  readonly secondsPerRun: number;
  readonly runs: readonly BenchRun[];
}

const BENCH_FOLDER = path.join(repositoryRoot(__dirname), 'bench');
const RESULTS_FOLDER = path.join(BENCH_FOLDER, 'results');
const HUB_PROCESSES = ['gateway', 'councils', 'universities', 'placements', 'leadership'];
const RATIO_CONNECTIONS = 10;

/** Saves this scale's results and rewrites bench/results.md; answers the JSON file's path. */
export function writeResultsTable(results: ScaleResults): string {
  fs.mkdirSync(RESULTS_FOLDER, { recursive: true });
  const file = path.join(RESULTS_FOLDER, `scale-${results.scale}.json`);
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  const everyScale = fs
    .readdirSync(RESULTS_FOLDER)
    .filter((name) => /^scale-\d+\.json$/.test(name))
    .map((name) => JSON.parse(fs.readFileSync(path.join(RESULTS_FOLDER, name), 'utf8')) as ScaleResults)
    .sort((a, b) => a.scale - b.scale);
  fs.writeFileSync(path.join(BENCH_FOLDER, 'results.md'), resultsMarkdown(everyScale));
  return file;
}

export function resultsMarkdown(everyScale: readonly ScaleResults[]): string {
  const lines = [
    '# Benchmark results',
    '',
    'Written by `npm run bench`; see [docs/performance.md](../docs/performance.md) for what is measured and how.',
    '',
  ];
  for (const results of everyScale) {
    lines.push(
      `## Scale ${results.scale}: ${results.partnerships} partnership${results.partnerships === 1 ? '' : 's'}`,
      '',
      `${results.date}, ${results.machine}, ${results.database}; ${results.secondsPerRun} s per run after a 1 s warm-up. Demo seeded in ${seconds(results.seedMs)}, copied to scale in ${seconds(results.scaleMs)}.`,
      '',
      '| scenario | via | conns | req/s | p50 ms | p95 ms | p99 ms | SQL/req | CPU ms/req: gateway | councils | universities | placements | leadership | reference | peak RSS MB (largest process) | failed | refused |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...results.runs
        .map((run) =>
          [
            run.scenario,
            run.via,
            run.connections,
            run.requestsPerSecond.toFixed(1),
            run.p50Ms.toFixed(1),
            run.p95Ms.toFixed(1),
            run.p99Ms.toFixed(1),
            run.sqlStatementsPerRequest.toFixed(1),
            ...[...HUB_PROCESSES, 'reference'].map((name) => (run.cpuMsPerRequest[name] ?? 0).toFixed(2)),
            largestProcess(run),
            run.failures,
            run.refused,
          ].join(' | '),
        )
        .map((row) => `| ${row} |`),
      '',
      ...ratios(results),
      '',
    );
  }
  if (everyScale.length > 1) lines.push(...growth(everyScale), '');
  return `${lines.join('\n')}\n`;
}

/** At 10 connections: the hub against the reference, and the gateway against calling the subgraph directly. */
function ratios(results: ScaleResults): string[] {
  const at = (scenario: string, via: string) =>
    results.runs.find((run) => run.scenario === scenario && run.via === via && run.connections === RATIO_CONNECTIONS);
  const reference = results.runs.find((run) => run.via === 'hand-written reference' && run.connections === RATIO_CONNECTIONS);
  const rows = [...new Set(results.runs.map((run) => run.scenario))].map((scenario) => {
    const gateway = at(scenario, 'gateway');
    const direct = results.runs.find(
      (run) => run.scenario === scenario && run.via.endsWith('directly') && run.connections === RATIO_CONNECTIONS,
    );
    const subgraphCpu = gateway ? HUB_PROCESSES.slice(1).reduce((total, name) => total + (gateway.cpuMsPerRequest[name] ?? 0), 0) : NaN;
    return `| ${scenario} | ${gateway ? gateway.requestsPerSecond.toFixed(1) : '–'} | ${ratio(gateway, reference)} | ${ratio(gateway, direct)} | ${
      gateway ? gateway.cpuMsPerRequest.gateway.toFixed(2) : '–'
    } | ${subgraphCpu.toFixed(2)} |`;
  });
  return [
    `At ${RATIO_CONNECTIONS} connections${reference ? `; the hand-written reference served ${reference.requestsPerSecond.toFixed(1)} req/s` : ''}:`,
    '',
    '| scenario | through the gateway, req/s | ÷ hand-written reference | ÷ its subgraph called directly | gateway CPU ms/req | subgraphs’ CPU ms/req |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ];
}

/** Each scale against the smallest: statements per request and p95 at 10 connections, through the gateway. */
function growth(everyScale: readonly ScaleResults[]): string[] {
  const [base] = everyScale;
  const gatewayRuns = (results: ScaleResults) =>
    results.runs.filter((run) => run.via === 'gateway' && run.connections === RATIO_CONNECTIONS);
  const header = everyScale.slice(1).map((results) => `scale ${results.scale}: SQL/req | p95 ÷ scale ${base.scale}`);
  return [
    `## Growth with scale, through the gateway at ${RATIO_CONNECTIONS} connections`,
    '',
    `| scenario | scale ${base.scale}: SQL/req | ${header.join(' | ')} |`,
    `| --- | ---: | ${header.map(() => '---: | ---:').join(' | ')} |`,
    ...gatewayRuns(base).map((run) => {
      const cells = everyScale.slice(1).map((results) => {
        const same = gatewayRuns(results).find((candidate) => candidate.scenario === run.scenario);
        return same ? `${same.sqlStatementsPerRequest.toFixed(1)} | ${(same.p95Ms / run.p95Ms).toFixed(2)}` : '– | –';
      });
      return `| ${run.scenario} | ${run.sqlStatementsPerRequest.toFixed(1)} | ${cells.join(' | ')} |`;
    }),
  ];
}

function ratio(run: BenchRun | undefined, against: BenchRun | undefined): string {
  return run && against ? (run.requestsPerSecond / against.requestsPerSecond).toFixed(2) : '–';
}

function largestProcess(run: BenchRun): string {
  const [name, megabytes] = Object.entries(run.peakRssMb).sort((a, b) => b[1] - a[1])[0] ?? ['–', 0];
  return `${megabytes.toFixed(0)} (${name})`;
}

function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}
