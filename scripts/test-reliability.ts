/**
 * `npm run test:reliability`: the reliability scenarios (test/reliability/) in their full size on
 * the hub's real processes, with the drain, launcher and deadline tests beside them, on the
 * PostgreSQL server DATABASE_URL names (or the embedded one). It writes docs/reliability.md:
 * each scenario, what it did, what it measured, and whether it held.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RELIABILITY_RESULTS_ENV } from '../test/support/reliability-record';

const ROOT = path.resolve(__dirname, '../..');
const REPORT = path.join(ROOT, 'docs', 'reliability.md');
/** Real-process tests of the other parts of reliability, run here too so the report covers them. */
const ALSO_RUN = ['graceful-drain', 'launcher', 'deadlines-and-retries', 'database-outage', 'readiness'];

interface Scenario {
  readonly test: string;
  readonly probe: string;
  readonly done: string;
  readonly figures: string;
}

interface JestResults {
  testResults: { name: string; assertionResults: { fullName: string; status: string; duration?: number }[] }[];
}

function main(): number {
  const resultsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-reliability-'));
  const jestJson = path.join(resultsDir, 'jest.json');
  const files = [
    ...fs
      .readdirSync(path.join(ROOT, 'dist/test/reliability'))
      .filter((name) => name.endsWith('.test.js'))
      .map((name) => path.join(ROOT, 'dist/test/reliability', name)),
    ...ALSO_RUN.map((name) => path.join(ROOT, 'dist/test', `${name}.test.js`)),
  ];
  // One file at a time: the load scenarios measure the hub, not each other. --forceExit: in one
  // process, a socket to a subgraph killed with -9 sometimes stays open after every test has
  // stopped its processes, and jest would wait on it after the results are written.
  const run = spawnSync(
    process.execPath,
    [require.resolve('jest/bin/jest'), '--runInBand', '--forceExit', '--json', `--outputFile=${jestJson}`, '--runTestsByPath', ...files],
    {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, RELIABILITY_RUN: 'full', [RELIABILITY_RESULTS_ENV]: resultsDir },
    },
  );
  if (!fs.existsSync(jestJson)) return 1;
  const results = JSON.parse(fs.readFileSync(jestJson, 'utf8')) as JestResults;
  const scenariosFile = path.join(resultsDir, 'scenarios.jsonl');
  const scenarios: Scenario[] = fs.existsSync(scenariosFile)
    ? fs
        .readFileSync(scenariosFile, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Scenario)
    : [];
  fs.writeFileSync(REPORT, report(results, scenarios));
  // In the repository's style, so `npm run lint` passes on the report as written.
  spawnSync(process.execPath, [require.resolve('prettier/bin/prettier.cjs'), '--write', REPORT], { cwd: ROOT, stdio: 'inherit' });
  process.stdout.write(`\nWrote ${path.relative(ROOT, REPORT)}.\n`);
  return run.status ?? 1;
}

function report(results: JestResults, scenarios: readonly Scenario[]): string {
  const tests = results.testResults.flatMap((file) =>
    file.assertionResults.map((test) => ({
      ...test,
      file: path
        .relative(ROOT, file.name)
        .replace(/^dist\//, '')
        .replace(/\.js$/, '.ts'),
    })),
  );
  const holds = (name: string) => (tests.find((test) => test.fullName === name)?.status === 'passed' ? 'yes' : '**no**');
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const database = process.env.DATABASE_URL ? 'the PostgreSQL server at DATABASE_URL' : 'the embedded PostgreSQL server';
  const measured = new Set(scenarios.map((scenario) => scenario.test));
  return [
    '# Reliability: the last run',
    '',
    'Written by `npm run test:reliability`, which runs the scenarios of `test/reliability/` in full on the hub’s real processes',
    '(`node dist/...`, outside `NODE_ENV=test`), one file at a time, and the other real-process tests beside them. `npm test` runs',
    'the same scenarios in a short form (fewer seconds, fewer writes) with the same assertions. What each fault means for a caller is',
    'in [Operations](operations.md#when-the-database-or-a-subgraph-fails) and [Errors](errors.md).',
    '',
    `This run: ${os.cpus().length} cores, Node.js ${process.version}, ${database}; HAProxy from the machine's packages for the replicas.`,
    '',
    '## Scenarios and figures',
    '',
    '| Probe | What the test did | Measured | Holds |',
    '| --- | --- | --- | --- |',
    ...scenarios.map(
      (scenario) => `| ${cell(scenario.probe)} | ${cell(scenario.done)} | ${cell(scenario.figures)} | ${holds(scenario.test)} |`,
    ),
    '',
    '## The other real-process tests in this run',
    '',
    '| Test | File | Passed |',
    '| --- | --- | --- |',
    ...tests
      .filter((test) => !measured.has(test.fullName))
      .map((test) => `| ${cell(test.fullName)} | \`${test.file}\` | ${test.status === 'passed' ? 'yes' : `**${test.status}**`} |`),
    '',
    '## Reproducing it',
    '',
    '```sh',
    'npm ci',
    'apt install haproxy   # Debian or Ubuntu; without it the replica scenario is skipped',
    'npm run build',
    'DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run test:reliability   # or without DATABASE_URL: the embedded server',
    '```',
    '',
    'Each scenario starts its own hub: four subgraphs (two replicas each behind `deploy/haproxy.cfg` for the replica scenario) and',
    'the gateway, on free ports, on a database of its own. The database is cut through a TCP proxy the test runs',
    '(`test/support/tcp-proxy.ts`), never by touching the server itself.',
    '',
  ].join('\n');
}

process.exit(main());
