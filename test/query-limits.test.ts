import { startGateway } from '../gateway/src/gateway';
import { readCommittedSupergraph } from '../gateway/src/supergraph-file';
import { createLogger } from '#hub/shared/logger';
import { DEMO_PARTNERSHIP_ID } from './support/demo';
import { aliasedQuery, costlyQuery, directiveQuery, nestedQuery, tokenQuery } from './support/query-shapes';
import { errorCode, startTestHub, testConfig, type GraphQLResponse, type TestHub } from './support/test-hub';

const PRODUCTION = {
  NODE_ENV: 'production',
  JWT_SECRET: 'query-limits-test-secret-of-forty-characters',
  JWT_ISSUER: 'https://idp.test.example',
  JWT_AUDIENCE: 'partnership-hub-test',
  // The limits of a subgraph reached directly are part of what is tested.
  SUBGRAPHS_ACCEPT_DIRECT_CALLS: 'true',
};

describe('query limits in production, at the gateway and at a subgraph', () => {
  let hub: TestHub;
  let token: string;
  let councilsUrl: string;

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true, env: PRODUCTION });
    token = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
    councilsUrl = hub.subgraphs.councils.url;
  });
  afterAll(() => hub.stop());

  async function expectRefusal(
    query: string,
    url: string,
    code: string,
    message: RegExp,
    variables?: Record<string, unknown>,
  ): Promise<void> {
    const refused = await hub.query(token, query, variables, url);
    expect(refused.status).toBe(400);
    expect(refused.data).toBeUndefined();
    expect(refused.errors).toHaveLength(1);
    expect(refused.errors![0].extensions).toEqual({ code, limit: expect.any(Number) });
    expect(refused.errors![0].message).toMatch(message);
    const normal = await hub.query(token, '{ councils { totalCount } }', undefined, url);
    expect(normal.errors).toBeUndefined();
    expect(normal.data!.councils.totalCount).toBe(7);
  }

  it('refuses a query nested too deeply, naming the depth found and the limit', async () => {
    expect((await hub.query(token, nestedQuery(10))).errors).toBeUndefined();
    await expectRefusal(nestedQuery(11), hub.gatewayUrl, 'QUERY_DEPTH_LIMIT', /^The query nests 11 levels deep; the limit is 10\.$/);
    expect((await hub.query(token, nestedQuery(12), undefined, councilsUrl)).errors).toBeUndefined();
    await expectRefusal(nestedQuery(13), councilsUrl, 'QUERY_DEPTH_LIMIT', /^The query nests 13 levels deep; the limit is 12\.$/);
  });

  it('refuses an alias flood', async () => {
    expect((await hub.query(token, aliasedQuery(15))).errors).toBeUndefined();
    await expectRefusal(aliasedQuery(16), hub.gatewayUrl, 'QUERY_ALIAS_LIMIT', /^The query uses 16 aliases; the limit is 15\.$/);
    await expectRefusal(aliasedQuery(41), councilsUrl, 'QUERY_ALIAS_LIMIT', /^The query uses 41 aliases; the limit is 40\.$/);
  });

  it('refuses too many directives', async () => {
    expect((await hub.query(token, directiveQuery(50))).errors).toBeUndefined();
    await expectRefusal(directiveQuery(51), hub.gatewayUrl, 'QUERY_DIRECTIVE_LIMIT', /^The query uses 51 directives; the limit is 50\.$/);
    await expectRefusal(directiveQuery(111), councilsUrl, 'QUERY_DIRECTIVE_LIMIT', /^The query uses 111 directives; the limit is 110\.$/);
  });

  it('refuses a document with too many tokens before parsing all of it', async () => {
    expect((await hub.query(token, tokenQuery(1000))).errors).toBeUndefined();
    await expectRefusal(
      tokenQuery(1001),
      hub.gatewayUrl,
      'QUERY_TOKEN_LIMIT',
      /^The query has more than 1000 tokens .*The limit is 1000\.$/,
    );
    await expectRefusal(tokenQuery(4001), councilsUrl, 'QUERY_TOKEN_LIMIT', /^The query has more than 4000 tokens .*The limit is 4000\.$/);
  });

  it('refuses a query whose pages could return too much, and accepts the largest dashboard query', async () => {
    await expectRefusal(
      costlyQuery(['id']),
      hub.gatewayUrl,
      'QUERY_COST_LIMIT',
      /^The query's estimated cost is 50400; the limit is 50000\. /,
    );
    const tenFields = [
      'id',
      'sweNumber',
      'givenName',
      'familyName',
      'role',
      'pcfLevel',
      'employment',
      'startedOn',
      'qualifiedOn',
      'inPost',
    ];
    await expectRefusal(
      costlyQuery(tenFields),
      councilsUrl,
      'QUERY_COST_LIMIT',
      /^The query's estimated cost is 140400; the limit is 100000\. /,
    );
    const dashboard = `{ councils(first: 7) { nodes { name teams(first: 10) { nodes { name
      practitioners(first: 50) { totalCount nodes { sweNumber familyName team { name } } } } } } } }`;
    expect((await hub.query(token, dashboard)).errors).toBeUndefined();
  });

  it('costs pages passed in variables at their values, as a query planner may pass them', async () => {
    const dashboard = `query ($councils: Int, $teams: Int, $practitioners: Int) { councils(first: $councils) { nodes { name
      teams(first: $teams) { nodes { name practitioners(first: $practitioners) { totalCount nodes { sweNumber familyName team { name } } } } } } } }`;
    const pages = { councils: 7, teams: 10, practitioners: 50 };
    for (const url of [hub.gatewayUrl, councilsUrl]) {
      const answer = await hub.query(token, dashboard, pages, url);
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.councils.nodes).toHaveLength(7);
    }
    // The largest pages: 100 councils × (2 + 2 nodes + 1 name + 100 teams × (2 + 2 + 1 + 100 practitioners × (2 + 1 + 2 + 1 + 1 + 3))).
    await expectRefusal(dashboard, hub.gatewayUrl, 'QUERY_COST_LIMIT', /^The query's estimated cost is 10050500; the limit is 50000\. /, {
      councils: 100,
      teams: 100,
      practitioners: 100,
    });
  });

  it('passes a subgraph’s refusal on to the caller with its code, unmasked', async () => {
    // A gateway allowing more than its subgraphs do, as when the services are configured apart.
    const config = testConfig({ ...PRODUCTION, QUERY_MAX_DEPTH: '20', GATEWAY_SIGNING_SECRET: hub.config.gatewaySigning.secret! });
    const looseGateway = await startGateway({
      config,
      log: createLogger('test', 'silent'),
      supergraphSdl: readCommittedSupergraph(),
      port: 0,
      subgraphUrls: Object.fromEntries(Object.values(hub.subgraphs).map((subgraph) => [subgraph.name, subgraph.url])),
    });
    try {
      const refused = await hub.query(token, nestedQuery(13), undefined, looseGateway.url);
      expect(refused.errors![0]).toMatchObject({
        message: 'The query nests 13 levels deep; the limit is 12.',
        extensions: { code: 'QUERY_DEPTH_LIMIT', serviceName: 'councils' },
      });
    } finally {
      await looseGateway.close();
    }
  });

  it('lets through queries at the gateway’s depth, alias and directive limits that cross subgraphs, and a fragment spread in four', async () => {
    const partnership = `partnership(id: "${DEMO_PARTNERSHIP_ID}")`;
    const tenLevels = `{ ${partnership} { teaching { byCouncil { council { teams { nodes {
      practitioners { nodes { team { name } } } } } } } } } }`;
    const fifteenAliases = `{ ${Array.from(
      { length: 15 },
      (_, index) => `p${index}: ${partnership} { teaching { sessions } placementSupply { total { shortfall } } }`,
    ).join(' ')} }`;
    const fiftyDirectives = `query ($yes: Boolean = true) { ${partnership} { councils { ${Array.from(
      { length: 5 },
      () => `name @include(if: $yes) teams @include(if: $yes) { nodes @include(if: $yes) { name @include(if: $yes) } }
        shadowingVisits @include(if: $yes) { nodes @include(if: $yes) { status @include(if: $yes) } }
        placementSupply @include(if: $yes) { shortfall @include(if: $yes) } headcount @include(if: $yes) { inPost }`,
    ).join(' ')} } } }`;
    const everyCouncilField = `fragment CouncilFigures on Council { id name gssCode region headcount { inPost agency agencyRate }
      latestWorkforceSnapshot { agencyRate vacancyRate turnoverRate } teams(first: 5) { nodes { name headcount { inPost } } }
      placementSupply { committedStatutoryPlaces offeredStatutoryPlaces allocatedStatutoryPlaces shortfall }
      shadowingVisits(first: 20) { nodes { status visitOn lecturer { familyName } } } }`;
    const oneFragmentFourWays = `{ ${partnership} { councils { ...CouncilFigures }
      teaching { byCouncil { council { ...CouncilFigures } practitionerTeaching { hours } } }
      placementSupply { byCouncil { council { ...CouncilFigures } shortfall } }
      leadershipProgress { byCouncil { council { ...CouncilFigures } asye { inProgress } } } } } ${everyCouncilField}`;
    for (const query of [tenLevels, fifteenAliases, fiftyDirectives, oneFragmentFourWays]) {
      const response = await hub.query(token, query);
      expect(response.errors).toBeUndefined();
    }
  });

  it('refuses a batched request (a JSON array) with a clear error', async () => {
    for (const url of [hub.gatewayUrl, councilsUrl]) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify([{ query: '{ councils { totalCount } }' }, { query: '{ councils { totalCount } }' }]),
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as GraphQLResponse;
      expect(body.errors![0]).toMatchObject({ extensions: { code: 'BATCHING_NOT_SUPPORTED' } });
      expect(body.errors![0].message).toMatch(/send one operation per request/);
    }
  });

  it('does not suggest field names for a misspelt field', async () => {
    for (const url of [hub.gatewayUrl, councilsUrl]) {
      const response = await hub.query(token, '{ councils { totalCont } }', undefined, url);
      expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(response.errors![0].message).toBe('Cannot query field "totalCont".');
    }
  });

  it('refuses introspection at the gateway and the subgraphs, while `_service { sdl }` still answers a subgraph', async () => {
    for (const url of [hub.gatewayUrl, councilsUrl]) {
      for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Council") { fields { name } } }']) {
        const response = await hub.query(token, query, undefined, url);
        expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(response.errors![0].message).toMatch(/introspection is not allowed/i);
      }
    }
    const sdl = await hub.query(token, '{ _service { sdl } }', undefined, councilsUrl);
    expect(sdl.data!._service.sdl).toMatch(/type Council\s+@key\(fields: "id"\)/);
  });
});
