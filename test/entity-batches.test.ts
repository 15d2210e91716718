/**
 * A query whose plan sends a subgraph more representations than its body limit holds is answered
 * whole: the gateway sends them in batches (gateway/src/entity-batches.ts).
 */
import { DEMO_PARTNERSHIP_ID } from './support/demo';
import { startTestHub, type TestHub } from './support/test-hub';

const BODY_LIMIT = 4_096;
const QUERY = '{ practitioners(first: 100) { nodes { id practiceEducator { stage } } } }';

describe('entity fetches larger than a subgraph accepts', () => {
  let small: TestHub;
  let usual: TestHub;

  beforeAll(async () => {
    small = await startTestHub({ seedDemoData: true, env: { REQUEST_BODY_LIMIT_BYTES: String(BODY_LIMIT) } });
    usual = await startTestHub({ seedDemoData: true });
  });
  afterAll(async () => {
    await small.stop();
    await usual.stop();
  });

  it('answers in full, as a hub with the usual limit does', async () => {
    const token = (hub: TestHub) => hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
    const answer = await small.query(await token(small), QUERY);
    expect(answer.errors).toBeUndefined();
    const nodes = answer.data!.practitioners.nodes as { id: string }[];
    expect(nodes).toHaveLength(100);
    // The placements subgraph is sent one representation per practitioner: together well over its body limit.
    expect(Buffer.byteLength(JSON.stringify(nodes.map(({ id }) => ({ __typename: 'Practitioner', id }))))).toBeGreaterThan(BODY_LIMIT);
    expect(answer).toEqual(await usual.query(await token(usual), QUERY));
  });
});
