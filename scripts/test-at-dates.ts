/**
 * `npm run test:dates`: runs every test file that reads the tests' date (it imports
 * test/support/test-clock) once per boundary date, with the hub's clock stopped there
 * (`HUB_TODAY`), and prints a table of the dates it ran. `-- 2026-12-01 …` runs only those dates.
 * DATABASE_URL picks the PostgreSQL server, as for `npm test`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dateInEngland, parseClockSetting } from '#hub/shared/clock';

export const BOUNDARY_DATES: readonly { setting: string; why: string }[] = [
  { setting: '2026-11-30', why: 'last day of a registration year' },
  { setting: '2026-12-01', why: 'first day of a registration year' },
  { setting: '2026-12-02', why: 'second day of a registration year' },
  { setting: '2026-12-31', why: 'last day of a calendar year' },
  { setting: '2027-07-31', why: 'last day of an academic year' },
  { setting: '2027-08-01', why: 'first day of an academic year' },
  { setting: '2028-02-29', why: 'a leap day' },
  { setting: '2026-07-31T23:30:00Z', why: '23:30 UTC, already 1 August in England' },
  { setting: '2026-03-29T01:30:00Z', why: 'the clocks went forward an hour ago' },
  { setting: '2026-10-25T00:30:00Z', why: 'the hour the clocks go back, first time round' },
];

const ROOT = path.resolve(__dirname, '../..');
const READS_THE_DATE = /support\/test-clock/;

/** Test files, compiled (integration) or not (unit), that import the tests' date. */
function dateSensitiveTestFiles(): string[] {
  const walk = (directory: string, pattern: RegExp): string[] =>
    fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(full, pattern);
      return pattern.test(entry.name) ? [full] : [];
    });
  const integration = fs.readdirSync(path.join(ROOT, 'dist/test')).filter((name) => name.endsWith('.test.js'));
  const unit = ['shared', 'subgraphs', 'gateway', 'test/unit'].flatMap((folder) => walk(path.join(ROOT, folder), /\.test\.ts$/));
  return [...integration.map((name) => path.join(ROOT, 'dist/test', name)), ...unit].filter((file) =>
    READS_THE_DATE.test(fs.readFileSync(file, 'utf8')),
  );
}

interface DateRun {
  readonly setting: string;
  readonly why: string;
  readonly passed: number;
  readonly failed: number;
  readonly seconds: number;
}

function runAt(setting: string, why: string, files: readonly string[]): DateRun {
  const output = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hub-dates-')), 'results.json');
  const startedAt = process.hrtime.bigint();
  process.stdout.write(`\n== HUB_TODAY=${setting} (${why}; ${dateInEngland(parseClockSetting(setting)!)} in England)\n`);
  spawnSync(process.execPath, [require.resolve('jest/bin/jest'), '--json', `--outputFile=${output}`, '--runTestsByPath', ...files], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, HUB_TODAY: setting },
  });
  const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
  if (!fs.existsSync(output)) return { setting, why, passed: 0, failed: files.length, seconds };
  const results = JSON.parse(fs.readFileSync(output, 'utf8')) as { numPassedTests: number; numFailedTests: number; success: boolean };
  return {
    setting,
    why,
    passed: results.numPassedTests,
    failed: results.success ? results.numFailedTests : Math.max(1, results.numFailedTests),
    seconds,
  };
}

function main(): void {
  const asked = process.argv.slice(2);
  for (const setting of asked) {
    if (!parseClockSetting(setting)) throw new Error(`"${setting}" is not a date or an instant the hub's clock takes.`);
  }
  const dates = asked.length > 0 ? asked.map((setting) => ({ setting, why: 'asked for' })) : BOUNDARY_DATES;
  const files = dateSensitiveTestFiles();
  process.stdout.write(`${files.length} test files read the date: ${files.map((file) => path.relative(ROOT, file)).join(', ')}\n`);
  const runs = dates.map(({ setting, why }) => runAt(setting, why, files));
  const rows = runs.map((run) => `| ${run.setting} | ${run.why} | ${run.passed} | ${run.failed} | ${run.seconds.toFixed(0)} |`);
  process.stdout.write(
    [
      '',
      `Dates run (${process.env.DATABASE_URL ? 'PostgreSQL at DATABASE_URL' : 'embedded PostgreSQL'}):`,
      '| HUB_TODAY | why | passed | failed | seconds |',
      '|---|---|---|---|---|',
      ...rows,
      '',
    ].join('\n'),
  );
  process.exitCode = runs.every((run) => run.failed === 0) ? 0 : 1;
}

main();
