import type { QueryRunner } from 'typeorm';
import { BIRMINGHAM_ID, DEMO_PARTNERSHIP_ID, DEMO_UNIVERSITY_ID, demoPermanentPractitionerIds } from './support/demo';
import { enrolDemoStudents } from './support/students';
import { TEST_ACADEMIC_YEAR, TEST_TODAY } from './support/test-clock';
import { startTestHub, type GraphQLResponse, type TestHub } from './support/test-hub';

/** The gateway waits 1.5 s for a subgraph, so each subgraph has 1.25 s: short enough for a test to outlast. */
const SUBGRAPH_TIMEOUT_MS = 1_500;

const ADD_CPD = `mutation ($input: CpdRecordAddInput!) {
  cpdRecordAdd(input: $input) { cpdRecord { id title hours completedOn peerReflection } userErrors { field code message } }
}`;
const CREATE_OFFER = `mutation ($input: PlacementOfferCreateInput!) {
  placementOfferCreate(input: $input) { placementOffer { id } userErrors { code } }
}`;
const ALLOCATE = `mutation ($input: PlacementAllocateInput!) {
  placementAllocate(input: $input) { placement { id status level } userErrors { field code message } }
}`;

const nextYearStart = Number(TEST_ACADEMIC_YEAR.slice(0, 4)) + 1;

describe('deadlines and retried mutations', () => {
  let hub: TestHub;
  let birminghamAdmin: string;
  let universityAdmin: string;
  let students: string[];
  const practitionerId = demoPermanentPractitionerIds('E08000025')[0];
  let titles = 0;

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true, env: { SUBGRAPH_TIMEOUT_MS: String(SUBGRAPH_TIMEOUT_MS) } });
    birminghamAdmin = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
    universityAdmin = await hub.token({ roles: ['university_admin'], universities: [DEMO_UNIVERSITY_ID] });
    students = await enrolDemoStudents(hub, 6, 'RETRY');
  });
  afterAll(() => hub.stop());

  /** Sends to the gateway as a client would, with an Idempotency-Key when given. */
  async function send(token: string, query: string, variables: Record<string, unknown>, idempotencyKey?: string): Promise<GraphQLResponse> {
    const response = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  }
  /** CPD input with a title no other test uses, so the rows with it are this test's alone. */
  const cpdInput = () => ({
    practitionerId,
    councilId: BIRMINGHAM_ID,
    type: 'COURSE',
    title: `Retry test course ${(titles += 1)}`,
    completedOn: TEST_TODAY,
    hours: 3,
    learning: 'Chairing a strategy meeting.',
    impact: 'Shorter, clearer meetings.',
  });
  const cpdRowsTitled = async (title: string) =>
    Number(
      (
        (await hub.subgraphs.leadership.database.dataSource.query('SELECT count(*) AS n FROM leadership.cpd_record WHERE title = $1', [
          title,
        ])) as { n: string }[]
      )[0].n,
    );
  const placementsOf = async (studentId: string) =>
    Number(
      (
        (await hub.subgraphs.placements.database.dataSource.query('SELECT count(*) AS n FROM placements.placement WHERE student_id = $1', [
          studentId,
        ])) as { n: string }[]
      )[0].n,
    );
  /** Holds `lockSql` in a transaction of the test's own until `release` is called. */
  async function holdLock(subgraph: string, lockSql: string, parameters: unknown[] = []): Promise<() => Promise<void>> {
    const runner: QueryRunner = hub.subgraphs[subgraph].database.dataSource.createQueryRunner();
    await runner.connect();
    await runner.query('BEGIN');
    await runner.query(lockSql, parameters);
    return async () => {
      await runner.query('ROLLBACK');
      await runner.release();
    };
  }
  const createOffer = async () => {
    const reply = await send(birminghamAdmin, CREATE_OFFER, {
      input: {
        partnershipId: DEMO_PARTNERSHIP_ID,
        councilId: BIRMINGHAM_ID,
        academicYear: `${nextYearStart}/${String((nextYearStart + 1) % 100).padStart(2, '0')}`,
        setting: 'STATUTORY_CHILDREN',
        level: 'FIRST',
        capacity: 3,
        startsOn: `${nextYearStart + 1}-01-11`,
        endsOn: `${nextYearStart + 1}-04-23`,
      },
    });
    expect(reply.data!.placementOfferCreate.userErrors).toEqual([]);
    return reply.data!.placementOfferCreate.placementOffer.id as string;
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

  describe('a write held past its deadline', () => {
    it('answers SUBGRAPH_TIMEOUT and is not written once the table lock holding it is released; without the lock it is written', async () => {
      const held = cpdInput();
      const release = await holdLock('leadership', 'LOCK TABLE leadership.cpd_record IN EXCLUSIVE MODE');
      const startedAt = Date.now();
      const reply = await send(birminghamAdmin, ADD_CPD, { input: held }).finally(release);
      const tookMs = Date.now() - startedAt;
      expect(reply.data).toEqual({ cpdRecordAdd: null });
      expect(reply.errors?.map((error) => [error.extensions?.code, error.extensions?.serviceName, error.path])).toEqual([
        ['SUBGRAPH_TIMEOUT', 'leadership', ['cpdRecordAdd']],
      ]);
      // The subgraph's own answer says it rolled back; on a loaded machine the gateway's timeout may answer first, without `written`.
      const [timedOut] = reply.errors!;
      if (timedOut.extensions?.written !== undefined) {
        expect(timedOut).toMatchObject({
          message: expect.stringMatching(
            /^The leadership subgraph stopped at this request's deadline and rolled back: nothing was written/,
          ),
          extensions: { written: false },
        });
      }
      // It did not hang for the lock: the deadline, or at worst the gateway's timeout, ended the wait.
      expect(tookMs).toBeLessThan(SUBGRAPH_TIMEOUT_MS + 5_000);
      await settle();
      expect(await cpdRowsTitled(held.title)).toBe(0);

      const control = cpdInput();
      expect((await send(birminghamAdmin, ADD_CPD, { input: control })).data!.cpdRecordAdd.userErrors).toEqual([]);
      expect(await cpdRowsTitled(control.title)).toBe(1);
    });

    it('answers SUBGRAPH_TIMEOUT for an allocation waiting on the offer’s row lock, and allocates nothing after; without the lock it allocates', async () => {
      const offerId = await createOffer();
      const [held, control] = [students.shift()!, students.shift()!];
      const release = await holdLock('placements', 'SELECT id FROM placements.placement_offer WHERE id = $1 FOR UPDATE', [offerId]);
      const reply = await send(universityAdmin, ALLOCATE, {
        input: { offerId, studentId: held, universityId: DEMO_UNIVERSITY_ID },
      }).finally(release);
      expect(reply.errors?.map((error) => [error.extensions?.code, error.extensions?.serviceName, error.path])).toEqual([
        ['SUBGRAPH_TIMEOUT', 'placements', ['placementAllocate']],
      ]);
      await settle();
      expect(await placementsOf(held)).toBe(0);

      const allocated = await send(universityAdmin, ALLOCATE, { input: { offerId, studentId: control, universityId: DEMO_UNIVERSITY_ID } });
      expect(allocated.data!.placementAllocate.userErrors).toEqual([]);
      expect(await placementsOf(control)).toBe(1);
    });
  });

  describe('an Idempotency-Key', () => {
    it('makes the same cpdRecordAdd sent twice write one row and answer the same both times', async () => {
      const input = cpdInput();
      const first = await send(birminghamAdmin, ADD_CPD, { input }, 'cpd-retry-0001');
      const retry = await send(birminghamAdmin, ADD_CPD, { input }, 'cpd-retry-0001');
      expect(first.data!.cpdRecordAdd.userErrors).toEqual([]);
      expect(retry).toEqual(first);
      expect(await cpdRowsTitled(input.title)).toBe(1);
    });

    it('refuses the same key with another body, naming the key, and writes nothing for it', async () => {
      const input = cpdInput();
      await send(birminghamAdmin, ADD_CPD, { input }, 'cpd-retry-0002');
      const other = { ...input, hours: 4 };
      const reused = await send(birminghamAdmin, ADD_CPD, { input: other }, 'cpd-retry-0002');
      expect(reused.data).toEqual({ cpdRecordAdd: null });
      expect(reused.errors).toEqual([
        {
          message:
            'The Idempotency-Key "cpd-retry-0002" was first sent with other input to cpdRecordAdd: a key names one request. Send a new key for new input.',
          path: ['cpdRecordAdd'],
          extensions: expect.objectContaining({ code: 'IDEMPOTENCY_KEY_REUSED', idempotencyKey: 'cpd-retry-0002' }),
        },
      ]);
      expect(await cpdRowsTitled(input.title)).toBe(1);
    });

    it('is needed: the same cpdRecordAdd sent twice without one writes two rows', async () => {
      const input = cpdInput();
      for (let attempt = 0; attempt < 2; attempt += 1) {
        expect((await send(birminghamAdmin, ADD_CPD, { input })).data!.cpdRecordAdd.userErrors).toEqual([]);
      }
      expect(await cpdRowsTitled(input.title)).toBe(2);
    });

    it('makes two identical requests sent at once write one row, and both answer with it', async () => {
      const input = cpdInput();
      const pair = await Promise.all([0, 1].map(() => send(birminghamAdmin, ADD_CPD, { input }, 'cpd-concurrent-0001')));
      expect(pair[0].data!.cpdRecordAdd.userErrors).toEqual([]);
      expect(pair[1]).toEqual(pair[0]);
      expect(await cpdRowsTitled(input.title)).toBe(1);
    });

    it('replays a retried placementAllocate’s placement instead of refusing it as a second allocation', async () => {
      const offerId = await createOffer();
      const studentId = students.shift()!;
      const input = { offerId, studentId, universityId: DEMO_UNIVERSITY_ID };
      const first = await send(universityAdmin, ALLOCATE, { input }, 'allocate-retry-0001');
      const retry = await send(universityAdmin, ALLOCATE, { input }, 'allocate-retry-0001');
      expect(first.data!.placementAllocate.placement).toMatchObject({ status: 'PROPOSED' });
      expect(retry).toEqual(first);
      expect(await placementsOf(studentId)).toBe(1);
      // The control: without the key, the same allocation again is refused, as a second one.
      const again = await send(universityAdmin, ALLOCATE, { input });
      expect(again.data!.placementAllocate.placement).toBeNull();
      expect(again.data!.placementAllocate.userErrors).not.toEqual([]);
    });

    it('is one caller’s own: another caller sending the same key writes their own row', async () => {
      const input = cpdInput();
      const other = await hub.token({ roles: ['practitioner'], practitioner: practitionerId });
      await send(birminghamAdmin, ADD_CPD, { input }, 'cpd-shared-0001');
      expect((await send(other, ADD_CPD, { input }, 'cpd-shared-0001')).data!.cpdRecordAdd.userErrors).toEqual([]);
      expect(await cpdRowsTitled(input.title)).toBe(2);
    });

    it('expires after its lifetime: the same key and body then write again', async () => {
      const input = cpdInput();
      await send(birminghamAdmin, ADD_CPD, { input }, 'cpd-expiry-0001');
      await hub.subgraphs.leadership.database.dataSource.query(
        `UPDATE leadership.idempotency_key SET created_at = now() - interval '25 hours' WHERE key = 'cpd-expiry-0001'`,
      );
      const later = await send(birminghamAdmin, ADD_CPD, { input }, 'cpd-expiry-0001');
      expect(later.data!.cpdRecordAdd.userErrors).toEqual([]);
      expect(await cpdRowsTitled(input.title)).toBe(2);
    });

    it('is refused, and nothing written, when it is not in the documented form', async () => {
      const input = cpdInput();
      const reply = await send(birminghamAdmin, ADD_CPD, { input }, 'short');
      expect(reply.errors?.map((error) => error.extensions?.code)).toEqual(['IDEMPOTENCY_KEY_INVALID']);
      expect(await cpdRowsTitled(input.title)).toBe(0);
    });

    it('stores nothing for a refused mutation, so its retry runs again', async () => {
      const input = { ...cpdInput(), hours: -1 };
      const first = await send(birminghamAdmin, ADD_CPD, { input }, 'cpd-refused-0001');
      expect(first.data!.cpdRecordAdd.userErrors).not.toEqual([]);
      const rows = await hub.subgraphs.leadership.database.dataSource.query(
        `SELECT 1 FROM leadership.idempotency_key WHERE key = 'cpd-refused-0001'`,
      );
      expect(rows).toEqual([]);
      const fixed = await send(birminghamAdmin, ADD_CPD, { input: { ...input, hours: 2 } }, 'cpd-refused-0001');
      expect(fixed.data!.cpdRecordAdd.userErrors).toEqual([]);
    });
  });
});
