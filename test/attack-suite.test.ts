/**
 * Bad input and attacks, one table: each case must get a clear error (HTTP status and code), write
 * nothing, and leave every server answering. "Nothing written" is read off the audit log: every
 * write makes an audit event, so an unchanged count of events in every subgraph means no change.
 */
import { SignJWT, UnsecuredJWT } from 'jose';
import { subgraphRegistry } from '../subgraphs/registry';
import { BIRMINGHAM_ID, COVENTRY_ID, DEMO_PARTNERSHIP_ID, DEMO_UNIVERSITY_ID, demoPermanentPractitionerIds } from './support/demo';
import { startTestHub, type TestHub } from './support/test-hub';

interface Reply {
  status: number;
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] } | null;
}

interface AttackCase {
  readonly name: string;
  readonly send: () => Promise<Reply>;
  /** The HTTP status and error code expected; `code: null` means the request is answered without error (and `check` says what). */
  readonly status: number;
  readonly code: string | null;
  readonly check?: (reply: Reply) => void;
}

const BIRMINGHAM_GSS = 'E08000025';
const COVENTRY_GSS = 'E08000026';
const SQL_METACHARACTERS = [
  `' OR '1'='1`,
  `'; DROP TABLE councils.council; --`,
  `%`,
  `_`,
  `\\`,
  `") OR 1=1 --`,
  `$1`,
  `*/ SELECT pg_sleep(5) /*`,
];

describe('the attack and bad-input suite', () => {
  let hub: TestHub;
  let birminghamAdmin: string;
  let partnershipAdmin: string;
  let universityAdmin: string;
  const claims = { roles: ['council_admin' as const], councils: [BIRMINGHAM_ID] };

  const post = async (url: string, body: string, token: string | null, contentType = 'application/json'): Promise<Reply> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
    const text = await response.text();
    let parsed: Reply['body'] = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
    return { status: response.status, body: parsed };
  };
  const graphql = (token: string | null, query: string, variables: Record<string, unknown> = {}, url = hub.gatewayUrl) =>
    post(url, JSON.stringify({ query, variables }), token);

  const auditEventCount = async (): Promise<number> => {
    let total = 0;
    for (const { name } of subgraphRegistry) {
      const [row] = await hub.subgraphs[name].database.dataSource.query(`SELECT count(*)::int AS n FROM "${name}".audit_event`);
      total += row.n;
    }
    return total;
  };

  /** The gateway, and so every subgraph behind it, still answers. */
  const answersNormally = async () => {
    const reply = await graphql(
      partnershipAdmin,
      `{ councils(first: 1) { totalCount } practitioners(first: 1) { totalCount } partnership(id: "${DEMO_PARTNERSHIP_ID}") { universities { id } } }`,
    );
    expect(reply.status).toBe(200);
    expect(reply.body?.errors).toBeUndefined();
  };

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    birminghamAdmin = await hub.token(claims);
    partnershipAdmin = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
    universityAdmin = await hub.token({ roles: ['university_admin'], universities: [DEMO_UNIVERSITY_ID] });
  });
  afterAll(() => hub.stop());

  const signedWith = (secret: string, overrides: { issuer?: string; audience?: string; expires?: number } = {}) =>
    new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('attacker')
      .setIssuer(overrides.issuer ?? hub.config.jwt.issuer)
      .setAudience(overrides.audience ?? hub.config.jwt.audience)
      .setIssuedAt()
      .setExpirationTime(overrides.expires ?? '1h')
      .sign(new TextEncoder().encode(secret));
  const devSecret = () => hub.config.jwt.secret!;
  const RENAME_BIRMINGHAM = `mutation { councilUpdate(input: { id: "${BIRMINGHAM_ID}", name: "Renamed by an attacker" }) { council { name } userErrors { code } } }`;

  const tokenCases = (): AttackCase[] =>
    ['gateway', ...subgraphRegistry.map((entry) => entry.name)].flatMap((target) => {
      const url = () => (target === 'gateway' ? hub.gatewayUrl : hub.subgraphs[target].url);
      const refused = (name: string, token: () => Promise<string | null>): AttackCase => ({
        name: `${target}: ${name}`,
        send: async () => graphql(await token(), RENAME_BIRMINGHAM, {}, url()),
        status: 401,
        code: 'UNAUTHENTICATED',
      });
      return [
        refused('no token', async () => null),
        refused('an expired token', () => signedWith(devSecret(), { expires: Math.floor(Date.now() / 1000) - 60 })),
        refused('a token signed with another secret', () => signedWith('another-secret-that-is-long-enough-to-be-accepted')),
        refused('an alg:none token', async () =>
          new UnsecuredJWT({ ...claims })
            .setSubject('attacker')
            .setIssuer(hub.config.jwt.issuer)
            .setAudience(hub.config.jwt.audience)
            .setExpirationTime('1h')
            .encode(),
        ),
        refused('a token for another audience', () => signedWith(devSecret(), { audience: 'another-service' })),
        refused('a token from another issuer', () => signedWith(devSecret(), { issuer: 'someone-else' })),
        refused('a token with its payload altered', async () => {
          const [header, , signature] = (await signedWith(devSecret())).split('.');
          const payload = Buffer.from(JSON.stringify({ ...claims, councils: [COVENTRY_ID], sub: 'attacker' })).toString('base64url');
          return `${header}.${payload}.${signature}`;
        }),
        refused('garbage in place of a token', async () => 'not.a.jwt'),
      ];
    });

  const otherOrganisationCases = (): AttackCase[] => {
    const [coventryPractitioner] = demoPermanentPractitionerIds(COVENTRY_GSS);
    const [birminghamPractitioner] = demoPermanentPractitionerIds(BIRMINGHAM_GSS);
    return [
      {
        name: "a council admin asks for another council's practitioner by id",
        send: () => graphql(birminghamAdmin, `{ practitioner(id: "${coventryPractitioner}") { id familyName } }`),
        status: 200,
        code: null,
        check: (reply) => expect(reply.body?.data?.practitioner).toBeNull(),
      },
      {
        name: "a council admin lists another council's practitioners",
        send: () => graphql(birminghamAdmin, `{ practitioners(filter: { councilId: "${COVENTRY_ID}" }) { nodes { id familyName } } }`),
        status: 200,
        code: 'FORBIDDEN',
      },
      {
        name: "a council admin updates another council's practitioner",
        send: () =>
          graphql(
            birminghamAdmin,
            `mutation { practitionerUpdate(input: { id: "${coventryPractitioner}", familyName: "Changed" }) { userErrors { code } } }`,
          ),
        status: 200,
        code: 'FORBIDDEN',
      },
      {
        name: 'a council admin renames another council',
        send: () =>
          graphql(birminghamAdmin, `mutation { councilUpdate(input: { id: "${COVENTRY_ID}", name: "Taken" }) { userErrors { code } } }`),
        status: 200,
        code: 'FORBIDDEN',
      },
      {
        name: "councils subgraph _entities: another council's practitioner",
        send: () =>
          graphql(
            birminghamAdmin,
            `
              query ($r: [_Any!]!) {
                _entities(representations: $r) {
                  ... on Practitioner {
                    id
                    sweNumber
                    familyName
                  }
                }
              }
            `,
            { r: [{ __typename: 'Practitioner', id: coventryPractitioner }] },
            hub.subgraphs.councils.url,
          ),
        status: 200,
        code: null,
        check: (reply) => expect(reply.body?.data?._entities).toEqual([null]),
      },
      {
        name: 'universities subgraph _entities: a student, asked by a council admin',
        send: async () => {
          const students = await graphql(
            universityAdmin,
            `{ students(filter: { universityId: "${DEMO_UNIVERSITY_ID}" }, first: 1) { nodes { id } } }`,
          );
          return graphql(
            birminghamAdmin,
            `
              query ($r: [_Any!]!) {
                _entities(representations: $r) {
                  ... on Student {
                    id
                    givenName
                    familyName
                  }
                }
              }
            `,
            { r: [{ __typename: 'Student', id: students.body!.data!.students.nodes[0].id }] },
            hub.subgraphs.universities.url,
          );
        },
        status: 200,
        code: null,
        check: (reply) => expect(reply.body?.data?._entities).toEqual([null]),
      },
      {
        name: "leadership subgraph _entities: another council's practitioner's ASYE and CPD",
        send: () =>
          graphql(
            birminghamAdmin,
            `
              query ($r: [_Any!]!) {
                _entities(representations: $r) {
                  ... on Practitioner {
                    asye {
                      id
                    }
                    cpd {
                      id
                      title
                    }
                  }
                }
              }
            `,
            { r: [{ __typename: 'Practitioner', id: coventryPractitioner }] },
            hub.subgraphs.leadership.url,
          ),
        status: 200,
        code: null,
        check: (reply) => expect(reply.body?.data?._entities).toEqual([{ asye: null, cpd: [] }]),
      },
      {
        name: "placements subgraph _entities: another council's practice educator record",
        send: () =>
          graphql(
            birminghamAdmin,
            `
              query ($r: [_Any!]!) {
                _entities(representations: $r) {
                  ... on Practitioner {
                    practiceEducator {
                      id
                      stage
                    }
                  }
                }
              }
            `,
            { r: [{ __typename: 'Practitioner', id: coventryPractitioner }] },
            hub.subgraphs.placements.url,
          ),
        status: 200,
        code: null,
        check: (reply) => expect(reply.body?.data?._entities?.[0]?.practiceEducator ?? null).toBeNull(),
      },
      {
        name: 'a partnership admin of another partnership reads the demo partnership’s practitioners',
        send: async () =>
          graphql(
            await hub.token({ roles: ['partnership_admin'], partnerships: ['00000000-0000-4000-8000-000000000001'] }),
            `{ practitioner(id: "${birminghamPractitioner}") { id familyName } }`,
          ),
        status: 200,
        code: null,
        check: (reply) => expect(reply.body?.data?.practitioner).toBeNull(),
      },
    ];
  };

  const inputCases = (): AttackCase[] => [
    {
      name: 'a 200,000-character council name',
      send: () =>
        graphql(
          birminghamAdmin,
          `mutation ($name: String!) { councilUpdate(input: { id: "${BIRMINGHAM_ID}", name: $name }) { council { id } userErrors { field code } } }`,
          {
            name: 'B'.repeat(200_000),
          },
        ),
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    },
    {
      name: 'a 5,000-character council name within the body limit',
      send: () =>
        graphql(
          birminghamAdmin,
          `mutation ($name: String!) { councilUpdate(input: { id: "${BIRMINGHAM_ID}", name: $name }) { council { id } userErrors { field code } } }`,
          {
            name: 'B'.repeat(5_000),
          },
        ),
      status: 200,
      code: null,
      check: (reply) =>
        expect(reply.body?.data?.councilUpdate).toEqual({ council: null, userErrors: [{ field: ['input', 'name'], code: 'TOO_LONG' }] }),
    },
    {
      name: 'an enum value that does not exist, in a variable',
      send: () =>
        graphql(
          birminghamAdmin,
          `mutation ($level: PcfLevel) { practitionerUpdate(input: { id: "${BIRMINGHAM_ID}", pcfLevel: $level }) { userErrors { code } } }`,
          {
            level: 'GRAND_WIZARD',
          },
        ),
      status: 400,
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'an enum value that does not exist, in the query text',
      send: () =>
        graphql(
          birminghamAdmin,
          `mutation { practitionerUpdate(input: { id: "${BIRMINGHAM_ID}", pcfLevel: GRAND_WIZARD }) { userErrors { code } } }`,
        ),
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
    },
    {
      name: 'an impossible date (30 February)',
      send: () =>
        graphql(
          birminghamAdmin,
          `mutation ($on: Date) { practitionerUpdate(input: { id: "${BIRMINGHAM_ID}", leftOn: $on }) { userErrors { code } } }`,
          {
            on: '2025-02-30',
          },
        ),
      status: 200,
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'a date in another format',
      send: () =>
        graphql(
          birminghamAdmin,
          `mutation ($on: Date) { practitionerUpdate(input: { id: "${BIRMINGHAM_ID}", leftOn: $on }) { userErrors { code } } }`,
          {
            on: '01/02/2025',
          },
        ),
      status: 200,
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'an id that is not a UUID',
      send: () =>
        graphql(
          birminghamAdmin,
          `
            mutation {
              councilUpdate(input: { id: "1 OR 1=1", name: "x" }) {
                userErrors {
                  field
                  code
                }
              }
            }
          `,
        ),
      status: 200,
      code: null,
      check: (reply) => expect(reply.body?.data?.councilUpdate.userErrors).toEqual([{ field: ['input', 'id'], code: 'NOT_FOUND' }]),
    },
    {
      name: 'malformed JSON',
      send: () => post(hub.gatewayUrl, '{"query": "{ councils { totalCount } }"', birminghamAdmin),
      status: 400,
      code: 'BAD_REQUEST',
    },
    {
      name: 'a JSON body that is not an object',
      send: () => post(hub.gatewayUrl, '"{ councils { totalCount } }"', birminghamAdmin),
      status: 400,
      code: 'BAD_REQUEST',
    },
    {
      name: 'a query that does not parse',
      send: () => graphql(birminghamAdmin, '{ councils(first: 1 { totalCount } }'),
      status: 400,
      code: 'GRAPHQL_PARSE_FAILED',
    },
    {
      name: 'a form post (CSRF)',
      send: () => post(hub.gatewayUrl, 'query={councils{totalCount}}', null, 'application/x-www-form-urlencoded'),
      status: 400,
      code: 'BAD_REQUEST',
    },
  ];

  const textFilterCases = (): AttackCase[] =>
    SQL_METACHARACTERS.flatMap((text) => [
      {
        name: `councils(nameContains: ${JSON.stringify(text)})`,
        send: () =>
          graphql(
            birminghamAdmin,
            `
              query ($text: String!) {
                councils(filter: { nameContains: $text }) {
                  totalCount
                }
              }
            `,
            { text },
          ),
        status: 200,
        code: null,
        check: (reply: Reply) => expect(reply.body?.data?.councils.totalCount).toBe(0),
      },
      {
        name: `practitioners(familyNameContains: ${JSON.stringify(text)})`,
        send: () =>
          graphql(
            partnershipAdmin,
            `
              query ($text: String!) {
                practitioners(filter: { familyNameContains: $text }) {
                  totalCount
                }
              }
            `,
            { text },
          ),
        status: 200,
        code: null,
        check: (reply: Reply) => expect(reply.body?.data?.practitioners.totalCount).toBe(0),
      },
      {
        name: `students(familyNameContains: ${JSON.stringify(text)})`,
        send: () =>
          graphql(
            universityAdmin,
            `query ($text: String!) { students(filter: { universityId: "${DEMO_UNIVERSITY_ID}", familyNameContains: $text }) { totalCount } }`,
            { text },
          ),
        status: 200,
        code: null,
        check: (reply: Reply) => expect(reply.body?.data?.students.totalCount).toBe(0),
      },
      {
        name: `lecturers(familyNameContains: ${JSON.stringify(text)})`,
        send: () =>
          graphql(
            universityAdmin,
            `
              query ($text: String!) {
                lecturers(filter: { familyNameContains: $text }) {
                  totalCount
                }
              }
            `,
            { text },
          ),
        status: 200,
        code: null,
        check: (reply: Reply) => expect(reply.body?.data?.lecturers.totalCount).toBe(0),
      },
    ]);

  const controlCharacterCase: AttackCase = {
    name: 'a NUL byte in a text filter',
    send: () =>
      graphql(
        birminghamAdmin,
        `
          query ($text: String!) {
            councils(filter: { nameContains: $text }) {
              totalCount
            }
          }
        `,
        { text: 'Bir\u0000' },
      ),
    status: 200,
    code: 'BAD_USER_INPUT',
  };

  const cases: AttackCase[] = [...tokenCases(), ...otherOrganisationCases(), ...inputCases(), ...textFilterCases(), controlCharacterCase];

  it.each(cases)('$name: a clear error, nothing written, still answering', async (attack) => {
    const before = await auditEventCount();
    const reply = await attack.send();
    const error = reply.body?.errors?.[0];
    expect({ status: reply.status, code: error?.extensions?.code ?? null, message: error?.message }).toEqual({
      status: attack.status,
      code: attack.code,
      // A clear error says what is wrong in words; a case answered without error has no message.
      message: attack.code === null ? undefined : expect.stringMatching(/\w{3,}.*\w{3,}/),
    });
    attack.check?.(reply);
    expect(await auditEventCount()).toBe(before);
    await answersNormally();
  });

  it('keeps the tables the SQL metacharacters named', async () => {
    const [row] = await hub.subgraphs.councils.database.dataSource.query('SELECT count(*)::int AS n FROM councils.council');
    expect(row.n).toBeGreaterThan(0);
  });
});
