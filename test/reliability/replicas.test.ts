/**
 * Two replicas of every subgraph behind HAProxy running the hub's own deploy/haproxy.cfg: one
 * replica of each killed (kill -9) under a steady load of reads, then started again. A read whose
 * replica died under it is sent to the other, by the balancer or the gateway, so no read fails.
 */
import { DEMO_PARTNERSHIP_ID, DEMO_UNIVERSITY_ID } from '../support/demo';
import { haproxyInstalled } from '../support/haproxy';
import { startHubProcesses, type HubProcesses } from '../support/hub-processes';
import { pause, percentile, recordScenario, sized } from '../support/reliability-record';

const CLIENTS = 10;
/** One read that needs every subgraph. */
const ACROSS_ALL_SUBGRAPHS = `query ($partnership: ID!, $university: ID!) {
  partnership(id: $partnership) {
    name
    councils { name headcount { inPost } }
    placementSettings { statutoryPlacementsRequired }
    leadershipSettings { minLearningDays }
  }
  university(id: $university) { name programmes { id } }
}`;

const describeWithHaproxy = haproxyInstalled() ? describe : describe.skip;
if (!haproxyInstalled()) {
  process.stderr.write('Skipping the replica tests: HAProxy is not installed (apt install haproxy; .ci/run installs it).\n');
}

describeWithHaproxy('two replicas of each subgraph behind HAProxy', () => {
  let hub: HubProcesses;

  beforeAll(async () => {
    hub = await startHubProcesses({ replicas: 2 });
  }, 240_000);
  afterAll(() => hub?.stop());

  it('one replica of each killed under load, then restarted: zero failed reads', async () => {
    const seconds = sized(9, 45);
    const token = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
    const variables = { partnership: DEMO_PARTNERSHIP_ID, university: DEMO_UNIVERSITY_ID };
    const phases = { before: [] as number[], down: [] as number[], back: [] as number[] };
    let phase: keyof typeof phases = 'before';
    const failures: string[] = [];
    let finished = false;

    const readers = Array.from({ length: CLIENTS }, async () => {
      while (!finished) {
        const startedAt = performance.now();
        const answer = await hub
          .send(token, ACROSS_ALL_SUBGRAPHS, variables)
          .catch((error: Error) => ({ status: 0, errors: [{ message: error.message }] }));
        phases[phase].push(Math.round(performance.now() - startedAt));
        if (answer.status !== 200 || answer.errors) failures.push(`${answer.status} ${JSON.stringify(answer.errors)}`);
      }
    });
    // Each phase lasts a third of the time; the last begins once every killed replica is ready again, however long that takes.
    const faults = (async () => {
      await pause((seconds * 1000) / 3);
      const killed = Object.values(hub.replicas).map((replicas) => replicas[0]);
      for (const replica of killed) replica.process.child.kill('SIGKILL');
      phase = 'down';
      await pause((seconds * 1000) / 3);
      await Promise.all(killed.map((replica) => replica.restart()));
      phase = 'back';
      await pause((seconds * 1000) / 3);
      finished = true;
    })();
    await Promise.all([...readers, faults]);

    const reads = phases.before.length + phases.down.length + phases.back.length;
    const describePhase = (durations: number[]) => `${durations.length} reads, p95 ${percentile(durations, 95)} ms`;
    recordScenario({
      probe: 'one replica of each subgraph killed under load',
      done: `${CLIENTS} clients reading across all four subgraphs in three phases of ${seconds / 3} s; kill -9 of one replica of each after ${seconds / 3} s, restarted after as long again, then read for as long once they were ready`,
      figures: `${reads} reads, ${failures.length} failed; before: ${describePhase(phases.before)}; one replica each down: ${describePhase(phases.down)}; restarted: ${describePhase(phases.back)}`,
    });
    expect(failures).toEqual([]);
    expect(phases.down.length).toBeGreaterThan(0);
    expect(phases.back.length).toBeGreaterThan(0);
  });
});
