import { BASELINE_VIA, resultsMarkdown, type BenchRun, type ScaleResults } from '../../bench/results-table';

function run(overrides: Partial<BenchRun>): BenchRun {
  return {
    scenario: 'One page of 100 practitioners',
    kind: 'read',
    via: 'gateway',
    connections: 10,
    requests: 1000,
    requestsPerSecond: 100,
    p50Ms: 10,
    p95Ms: 20,
    p99Ms: 30,
    failures: 0,
    refused: 0,
    sqlStatementsPerRequest: 5,
    cpuMsPerRequest: { gateway: 3, councils: 4, 'baseline gateway': 3, 'baseline councils': 12 },
    peakRssMb: { gateway: 150, councils: 180, 'baseline gateway': 150, 'baseline councils': 400 },
    ...overrides,
  };
}

function scale(scaleNumber: number, runs: BenchRun[]): ScaleResults {
  return {
    scale: scaleNumber,
    partnerships: scaleNumber,
    date: '2026-12-06',
    machine: '2 cores',
    database: 'embedded PostgreSQL',
    seedMs: 5000,
    scaleMs: 1000,
    secondsPerRun: 5,
    runs,
    soak: { seconds: 600, connections: 10, requests: 50_000, failures: 0, sampleSeconds: 10, rssMb: { councils: [200, 210, 230] } },
  };
}

describe('the benchmark results page', () => {
  const runs = [
    run({}),
    run({ via: BASELINE_VIA, requestsPerSecond: 40 }),
    run({ via: 'councils subgraph directly', requestsPerSecond: 125 }),
    run({ via: 'hand-written reference', requestsPerSecond: 400, cpuMsPerRequest: { reference: 1 } }),
  ];
  const page = resultsMarkdown([scale(1, runs), scale(10, [run({ p95Ms: 30, sqlStatementsPerRequest: 5 })])]);

  it('sets the hub beside the reference, the subgraph called directly and the baseline build, at 10 connections', () => {
    // 100 ÷ 400, 100 ÷ 125; subgraph CPU 4 against the baseline's 12; 100 ÷ 40 req/s.
    expect(page).toContain('| One page of 100 practitioners | 100.0 | 0.25 | 0.80 | 3.00 | 4.00 | 12.00 | 3.00 | 2.50 |');
  });

  it('shows each run with its own build’s CPU and memory', () => {
    expect(page).toContain(
      '| One page of 100 practitioners | gateway, baseline build | 10 | 40.0 | 10.0 | 20.0 | 30.0 | 5.0 | 3.00 | 12.00 |',
    );
    expect(page).toContain('| 400 (baseline councils) |');
    expect(page).toContain('| 180 (councils) |');
  });

  it('says how statements and p95 grow with scale, and how memory moved over the soak', () => {
    expect(page).toContain('| One page of 100 practitioners | 5.0 | 5.0 | 1.50 |');
    expect(page).toContain('| councils | 200 | 230 | 230 | 1.15 |');
  });
});
