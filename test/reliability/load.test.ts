/**
 * Many organisations at once: clients that mix dashboard reads with CPD writes for a bounded time,
 * on the hub's real processes. Nothing may fail on the server's side, and every write a client was
 * told of is in the database exactly once.
 */
import { Client } from 'pg';
import { randomUUID } from 'node:crypto';
import { BIRMINGHAM_ID, COVENTRY_ID, DEMO_PARTNERSHIP_ID, demoPermanentPractitionerIds } from '../support/demo';
import { startHubProcesses, type HubProcesses } from '../support/hub-processes';
import { percentile, recordScenario, sized } from '../support/reliability-record';
import { TEST_TODAY } from '../support/test-clock';
import type { GraphQLResponse } from '../support/test-hub';

const CLIENTS = 20;
const ADD_CPD = `mutation ($input: CpdRecordAddInput!) { cpdRecordAdd(input: $input) { cpdRecord { id } userErrors { code } } }`;
const READS = [
  `query ($id: ID!) { partnership(id: $id) { name councils { name headcount { inPost agencyRate } } } }`,
  `query ($id: ID!) { partnership(id: $id) { leadershipProgress { total { cpd { compliant } asye { inProgress } } byCouncil { council { name } cpd { complianceRate } } } } }`,
  `{ councils(first: 3) { nodes { name teams(first: 5) { nodes { name } } } } }`,
];

interface Outcome {
  kind: 'read' | 'write';
  status: number;
  ms: number;
  codes: string[];
  title?: string;
  id?: string;
}

describe('20 clients for a bounded time', () => {
  let hub: HubProcesses;

  beforeAll(async () => {
    hub = await startHubProcesses();
  }, 180_000);
  afterAll(() => hub?.stop());

  it('mixing reads and CPD writes: no 5xx, no write refused for load, every acknowledged write there once', async () => {
    const seconds = sized(6, 45);
    const councils = [
      { councilId: BIRMINGHAM_ID, practitionerId: demoPermanentPractitionerIds('E08000025')[1], claims: { councils: [BIRMINGHAM_ID] } },
      { councilId: COVENTRY_ID, practitionerId: demoPermanentPractitionerIds('E08000026')[1], claims: { councils: [COVENTRY_ID] } },
    ];
    const writers = await Promise.all(councils.map((council) => hub.token({ roles: ['council_admin'], ...council.claims })));
    const reader = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
    const runId = randomUUID().slice(0, 8);
    const outcomes: Outcome[] = [];
    const endsAt = performance.now() + seconds * 1000;

    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        for (let turn = 0; performance.now() < endsAt; turn++) {
          // Every third request of a client writes, so writes and reads overlap throughout.
          if (turn % 3 === 2) {
            const council = councils[client % councils.length];
            const title = `Load ${runId} ${client}-${turn}`;
            const input = {
              practitionerId: council.practitionerId,
              councilId: council.councilId,
              type: 'READING',
              title,
              completedOn: TEST_TODAY,
              hours: 1,
              learning: 'Read a practice review on neglect.',
              impact: 'Used its questions in supervision.',
            };
            const outcome = await timedSend(
              'write',
              writers[client % councils.length],
              ADD_CPD,
              { input },
              `load-${runId}-${client}-${turn}`,
            );
            outcomes.push({ ...outcome, title, id: outcome.response.data?.cpdRecordAdd?.cpdRecord?.id });
          } else {
            outcomes.push(await timedSend('read', reader, READS[(client + turn) % READS.length], { id: DEMO_PARTNERSHIP_ID }));
          }
        }
      }),
    );

    const database = new Client({ connectionString: hub.databaseUrl });
    await database.connect();
    const { rows } = await database
      .query<{ title: string; n: string }>('SELECT title, count(*) AS n FROM leadership.cpd_record WHERE title LIKE $1 GROUP BY title', [
        `Load ${runId} %`,
      ])
      .finally(() => database.end());
    const stored = new Map(rows.map((row) => [row.title, Number(row.n)]));
    const writes = outcomes.filter((outcome) => outcome.kind === 'write');
    const acknowledged = writes.filter((outcome) => outcome.id);
    const lost = acknowledged.filter((outcome) => stored.get(outcome.title!) !== 1).length;
    const duplicated = [...stored.values()].filter((n) => n > 1).length;
    const unacknowledgedStored = writes.filter((outcome) => !outcome.id && stored.has(outcome.title!)).length;
    const serverErrors = outcomes.filter((outcome) => outcome.status >= 500 || outcome.status === 0).length;
    const errorCodes = [...new Set(outcomes.flatMap((outcome) => outcome.codes))];
    const readMs = outcomes.filter((outcome) => outcome.kind === 'read').map((outcome) => outcome.ms);
    const writeMs = writes.map((outcome) => outcome.ms);

    recordScenario({
      probe: '20 clients mixing reads and writes',
      done: `${CLIENTS} clients for ${seconds} s, each request with its own token's organisation; every third a cpdRecordAdd with a key`,
      figures: `${outcomes.length} requests (${(outcomes.length / seconds).toFixed(1)}/s): ${readMs.length} reads p50 ${percentile(readMs, 50)} ms p95 ${percentile(readMs, 95)} ms, ${writes.length} writes p50 ${percentile(writeMs, 50)} ms p95 ${percentile(writeMs, 95)} ms; ${serverErrors} 5xx; errors: ${errorCodes.join(', ') || 'none'}; ${acknowledged.length} writes acknowledged, ${lost} lost, ${duplicated} duplicated, ${unacknowledgedStored} stored unacknowledged`,
    });
    expect(serverErrors).toBe(0);
    expect(errorCodes).toEqual([]);
    expect(acknowledged.length).toBe(writes.length);
    expect(lost).toBe(0);
    expect(duplicated).toBe(0);
  });

  async function timedSend(kind: Outcome['kind'], token: string, query: string, variables: Record<string, unknown>, key?: string) {
    const startedAt = performance.now();
    const response: GraphQLResponse = await hub
      .send(token, query, variables, { idempotencyKey: key })
      .catch((error: Error) => ({ status: 0, errors: [{ message: error.message, extensions: { code: 'NO_ANSWER' } }] }));
    const codes = (response.errors ?? []).map((error) => String(error.extensions?.code));
    return { kind, status: response.status, ms: Math.round(performance.now() - startedAt), codes, response };
  }
});
