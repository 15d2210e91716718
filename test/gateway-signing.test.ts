import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { startGateway } from '../gateway/src/gateway';
import { readCommittedSupergraph } from '../gateway/src/supergraph-file';
import { dateInEngland } from '#hub/shared/clock';
import { GATEWAY_SIGNATURE_HEADER, signGatewayRequest } from '#hub/shared/gateway-signature';
import { createLogger } from '#hub/shared/logger';
import { BIRMINGHAM_ID, COVENTRY_ID, DEMO_PARTNERSHIP_ID } from './support/demo';
import { errorCode, startTestHub, testConfig, type GraphQLResponse, type TestHub } from './support/test-hub';

const ENTITIES_SELECTION: Record<string, string> = {
  leadership: 'leadershipProgress { total { asye { inProgress } cpd { practitioners } } byCouncil { council { id } asye { inProgress } } }',
  placements: 'placementSupply { byCouncil { council { id } committedStatutoryPlaces } }',
  universities: 'teaching { byCouncil { council { id } shadowing { completed } } }',
};

const partnershipEntities = (subgraph: string) =>
  `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Partnership { ${ENTITIES_SELECTION[subgraph]} } } }`;

const partnership = (id: string, councilIds: string[]) => ({
  __typename: 'Partnership',
  id,
  councils: councilIds.map((council) => ({ id: council })),
});

/** Sends a GET with a body, which fetch() will not do. */
function getWithBody(url: URL, headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'GET', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } },
      (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

describe('a direct call to a subgraph that accepts them, as in development', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
  });
  afterAll(() => hub.stop());

  it.each(['leadership', 'placements', 'universities'])(
    'cannot name councils it does not administer as members of a partnership (%s subgraph)',
    async (subgraph) => {
      const ownPartnership = randomUUID();
      const intruder = await hub.token({ roles: ['partnership_admin'], partnerships: [ownPartnership] });
      const response = await hub.query(
        intruder,
        partnershipEntities(subgraph),
        { representations: [partnership(ownPartnership, [BIRMINGHAM_ID, COVENTRY_ID])] },
        hub.subgraphs[subgraph].url,
      );
      expect(errorCode(response)).toBe('FORBIDDEN');
      expect(response.errors![0].message).toMatch(
        /did not come through the gateway.*only councils you administer, and 2 of them you do not/,
      );
      expect(response.data!._entities).toEqual([null]);
    },
  );

  it('would otherwise have revealed figures: the named councils have leadership records', async () => {
    const birminghamAdmin = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
    const own = await hub.query(birminghamAdmin, `{ council(id: "${BIRMINGHAM_ID}") { leadershipProgress { asye { inProgress } } } }`);
    expect(own.data!.council.leadershipProgress.asye.inProgress).toBeGreaterThan(0);
  });

  it('may name the councils its caller administers, and sees what those councils’ admins see', async () => {
    const token = await hub.token({
      roles: ['partnership_admin', 'council_admin'],
      partnerships: [DEMO_PARTNERSHIP_ID],
      councils: [BIRMINGHAM_ID],
    });
    const direct = await hub.query(
      token,
      partnershipEntities('leadership'),
      { representations: [partnership(DEMO_PARTNERSHIP_ID, [BIRMINGHAM_ID])] },
      hub.subgraphs.leadership.url,
    );
    expect(direct.errors).toBeUndefined();
    const { total, byCouncil } = direct.data!._entities[0].leadershipProgress;
    expect(byCouncil.map((row: { council: { id: string } }) => row.council.id)).toEqual([BIRMINGHAM_ID]);
    const own = await hub.query(token, `{ council(id: "${BIRMINGHAM_ID}") { leadershipProgress { asye { inProgress } } } }`);
    expect(total.asye.inProgress).toBe(own.data!.council.leadershipProgress.asye.inProgress);
  });

  // A GET carrying a captured POST's body and signature, with another operation in its query string.
  it('does not let a signature made for one POST body vouch for a GET whose operation is in the URL', async () => {
    const ownPartnership = randomUUID();
    const intruder = await hub.token({ roles: ['partnership_admin'], partnerships: [ownPartnership] });
    const capturedBody = JSON.stringify({ query: '{ __typename }' });
    const requestId = 'review-get-0001';
    const signature = signGatewayRequest(hub.config.gatewaySigning.secret!, {
      method: 'POST',
      search: '',
      subgraph: 'leadership',
      requestId,
      hubNow: '',
      timeLeftMs: '',
      idempotencyKey: '',
      authorization: `Bearer ${intruder}`,
      body: capturedBody,
    });
    const url = new URL(hub.subgraphs.leadership.url);
    url.searchParams.set(
      'query',
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Partnership { leadershipProgress { total { asye { inProgress } } } } } }',
    );
    url.searchParams.set(
      'variables',
      JSON.stringify({ r: [{ __typename: 'Partnership', id: ownPartnership, councils: [{ id: BIRMINGHAM_ID }, { id: COVENTRY_ID }] }] }),
    );
    const reply = await getWithBody(
      url,
      {
        authorization: `Bearer ${intruder}`,
        'x-request-id': requestId,
        'apollo-require-preflight': 'true',
        [GATEWAY_SIGNATURE_HEADER]: signature,
      },
      capturedBody,
    );
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.text).errors[0].extensions.code).toBe('GATEWAY_SIGNATURE_INVALID');
  });

  it('still gets the whole roll-up through the gateway, whose member list the subgraph believes', async () => {
    const admin = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
    const response = await hub.query(
      admin,
      `{ partnership(id: "${DEMO_PARTNERSHIP_ID}") { leadershipProgress { byCouncil { council { id } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.partnership.leadershipProgress.byCouncil).toHaveLength(7);
  });
});

describe('subgraphs that refuse direct calls, as in production', () => {
  let hub: TestHub;
  let birminghamAdmin: string;
  let coventryAdmin: string;
  const teamName = `Signed requests team ${randomUUID().slice(0, 8)}`;
  const createTeam = JSON.stringify({
    query: `mutation ($input: TeamCreateInput!) { teamCreate(input: $input) { team { id } userErrors { code } } }`,
    variables: { input: { councilId: BIRMINGHAM_ID, name: teamName, serviceArea: 'CHILD_PROTECTION', statutory: true } },
  });
  const teamsQuery = `{ council(id: "${BIRMINGHAM_ID}") { teams(first: 100) { nodes { name } } } }`;

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true, env: { SUBGRAPHS_ACCEPT_DIRECT_CALLS: 'false' } });
    birminghamAdmin = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
    coventryAdmin = await hub.token({ roles: ['council_admin'], councils: [COVENTRY_ID] });
  });
  afterAll(() => hub.stop());

  /** Posts `body` to the councils subgraph with Birmingham's admin token, the given signature header and clock reading, if any. */
  async function toCouncils(body: string, signature?: string, hubNow?: string): Promise<GraphQLResponse> {
    const response = await fetch(hub.subgraphs.councils.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${birminghamAdmin}`,
        'x-request-id': 'signing-test-0001',
        ...(signature ? { [GATEWAY_SIGNATURE_HEADER]: signature } : {}),
        ...(hubNow ? { 'x-hub-now': hubNow } : {}),
      },
      body,
    });
    return { status: response.status, ...((await response.json()) as object) };
  }
  const signature = (body: string, token = birminghamAdmin, at = Date.now(), hubNow = '') =>
    signGatewayRequest(
      hub.config.gatewaySigning.secret!,
      {
        method: 'POST',
        search: '',
        subgraph: 'councils',
        requestId: 'signing-test-0001',
        hubNow,
        timeLeftMs: '',
        idempotencyKey: '',
        authorization: `Bearer ${token}`,
        body,
      },
      at,
    );
  const teamsNamed = async () =>
    (await hub.query(birminghamAdmin, teamsQuery)).data!.council.teams.nodes.filter((team: { name: string }) => team.name === teamName)
      .length;

  it.each([
    ['unsigned', () => undefined, 403, 'GATEWAY_SIGNATURE_REQUIRED', /answers only requests signed by the gateway/],
    [
      'signed for another body',
      () => signature(JSON.stringify({ query: teamsQuery })),
      401,
      'GATEWAY_SIGNATURE_INVALID',
      /does not match this request/,
    ],
    ['signed for another token', () => signature(createTeam, coventryAdmin), 401, 'GATEWAY_SIGNATURE_INVALID', /does not match/],
    [
      'signed 61 s ago',
      () => signature(createTeam, birminghamAdmin, Date.now() - 61_000),
      401,
      'GATEWAY_SIGNATURE_INVALID',
      /more than 60 s/,
    ],
  ])('refuses a mutation %s, running nothing', async (_case, sign, status, code, message) => {
    const statements = hub.subgraphs.councils.database.statements;
    const before = statements.total;
    const response = await toCouncils(createTeam, sign());
    expect(response).toMatchObject({ status, errors: [{ extensions: { code }, message: expect.stringMatching(message) }] });
    expect(response.data).toBeUndefined();
    expect(statements.total - before).toBe(0);
    expect(await teamsNamed()).toBe(0);
  });

  it('answers a properly signed request after those refusals', async () => {
    const response = await toCouncils(createTeam, signature(createTeam));
    expect(response.status).toBe(200);
    expect(response.data!.teamCreate).toMatchObject({ team: { id: expect.any(String) }, userErrors: [] });
    expect(await teamsNamed()).toBe(1);
  });

  it('decides by the reading of the hub’s clock a signed request carries, and refuses one the signature does not cover', async () => {
    const asOf = JSON.stringify({ query: `{ council(id: "${BIRMINGHAM_ID}") { headcount { asOf } } }` });
    const reading = '2027-01-15T23:30:00.000Z';
    const signed = await toCouncils(asOf, signature(asOf, birminghamAdmin, Date.now(), reading), reading);
    expect(signed.data!.council.headcount.asOf).toBe('2027-01-15');
    const moved = await toCouncils(asOf, signature(asOf, birminghamAdmin, Date.now(), reading), '2027-01-16T12:00:00.000Z');
    expect(moved).toMatchObject({ status: 401, errors: [{ extensions: { code: 'GATEWAY_SIGNATURE_INVALID' } }] });
  });

  it('lets every subgraph answering a query decide by the gateway’s reading of the clock', async () => {
    const elsewhen = await startGateway({
      config: testConfig({ GATEWAY_SIGNING_SECRET: hub.config.gatewaySigning.secret!, HUB_TODAY: '2027-03-01' }),
      log: createLogger('test', 'silent'),
      supergraphSdl: readCommittedSupergraph(),
      port: 0,
      subgraphUrls: Object.fromEntries(Object.values(hub.subgraphs).map((subgraph) => [subgraph.name, subgraph.url])),
    });
    try {
      const query = `{ council(id: "${BIRMINGHAM_ID}") { headcount { asOf } leadershipProgress { asOf } } }`;
      const response = await hub.query(birminghamAdmin, query, undefined, elsewhen.url);
      expect(response.errors).toBeUndefined();
      expect(response.data!.council).toEqual({ headcount: { asOf: '2027-03-01' }, leadershipProgress: { asOf: '2027-03-01' } });
      expect((await hub.query(birminghamAdmin, query)).data!.council.headcount.asOf).toBe(dateInEngland(hub.config.clockStoppedAt!));
    } finally {
      await elsewhen.close();
    }
  });

  it('works as before through the gateway, member lists included', async () => {
    const admin = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
    const response = await hub.query(
      admin,
      `{ partnership(id: "${DEMO_PARTNERSHIP_ID}") { name
        leadershipProgress { byCouncil { council { id } } }
        placementSupply { byCouncil { council { id } } }
        teaching { byCouncil { council { id } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const { leadershipProgress, placementSupply, teaching } = response.data!.partnership;
    expect(leadershipProgress.byCouncil).toHaveLength(7);
    expect(placementSupply.byCouncil.length).toBeGreaterThanOrEqual(7);
    expect(teaching.byCouncil.length).toBeGreaterThanOrEqual(7);
  });

  it('refuses a gateway with another secret, whose caller sees only a masked error', async () => {
    const stranger = await startGateway({
      config: testConfig(),
      log: createLogger('test', 'silent'),
      supergraphSdl: readCommittedSupergraph(),
      port: 0,
      subgraphUrls: Object.fromEntries(Object.values(hub.subgraphs).map((subgraph) => [subgraph.name, subgraph.url])),
    });
    try {
      const response = await hub.query(birminghamAdmin, teamsQuery, undefined, stranger.url);
      expect(errorCode(response)).toBe('INTERNAL_SERVER_ERROR');
      expect(response.errors![0].message).toMatch(/Quote request id/);
    } finally {
      await stranger.close();
    }
  });

  it('still answers health and readiness checks, which carry no signature', async () => {
    const ready = await fetch(hub.subgraphs.leadership.url.replace('/graphql', '/ready'));
    expect(ready.status).toBe(200);
  });
});
