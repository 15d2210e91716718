/**
 * One fault at a time on the hub's real processes (a subgraph killed, a subgraph hung, the
 * database cut behind a proxy the test controls, two subgraphs killed during a burst of writes),
 * each measured and checked against the rows: what was acknowledged is there, what was not is not
 * half there, and retries with the same Idempotency-Key write nothing twice.
 */
import { Client } from 'pg';
import { randomUUID } from 'node:crypto';
import { BIRMINGHAM_ID, DEMO_PARTNERSHIP_ID, DEMO_UNIVERSITY_ID, demoPermanentPractitionerIds } from '../support/demo';
import { startHubProcesses, type HubProcesses } from '../support/hub-processes';
import { pause, recordScenario, sized, timed } from '../support/reliability-record';
import { TEST_ACADEMIC_YEAR, TEST_TODAY } from '../support/test-clock';
import type { GraphQLResponse } from '../support/test-hub';

const SUBGRAPH_TIMEOUT_MS = 2_000;
const PARTNERSHIP_AND_KSS = `query ($id: ID!) { a: partnership(id: $id) { name leadershipSettings { minLearningDays } } b: kssStandards { id } }`;
const COUNCILS = '{ councils { totalCount } }';
const ADD_CPD = `mutation ($input: CpdRecordAddInput!) { cpdRecordAdd(input: $input) { cpdRecord { id } userErrors { code } } }`;
const CREATE_OFFER = `mutation ($input: PlacementOfferCreateInput!) { placementOfferCreate(input: $input) { placementOffer { id } userErrors { code } } }`;
const ALLOCATE = `mutation ($input: PlacementAllocateInput!) { placementAllocate(input: $input) { placement { id } userErrors { code } } }`;
const ENROL = `mutation ($input: StudentCreateInput!) { studentCreate(input: $input) { student { id } userErrors { code } } }`;

const codes = (response: GraphQLResponse) => (response.errors ?? []).map((error) => String(error.extensions?.code));

describe('faults on the real processes', () => {
  let hub: HubProcesses;
  let database: Client;
  let partnershipAdmin: string;
  let birminghamAdmin: string;
  let universityAdmin: string;
  const practitionerId = demoPermanentPractitionerIds('E08000025')[0];
  let runId = 0;

  const cpdInput = (title: string) => ({
    practitionerId,
    councilId: BIRMINGHAM_ID,
    type: 'COURSE',
    title,
    completedOn: TEST_TODAY,
    hours: 2,
    learning: 'Reflective supervision in a busy duty team.',
    impact: 'Supervision notes that record decisions.',
  });
  const count = async (sql: string, parameters: unknown[]) => Number((await database.query<{ n: string }>(sql, parameters)).rows[0].n);
  const cpdRowsTitled = (title: string) => count('SELECT count(*) AS n FROM leadership.cpd_record WHERE title = $1', [title]);

  beforeAll(async () => {
    hub = await startHubProcesses({ databaseThroughProxy: true, env: { SUBGRAPH_TIMEOUT_MS: String(SUBGRAPH_TIMEOUT_MS) } });
    database = new Client({ connectionString: hub.databaseUrl });
    await database.connect();
    partnershipAdmin = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
    birminghamAdmin = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
    universityAdmin = await hub.token({ roles: ['university_admin'], universities: [DEMO_UNIVERSITY_ID] });
  }, 180_000);
  afterAll(async () => {
    await database?.end();
    await hub?.stop();
  });

  it('a subgraph killed: the other subgraphs’ fields still answer, SUBGRAPH_UNAVAILABLE names it at each path; restarted, it answers again', async () => {
    const leadership = hub.replicas.leadership[0];
    leadership.process.child.kill('SIGKILL');
    await leadership.process.exited();

    const [partial, answerMs] = await timed(() => hub.send(partnershipAdmin, PARTNERSHIP_AND_KSS, { id: DEMO_PARTNERSHIP_ID }));
    const [, restartMs] = await timed(() => leadership.restart());
    const whole = await hub.send(partnershipAdmin, PARTNERSHIP_AND_KSS, { id: DEMO_PARTNERSHIP_ID });

    recordScenario({
      probe: 'a subgraph killed',
      done: 'kill -9 of the leadership subgraph, then a query over councils and leadership fields',
      figures: `HTTP ${partial.status} in ${answerMs} ms; councils fields answered; ${codes(partial).join(', ')} at ${partial.errors?.map((error) => error.path?.join('.')).join(', ')}; whole again ${restartMs} ms after restart`,
    });
    expect(partial.status).toBe(200);
    expect(partial.data).toEqual({ a: { name: expect.any(String), leadershipSettings: null }, b: null });
    const failedParts = partial.errors?.map((error) => [error.path, error.extensions?.code, error.extensions?.serviceName]);
    expect(failedParts?.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      [['a', 'leadershipSettings'], 'SUBGRAPH_UNAVAILABLE', 'leadership'],
      [['b'], 'SUBGRAPH_UNAVAILABLE', 'leadership'],
    ]);
    expect(whole.errors).toBeUndefined();
  });

  it('a subgraph hung (SIGSTOP): the write times out and is not written once it runs again; its retry with the same key writes it once', async () => {
    const leadership = hub.replicas.leadership[0].process.child;
    const title = `Hung subgraph course ${(runId += 1)}`;
    const key = `hung-${randomUUID()}`;
    leadership.kill('SIGSTOP');
    const [timedOut, answerMs] = await timed(() => hub.send(birminghamAdmin, ADD_CPD, { input: cpdInput(title) }, { idempotencyKey: key }));
    leadership.kill('SIGCONT');
    // Long enough for the resumed subgraph to read the held request and finish whatever it would do with it.
    await pause(3_000);
    const rowsAfterResume = await cpdRowsTitled(title);
    const retried = await hub.send(birminghamAdmin, ADD_CPD, { input: cpdInput(title) }, { idempotencyKey: key });
    const retriedAgain = await hub.send(birminghamAdmin, ADD_CPD, { input: cpdInput(title) }, { idempotencyKey: key });
    const rowsAfterRetries = await cpdRowsTitled(title);

    recordScenario({
      probe: 'a write when its subgraph hangs',
      done: `SIGSTOP of the leadership subgraph during cpdRecordAdd, SIGCONT, then two retries with the same key`,
      figures: `${codes(timedOut).join(', ')} in ${answerMs} ms (SUBGRAPH_TIMEOUT_MS ${SUBGRAPH_TIMEOUT_MS}); rows after resume: ${rowsAfterResume}; after two retries: ${rowsAfterRetries}`,
    });
    expect(codes(timedOut)).toEqual(['SUBGRAPH_TIMEOUT']);
    expect(rowsAfterResume).toBe(0);
    expect(retried.data?.cpdRecordAdd.userErrors).toEqual([]);
    expect(retriedAgain).toEqual(retried);
    expect(rowsAfterRetries).toBe(1);
  });

  it('the database cut: reads and writes fail fast as DATABASE_UNAVAILABLE, /ready says 503, nothing is written; restored, reads answer again', async () => {
    const cutMs = sized(3_000, 20_000);
    const proxy = hub.databaseProxy!;
    const readyUrl = new URL('ready', hub.gatewayUrl);
    const title = `Database cut course ${(runId += 1)}`;
    proxy.cut();
    const cutEndsAt = performance.now() + cutMs;
    const readMs: number[] = [];
    const readCodes = new Set<string>();
    const readyStatuses = new Set<number>();
    let writeCodes: string[] = [];
    while (performance.now() < cutEndsAt) {
      const [read, ms] = await timed(() => hub.send(partnershipAdmin, COUNCILS));
      readMs.push(ms);
      for (const code of codes(read)) readCodes.add(`${read.status} ${code}`);
      readyStatuses.add((await fetch(readyUrl)).status);
      if (writeCodes.length === 0) writeCodes = codes(await hub.send(birminghamAdmin, ADD_CPD, { input: cpdInput(title) }));
      await pause(250);
    }
    proxy.restore();
    const [, recoveredMs] = await timed(async () => {
      while ((await hub.send(partnershipAdmin, COUNCILS)).errors) await pause(100);
    });
    const rowsWritten = await cpdRowsTitled(title);

    recordScenario({
      probe: 'the database cut',
      done: `every connection to PostgreSQL reset for ${cutMs / 1000} s through the test's TCP proxy; reads every 250 ms, one write`,
      figures: `${readMs.length} reads: ${[...readCodes].join(', ')}, slowest ${Math.max(...readMs)} ms; write: ${writeCodes.join(', ')}, ${rowsWritten} rows; gateway /ready ${[...readyStatuses].join('/')}; reads whole ${recoveredMs} ms after restore`,
    });
    expect([...readCodes]).toEqual(['503 DATABASE_UNAVAILABLE']);
    expect(Math.max(...readMs)).toBeLessThan(5_000);
    expect(writeCodes).toEqual(['DATABASE_UNAVAILABLE']);
    expect(rowsWritten).toBe(0);
    expect([...readyStatuses]).toEqual([503]);
  });

  it('kill -9 of two subgraphs during a burst of writes: every acknowledged write is there once, none half-written, capacity holds, retries write nothing twice', async () => {
    const students = sized(12, 30);
    const cpdWrites = sized(12, 30);
    const capacity = sized(2, 5);
    const offers = [await createOffer(capacity), await createOffer(capacity)];
    const studentIds = await enrol(students);
    const writes: Write[] = [
      ...studentIds.map((studentId, index) => ({
        kind: 'allocation' as const,
        token: universityAdmin,
        query: ALLOCATE,
        variables: { input: { offerId: offers[index % 2], studentId, universityId: DEMO_UNIVERSITY_ID } },
        key: `burst-allocation-${randomUUID()}`,
      })),
      ...Array.from({ length: cpdWrites }, (_, index) => ({
        kind: 'cpd' as const,
        token: birminghamAdmin,
        query: ADD_CPD,
        variables: { input: cpdInput(`Burst course ${runId}-${index}`) },
        key: `burst-cpd-${randomUUID()}`,
      })),
    ].sort((a, b) => a.key.localeCompare(b.key));

    let acknowledged = 0;
    const killAfter = Math.floor(writes.length / 3);
    const killed = (async () => {
      while (acknowledged < killAfter) await pause(5);
      for (const name of ['placements', 'leadership']) hub.replicas[name][0].process.child.kill('SIGKILL');
    })();
    const first = await inParallel(writes, 6, async (write) => {
      const answer = await sendWrite(write);
      if (acknowledgedId(write, answer) !== null) acknowledged += 1;
      return answer;
    });
    await killed;
    await Promise.all(['placements', 'leadership'].map((name) => hub.replicas[name][0].restart()));
    const unanswered = writes.filter((write, index) => acknowledgedId(write, first[index]) === null && !refused(first[index]));
    const retried = await inParallel(unanswered, 6, sendWrite);

    const acknowledgedIds = writes.map((write, index) => acknowledgedId(write, first[index])).filter((id): id is string => id !== null);
    const retriedIds = unanswered.map((write, index) => acknowledgedId(write, retried[index]));
    // Written by the first request, whose subgraph died before keeping the answer: the retry says the write stands.
    const writtenAnswerLost = retried.filter((answer) => codes(answer).join() === 'IDEMPOTENCY_KEY_IN_PROGRESS').length;
    const present = await count(
      'SELECT count(*) AS n FROM (SELECT id FROM placements.placement UNION ALL SELECT id FROM leadership.cpd_record) rows WHERE id = ANY($1)',
      [acknowledgedIds],
    );
    const overCapacity = await count(
      `SELECT count(*) AS n FROM placements.placement_offer o WHERE o.id = ANY($1) AND (SELECT count(*) FROM placements.placement p WHERE p.offer_id = o.id) > o.capacity`,
      [offers],
    );
    const placed = await count('SELECT count(*) AS n FROM placements.placement WHERE offer_id = ANY($1)', [offers]);
    const duplicateCpd = await count(
      `SELECT count(*) AS n FROM (SELECT title FROM leadership.cpd_record WHERE title LIKE $1 GROUP BY title HAVING count(*) > 1) twice`,
      [`Burst course ${runId}-%`],
    );
    const cpdRows = await count('SELECT count(*) AS n FROM leadership.cpd_record WHERE title LIKE $1', [`Burst course ${runId}-%`]);
    const withoutAudit = await count(
      `SELECT count(*) AS n FROM (
         SELECT id::text, 'placement' AS type FROM placements.placement WHERE offer_id = ANY($1)
           AND NOT EXISTS (SELECT 1 FROM placements.audit_event a WHERE a.record_type = 'placement' AND a.operation = 'INSERT' AND a.record_id = placement.id::text)
         UNION ALL
         SELECT id::text, 'cpd' FROM leadership.cpd_record WHERE title LIKE $2
           AND NOT EXISTS (SELECT 1 FROM leadership.audit_event a WHERE a.record_type = 'cpd_record' AND a.operation = 'INSERT' AND a.record_id = cpd_record.id::text)
       ) unaudited`,
      [offers, `Burst course ${runId}-%`],
    );
    const firstCodes = tally(first.flatMap(codes));

    recordScenario({
      probe: 'kill -9 during a burst of mutations',
      done: `${writes.length} writes (${students} allocations to 2 offers of ${capacity} places, ${cpdWrites} CPD records), 6 at a time, each with a key; kill -9 of placements and leadership after ${killAfter} acknowledged; restart; unanswered retried with their keys`,
      figures: `${acknowledgedIds.length} acknowledged, all ${present} present; failed first: ${firstCodes || 'none'}; ${unanswered.length} retried, ${retriedIds.filter((id) => id !== null).length} then acknowledged, ${writtenAnswerLost} told their write stands without its answer; ${placed} placed on ${capacity * 2} places, ${overCapacity} offers over capacity; ${cpdRows} CPD rows for ${cpdWrites} records, ${duplicateCpd} duplicated; ${withoutAudit} rows without their audit event`,
    });
    expect(present).toBe(acknowledgedIds.length);
    expect(overCapacity).toBe(0);
    expect(placed).toBe(capacity * 2);
    expect(cpdRows).toBe(cpdWrites);
    expect(duplicateCpd).toBe(0);
    expect(withoutAudit).toBe(0);
    expect(retried.filter((answer) => answer.errors && codes(answer).join() !== 'IDEMPOTENCY_KEY_IN_PROGRESS')).toEqual([]);
  });

  interface Write {
    kind: 'allocation' | 'cpd';
    token: string;
    query: string;
    variables: Record<string, unknown>;
    key: string;
  }

  /** Sends a write; a connection the gateway drops counts as no answer, as a client would see it. */
  async function sendWrite(write: Write): Promise<GraphQLResponse> {
    return hub
      .send(write.token, write.query, write.variables, { idempotencyKey: write.key })
      .catch((error: Error) => ({ status: 0, errors: [{ message: error.message, extensions: { code: 'NO_ANSWER' } }] }));
  }

  function acknowledgedId(write: Write, answer: GraphQLResponse): string | null {
    const payload = write.kind === 'allocation' ? answer.data?.placementAllocate : answer.data?.cpdRecordAdd;
    return (write.kind === 'allocation' ? payload?.placement?.id : payload?.cpdRecord?.id) ?? null;
  }

  /** Answered with userErrors (a full offer): an answer, not a failure to retry. */
  function refused(answer: GraphQLResponse): boolean {
    const payload = answer.data?.placementAllocate ?? answer.data?.cpdRecordAdd;
    return (payload?.userErrors?.length ?? 0) > 0;
  }

  async function createOffer(capacity: number): Promise<string> {
    const start = Number(TEST_ACADEMIC_YEAR.slice(0, 4)) + 1;
    const reply = await hub.send(birminghamAdmin, CREATE_OFFER, {
      input: {
        partnershipId: DEMO_PARTNERSHIP_ID,
        councilId: BIRMINGHAM_ID,
        academicYear: `${start}/${String((start + 1) % 100).padStart(2, '0')}`,
        setting: 'STATUTORY_CHILDREN',
        level: 'FIRST',
        capacity,
        startsOn: `${start + 1}-01-11`,
        endsOn: `${start + 1}-04-23`,
      },
    });
    expect(reply.data?.placementOfferCreate.userErrors).toEqual([]);
    return reply.data!.placementOfferCreate.placementOffer.id;
  }

  async function enrol(students: number): Promise<string[]> {
    const programmes = await hub.send(universityAdmin, `{ university(id: "${DEMO_UNIVERSITY_ID}") { programmes { id } } }`);
    const programmeId = programmes.data!.university.programmes[0].id;
    const ids: string[] = [];
    for (let index = 0; index < students; index++) {
      const reply = await hub.send(universityAdmin, ENROL, {
        input: {
          programmeId,
          studentNumber: `BURST-${runId}-${index}`,
          givenName: 'Burst',
          familyName: `Student ${index}`,
          cohortYear: Number(TEST_ACADEMIC_YEAR.slice(0, 4)),
        },
      });
      ids.push(reply.data!.studentCreate.student.id);
    }
    return ids;
  }
});

/** Runs `work` over the items, `width` at a time, answers in the items' order. */
async function inParallel<T, R>(items: readonly T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]);
      }
    }),
  );
  return results;
}

function tally(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, n]) => `${n} ${value}`).join(', ');
}
