/**
 * Requests that cannot run, sent to the gateway and to a subgraph directly: each must be a 4xx
 * with a code, never a masked internal error, and the caller's text must not reach the logs.
 * Also the limits a subgraph applies when called directly, and ids written in upper case.
 */
import { buildASTSchema, getIntrospectionQuery, parse } from 'graphql';
import pino from 'pino';
import { readCommittedSupergraph } from '../gateway/src/supergraph-file';
import { subgraphRegistry } from '#hub/shared/subgraph-registry';
import { attacksOn, ENTITIES, entities, post, type AttackCase } from './support/attack-harness';
import { BIRMINGHAM_ID, COVENTRY_ID, DEMO_PARTNERSHIP_ID, demoPermanentPractitionerIds } from './support/demo';
import { startTestHub, type TestHub } from './support/test-hub';

/** Text a caller sends that must never be written to a log. */
const CALLER_TEXT = 'CallerText'.repeat(1_000);

describe('requests that cannot run, and direct calls to a subgraph', () => {
  let hub: TestHub;
  let birminghamAdmin: string;
  let coventryAdmin: string;
  const logLines: string[] = [];
  const { graphql, runAttack } = attacksOn(() => hub);
  const birminghamPractitioner = demoPermanentPractitionerIds('E08000025')[0];
  const coventryPractitioner = demoPermanentPractitionerIds('E08000026')[0];

  beforeAll(async () => {
    const log = pino({ level: 'info' }, { write: (line: string) => void logLines.push(line) });
    hub = await startTestHub({ seedDemoData: true, log });
    birminghamAdmin = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
    coventryAdmin = await hub.token({ roles: ['council_admin'], councils: [COVENTRY_ID] });
  });
  afterAll(() => hub.stop());

  const targets = ['gateway', 'councils'] as const;
  const urlOf = (target: (typeof targets)[number]) => () => (target === 'gateway' ? hub.gatewayUrl : hub.subgraphs[target].url);

  const requestCases = (): AttackCase[] =>
    targets.flatMap((target): AttackCase[] => {
      const url = urlOf(target);
      return [
        {
          name: `${target}: an operationName the document does not hold`,
          send: () =>
            post(
              url(),
              JSON.stringify({ query: 'query Councils { councils { totalCount } }', operationName: CALLER_TEXT }),
              birminghamAdmin,
            ),
          status: 400,
          code: 'OPERATION_RESOLUTION_FAILURE',
          control: {
            send: () =>
              post(
                url(),
                JSON.stringify({ query: 'query Councils { councils { totalCount } }', operationName: 'Councils' }),
                birminghamAdmin,
              ),
            check: (reply) => expect(reply.body?.data?.councils.totalCount).toBeGreaterThan(0),
          },
        },
        {
          name: `${target}: a persisted-query hash that does not match its query`,
          send: () =>
            post(
              url(),
              JSON.stringify({
                query: '{ councils { totalCount } }',
                extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
              }),
              birminghamAdmin,
            ),
          status: 400,
          code: 'PERSISTED_QUERY_HASH_MISMATCH',
        },
        {
          name: `${target}: a cursor with a NUL byte`,
          send: () =>
            graphql(
              birminghamAdmin,
              'query ($after: String) { councils(after: $after) { totalCount } }',
              { after: Buffer.from(JSON.stringify(['Bir\u0000', BIRMINGHAM_ID])).toString('base64url') },
              url(),
            ),
          status: 200,
          code: 'BAD_USER_INPUT',
        },
      ];
    });

  const directLimitCases = (): AttackCase[] => [
    {
      name: 'councils subgraph called directly: 1,000 aliases of __typename',
      send: () =>
        graphql(
          birminghamAdmin,
          `{ ${Array.from({ length: 1_000 }, (_, index) => `a${index}: __typename`).join(' ')} }`,
          {},
          hub.subgraphs.councils.url,
        ),
      status: 400,
      code: 'QUERY_ALIAS_LIMIT',
      control: {
        send: () => graphql(birminghamAdmin, '{ a: __typename b: __typename }', {}, hub.subgraphs.councils.url),
        check: (reply) => expect(reply.body?.data).toEqual({ a: 'Query', b: 'Query' }),
      },
    },
  ];

  /** Introspection 14 levels deep, 12 of them `ofType`, at the gateway and at each subgraph called directly; graphql-js's own introspection query beside it. */
  const introspectionCases = (): AttackCase[] =>
    ['gateway', ...subgraphRegistry.map(({ name }) => name)].map((target): AttackCase => {
      const url = () => (target === 'gateway' ? hub.gatewayUrl : hub.subgraphs[target].url);
      return {
        name: `${target}: an introspection query 14 levels deep`,
        send: () => graphql(birminghamAdmin, `{ __schema { types { ${'ofType { '.repeat(12)}name${' }'.repeat(12)} } } }`, {}, url()),
        status: 400,
        code: 'QUERY_DEPTH_LIMIT',
        control: {
          send: () => graphql(birminghamAdmin, getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }), {}, url()),
          check: (reply) => expect(reply.body?.data?.__schema.types.length).toBeGreaterThan(0),
        },
      };
    });

  /** Lists without paging nested in each other: the answer grows as a power of the data. */
  const nestedListCases = (): AttackCase[] => {
    const nested = (levels: number) => {
      const fields = Array.from({ length: levels }, (_, index) => (index % 2 === 0 ? 'councils' : 'partnerships'));
      return `{ partnership(id: "${DEMO_PARTNERSHIP_ID}") { ${fields.join(' { ')} { id ${'} '.repeat(levels)}} }`;
    };
    return [
      {
        name: 'a dashboard viewer nests partnership councils four levels deep',
        send: async () => graphql(await hub.token({ roles: ['dashboard_viewer'] }), nested(4)),
        status: 400,
        code: 'QUERY_COST_LIMIT',
        control: {
          send: async () => graphql(await hub.token({ roles: ['dashboard_viewer'] }), nested(2)),
          check: (reply) => expect(reply.body?.data?.partnership.councils[0].partnerships).toEqual([{ id: DEMO_PARTNERSHIP_ID }]),
        },
      },
    ];
  };

  /** An id in upper case names the same record as in lower case, and no other organisation's. */
  const upperCaseIdCases = (): AttackCase[] => [
    {
      name: "a council admin asks for another council's practitioner by an upper-case id",
      send: () => graphql(birminghamAdmin, `{ practitioner(id: "${coventryPractitioner.toUpperCase()}") { id } }`),
      status: 200,
      code: null,
      check: (reply) => expect(reply.body?.data?.practitioner).toBeNull(),
      control: {
        send: () => graphql(coventryAdmin, `{ practitioner(id: "${coventryPractitioner.toUpperCase()}") { id } }`),
        check: (reply) => expect(reply.body?.data?.practitioner).toEqual({ id: coventryPractitioner }),
      },
    },
    {
      name: 'a council admin renames another council by its upper-case id',
      send: () =>
        graphql(
          birminghamAdmin,
          `mutation { councilUpdate(input: { id: "${COVENTRY_ID.toUpperCase()}", name: "Taken" }) { userErrors { code } } }`,
        ),
      status: 200,
      code: 'FORBIDDEN',
    },
    {
      name: "councils subgraph _entities: another council's practitioner by an upper-case id",
      send: () =>
        graphql(
          birminghamAdmin,
          ENTITIES('... on Practitioner { id familyName }'),
          { r: [{ __typename: 'Practitioner', id: coventryPractitioner.toUpperCase() }] },
          hub.subgraphs.councils.url,
        ),
      status: 200,
      code: 'FORBIDDEN',
      check: (reply) => expect(entities(reply)).toEqual([null]),
      control: {
        send: () =>
          graphql(
            coventryAdmin,
            ENTITIES('... on Practitioner { id }'),
            { r: [{ __typename: 'Practitioner', id: coventryPractitioner.toUpperCase() }] },
            hub.subgraphs.councils.url,
          ),
        check: (reply) => expect(entities(reply)).toEqual([{ id: coventryPractitioner }]),
      },
    },
  ];

  it.each([...requestCases(), ...directLimitCases(), ...introspectionCases(), ...nestedListCases(), ...upperCaseIdCases()])(
    '$name: a clear error, nothing written, still answering',
    runAttack,
  );

  it('reads a token whose organisation ids are in upper case as the same organisations', async () => {
    const upperCaseClaims = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID.toUpperCase()] });
    const reply = await graphql(upperCaseClaims, `{ practitioner(id: "${birminghamPractitioner}") { id } }`);
    expect(reply.body?.data?.practitioner).toEqual({ id: birminghamPractitioner });
  });

  it('writes none of the caller’s text into the logs', () => {
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.filter((line) => line.includes('CallerText'))).toEqual([]);
  });

  it('files audit events under the organisations whose admin role the token holds, not under bare claims', async () => {
    // A partnership admin whose token also names Coventry, without the council_admin role for it.
    const claimsCoventry = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID], councils: [COVENTRY_ID] });
    const reply = await graphql(
      claimsCoventry,
      'mutation { kssStandardCreate(input: { code: "CFX1", heading: "Working with families", framework: CHILD_AND_FAMILY_PRACTITIONER }) { userErrors { code } } }',
    );
    expect(reply.body?.errors).toBeUndefined();
    const rows: { organisation_ids: string[] }[] = await hub.subgraphs.leadership.database.dataSource.query(
      `SELECT organisation_ids FROM leadership.audit_event WHERE action = 'kssStandardCreate'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.flatMap((row) => row.organisation_ids)).not.toContain(COVENTRY_ID);
  });
});

describe('error messages in production', () => {
  let hub: TestHub;
  let token: string;
  const supergraphTypes = Object.keys(buildASTSchema(parse(readCommittedSupergraph()), { assumeValidSDL: true }).getTypeMap()).filter(
    (name) => !name.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(name),
  );

  beforeAll(async () => {
    hub = await startTestHub({
      seedDemoData: true,
      env: {
        NODE_ENV: 'production',
        JWT_SECRET: 'attacks-requests-test-secret-of-forty-chars',
        JWT_ISSUER: 'https://idp.test.example',
        JWT_AUDIENCE: 'partnership-hub-test',
        SUBGRAPHS_ACCEPT_DIRECT_CALLS: 'true',
      },
    });
    token = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
  });
  afterAll(() => hub.stop());

  // Each is refused by validation or variable coercion, whose messages graphql-js writes with type names.
  const mistakes: [string, string, Record<string, unknown>][] = [
    ['a list asked for without a selection', '{ practitioners }', {}],
    ['a field that is not there', '{ councils { nodes { nickname } } }', {}],
    ['a selection on a scalar', '{ councils { totalCount { value } } }', {}],
    ['an unknown type in a variable', 'query ($filter: PractitionerFilterInputs) { practitioners(filter: $filter) { totalCount } }', {}],
    ['a variable of the wrong type', 'query ($first: String) { practitioners(first: $first) { totalCount } }', {}],
    [
      'an unknown enum value in a variable',
      'query ($level: PcfLevel) { councils(first: 1) { totalCount } l: pcfLevels { level } }',
      { level: 'GRAND_WIZARD' },
    ],
    ['a missing required argument', '{ practitioner { id } }', {}],
    ['a fragment on a type that cannot be there', '{ councils { nodes { ... on Student { id } } } }', {}],
    ['a wrong value in an input', `{ practitioners(filter: { councilId: 3 }) { totalCount } }`, {}],
  ];

  it.each(mistakes)('%s: refused without naming a type of the schema', async (_name, query, variables) => {
    for (const url of [hub.gatewayUrl, hub.subgraphs.councils.url]) {
      const reply = await hub.query(token, query, variables, url);
      expect(reply.errors?.length).toBeGreaterThan(0);
      for (const { message } of reply.errors!) {
        expect(message).toMatch(/\w{3,}.*\w{3,}/);
        expect(supergraphTypes.filter((type) => new RegExp(`\\b${type}\\b`).test(message))).toEqual([]);
      }
    }
  });
});
