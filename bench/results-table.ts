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

export interface SoakResult {
  readonly seconds: number;
  readonly connections: number;
  readonly requests: number;
  readonly failures: number;
  readonly sampleSeconds: number;
  /** Per process: resident memory after the warm-up, then every `sampleSeconds`, then at the end. */
  readonly rssMb: Readonly<Record<string, readonly number[]>>;
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
  readonly soak?: SoakResult | null;
}

const BENCH_FOLDER = path.join(repositoryRoot(__dirname), 'bench');
const RESULTS_FOLDER = path.join(BENCH_FOLDER, 'results');
const HUB_PROCESSES = ['gateway', 'councils', 'universities', 'placements', 'leadership'];
const RATIO_CONNECTIONS = 10;
/** How the processes and runs of a baseline build (`--baseline`) are named. */
export const BASELINE_PREFIX = 'baseline ';
export const BASELINE_VIA = 'gateway, baseline build';

/** Saves this scale's results and rewrites bench/results.md; answers the JSON file's path. */
export function writeResultsTable(results: ScaleResults): string {
  fs.mkdirSync(RESULTS_FOLDER, { recursive: true });
  const file = path.join(RESULTS_FOLDER, `scale-${results.scale}.json`);
  fs.writeFileSync(file, `${JSON.stringify(withEarlierRuns(file, results), null, 2)}\n`);
  const everyScale = fs
    .readdirSync(RESULTS_FOLDER)
    .filter((name) => /^scale-\d+\.json$/.test(name))
    .map((name) => JSON.parse(fs.readFileSync(path.join(RESULTS_FOLDER, name), 'utf8')) as ScaleResults)
    .sort((a, b) => a.scale - b.scale);
  fs.writeFileSync(path.join(BENCH_FOLDER, 'results.md'), resultsMarkdown(everyScale));
  return file;
}

/**
 * A run of some scenarios (`--only`) replaces those scenarios' figures at its scale and keeps the
 * others, and the last soak when it made none, so a partial rerun does not lose a whole run.
 */
function withEarlierRuns(file: string, results: ScaleResults): ScaleResults {
  if (!fs.existsSync(file)) return results;
  const earlier = JSON.parse(fs.readFileSync(file, 'utf8')) as ScaleResults;
  const measured = new Set(results.runs.map((run) => run.scenario));
  const order = [...new Set([...earlier.runs, ...results.runs].map((run) => run.scenario))];
  const runs = [...earlier.runs.filter((run) => !measured.has(run.scenario)), ...results.runs].sort(
    (a, b) => order.indexOf(a.scenario) - order.indexOf(b.scenario),
  );
  // A run that measured no scenario (a soak alone) leaves the scenarios' run length as it was.
  const secondsPerRun = results.runs.length > 0 ? results.secondsPerRun : earlier.secondsPerRun;
  return { ...results, runs, secondsPerRun, soak: results.soak ?? earlier.soak ?? null };
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
            ...[...HUB_PROCESSES.map((name) => processName(run, name)), 'reference'].map((name) =>
              (run.cpuMsPerRequest[name] ?? 0).toFixed(2),
            ),
            largestProcess(run),
            run.failures,
            run.refused,
          ].join(' | '),
        )
        .map((row) => `| ${row} |`),
      '',
      ...ratios(results),
      '',
      ...(results.soak ? [...soakTable(results.soak), ''] : []),
    );
  }
  if (everyScale.length > 1) lines.push(...growth(everyScale), '');
  return `${lines.join('\n')}\n`;
}

/** At 10 connections: the hub against the reference, and the gateway against calling the subgraph directly. */
function ratios(results: ScaleResults): string[] {
  const at = (scenario: string, via: (run: BenchRun) => boolean) =>
    results.runs.find((run) => run.scenario === scenario && via(run) && run.connections === RATIO_CONNECTIONS);
  const reference = results.runs.find((run) => run.via === 'hand-written reference' && run.connections === RATIO_CONNECTIONS);
  const withBaseline = results.runs.some((run) => run.via === BASELINE_VIA);
  const rows = [...new Set(results.runs.map((run) => run.scenario))].map((scenario) => {
    const gateway = at(scenario, (run) => run.via === 'gateway');
    const direct = at(scenario, (run) => run.via.endsWith('directly'));
    const baseline = at(scenario, (run) => run.via === BASELINE_VIA);
    const cells = [
      scenario,
      gateway ? gateway.requestsPerSecond.toFixed(1) : '–',
      ratio(gateway, reference),
      ratio(gateway, direct),
      gateway ? gateway.cpuMsPerRequest.gateway.toFixed(2) : '–',
      subgraphsCpu(gateway).toFixed(2),
      ...(withBaseline
        ? [subgraphsCpu(baseline).toFixed(2), (subgraphsCpu(baseline) / subgraphsCpu(gateway)).toFixed(2), ratio(gateway, baseline)]
        : []),
    ];
    return `| ${cells.join(' | ')} |`;
  });
  const baselineHeader = withBaseline ? ' baseline subgraphs’ CPU ms/req | CPU: baseline ÷ this | req/s: this ÷ baseline |' : '';
  return [
    `At ${RATIO_CONNECTIONS} connections${reference ? `; the hand-written reference served ${reference.requestsPerSecond.toFixed(1)} req/s` : ''}:`,
    '',
    `| scenario | through the gateway, req/s | ÷ hand-written reference | ÷ its subgraph called directly | gateway CPU ms/req | subgraphs’ CPU ms/req |${baselineHeader}`,
    `| --- | ---: | ---: | ---: | ---: | ---: |${withBaseline ? ' ---: | ---: | ---: |' : ''}`,
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

/** The key of a hub process's figures in a run: the baseline build's own processes for its runs. */
function processName(run: BenchRun, name: string): string {
  return run.via === BASELINE_VIA ? `${BASELINE_PREFIX}${name}` : name;
}

function subgraphsCpu(run: BenchRun | undefined): number {
  return run ? HUB_PROCESSES.slice(1).reduce((total, name) => total + (run.cpuMsPerRequest[processName(run, name)] ?? 0), 0) : NaN;
}

function soakTable(soak: SoakResult): string[] {
  return [
    `Soak: every read scenario in turn through the gateway at ${soak.connections} connections for ${soak.seconds} s after a 30 s warm-up, ${soak.requests} requests, ${soak.failures} failed. Resident memory:`,
    '',
    '| process | after the warm-up, MB | at the end, MB | highest, MB | end ÷ start |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...Object.entries(soak.rssMb).map(([name, samples]) => {
      const [first, last] = [samples[0], samples[samples.length - 1]];
      return `| ${name} | ${first.toFixed(0)} | ${last.toFixed(0)} | ${Math.max(...samples).toFixed(0)} | ${(last / first).toFixed(2)} |`;
    }),
  ];
}

function ratio(run: BenchRun | undefined, against: BenchRun | undefined): string {
  return run && against ? (run.requestsPerSecond / against.requestsPerSecond).toFixed(2) : '–';
}

function largestProcess(run: BenchRun): string {
  const own = Object.entries(run.peakRssMb).filter(([name]) => name.startsWith(BASELINE_PREFIX) === (run.via === BASELINE_VIA));
  const [name, megabytes] = own.sort((a, b) => b[1] - a[1])[0] ?? ['–', 0];
  return `${megabytes.toFixed(0)} (${name})`;
}

function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}
