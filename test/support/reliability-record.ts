/**
 * The reliability scenarios (test/reliability/) run in two sizes: short inside `npm test`, full in
 * `npm run test:reliability`, which also gathers what each scenario measured into
 * docs/reliability.md (scripts/test-reliability.ts). A scenario records its figures before it
 * asserts them, so a failed run still shows what was measured.
 */
import fs from 'node:fs';
import path from 'node:path';

export const RELIABILITY_RESULTS_ENV = 'RELIABILITY_RESULTS_DIR';

const fullRun = process.env.RELIABILITY_RUN === 'full';

/** The short form's value inside `npm test`, the full one in `npm run test:reliability`. */
export function sized<T>(short: T, full: T): T {
  return fullRun ? full : short;
}

export interface ScenarioFigures {
  /** The probe of docs/reliability.md's table this measures. */
  readonly probe: string;
  /** What the test did, in a few words. */
  readonly done: string;
  /** What it measured, as it should read in the table. */
  readonly figures: string;
}

export function recordScenario(figures: ScenarioFigures): void {
  const dir = process.env[RELIABILITY_RESULTS_ENV];
  if (!dir) return;
  const test = expect.getState().currentTestName ?? figures.probe;
  fs.appendFileSync(path.join(dir, 'scenarios.jsonl'), `${JSON.stringify({ test, ...figures })}\n`);
}

/** How long `run` took, in whole milliseconds. */
export async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const startedAt = performance.now();
  const result = await run();
  return [result, Math.round(performance.now() - startedAt)];
}

/** The p-th percentile (0–100) of the durations, nearest rank. */
export function percentile(durations: readonly number[], p: number): number {
  if (durations.length === 0) return 0;
  const sorted = [...durations].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
