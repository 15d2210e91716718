/**
 * The hub reads the machine's time in one place, shared/clock.ts. Any other read of it in the
 * hub's code fails here: a `new Date()`, `Date.now()` or a date format given no date, or SQL's
 * CURRENT_DATE, CURRENT_TIME(STAMP), LOCALTIME(STAMP), now(), 'now' or clock_timestamp() and its
 * kin, unless it is listed below with the reason it is not a decision by date. Column defaults in migrations are allowed: they stamp rows, they decide nothing.
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const SCANNED = ['shared', 'subgraphs', 'gateway', 'scripts', 'bench'];
const MACHINE_TIME =
  /new Date\(\s*\)|Date\.now\(\)|\bCURRENT_(DATE|TIME|TIMESTAMP)\b|\bLOCAL(TIME|TIMESTAMP)\b|\b(clock|statement|transaction)_timestamp\(|'now'::|(?<![.\w])now\(\)|\.format\(\s*\)/i;

/** Reads that measure elapsed time or stamp a row, by file and by the text they contain. */
const ALLOWED: readonly { file: string; contains: string; why: string }[] = [
  { file: 'shared/clock.ts', contains: 'new Date()', why: 'the clock itself' },
  { file: 'shared/clock.ts', contains: 'now(): Date;', why: 'the clock’s interface' },
  { file: 'shared/gateway-signature.ts', contains: 'Date.now()', why: 'a signature is fresh for 60 s of real time' },
  { file: 'shared/audit/audit-event.entity.ts', contains: "default: () => 'now()'", why: 'when an audit event was written' },
  {
    file: 'shared/audit/migration.ts',
    contains: '"occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now()',
    why: 'the same, as a column default',
  },
  { file: 'shared/idempotency-store.ts', contains: 'now()', why: 'an idempotency key lives for hours of real time' },
  {
    file: 'shared/idempotency-migration.ts',
    contains: '"created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now()',
    why: 'when an idempotency key was written, as a column default',
  },
  { file: 'scripts/start.ts', contains: 'Date.now()', why: 'how long the launcher waits for the services' },
  { file: 'scripts/embedded-database.ts', contains: 'Date.now()', why: 'how long the database waits for the services to exit' },
  { file: 'scripts/generate-migration.ts', contains: 'Date.now()', why: 'a new migration’s file name' },
];

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' || entry.name === 'node_modules' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

function machineTimeReads(): string[] {
  return SCANNED.flatMap((folder) => sourceFiles(path.join(ROOT, folder))).flatMap((file) => {
    const relative = path.relative(ROOT, file).split(path.sep).join('/');
    return fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) => {
        if (!MACHINE_TIME.test(line)) return [];
        const allowed = ALLOWED.some((entry) => entry.file === relative && line.includes(entry.contains));
        return allowed ? [] : [`${relative}:${index + 1}: ${line.trim()}`];
      });
  });
}

describe('the one clock', () => {
  it('is the only reader of the machine’s time in the hub’s code', () => {
    expect(machineTimeReads()).toEqual([]);
  });

  it('would notice a rule or a query that read the time another way', () => {
    for (const line of [
      'const today = new Date();',
      'Date.now() > deadline',
      'WHERE started_on <= CURRENT_DATE',
      'AND held_on < now()',
      "AND held_on < 'now'::date",
      'SELECT clock_timestamp()',
      'ENGLAND_DATE.format()',
    ]) {
      expect(MACHINE_TIME.test(line)).toBe(true);
    }
    for (const line of ['new Date(`${date}T00:00:00Z`)', 'performance.now()', 'clock.now()']) {
      expect(MACHINE_TIME.test(line)).toBe(false);
    }
  });

  it('lists only allowances still in use', () => {
    for (const entry of ALLOWED) expect(fs.readFileSync(path.join(ROOT, entry.file), 'utf8')).toContain(entry.contains);
  });
});
