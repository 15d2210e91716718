import { SignJWT } from 'jose';
import { BIRMINGHAM_ID, COVENTRY_ID, DEMO_PARTNERSHIP_ID } from './support/demo';
import { errorCode, startTestHub, type TestHub } from './support/test-hub';

describe('authentication and organisation scope', () => {
  let hub: TestHub;
  let birminghamAdmin: string;

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    birminghamAdmin = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
  });
  afterAll(() => hub.stop());

  const COUNCILS = '{ councils { totalCount } }';

  it.each([
    ['no token', null, /bearer token is required/],
    ['a token that is not a JWT', 'abc.def.ghi', /malformed or cannot be verified/],
  ])('refuses a request with %s as UNAUTHENTICATED', async (_case, token, message) => {
    const response = await hub.query(token, COUNCILS);
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
    expect(response.errors![0].message).toMatch(message);
    expect(response.data).toBeUndefined();
  });

  it('refuses an expired token, naming the reason', async () => {
    const expired = await hub.token({ roles: ['partnership_admin'] }, Math.floor(Date.now() / 1000) - 60);
    const response = await hub.query(expired, COUNCILS);
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
    expect(response.errors![0].message).toMatch(/expired/);
  });

  it('refuses a token signed with another secret', async () => {
    const forged = await new SignJWT({ roles: ['partnership_admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('intruder')
      .setIssuer(hub.config.jwt.issuer)
      .setAudience(hub.config.jwt.audience)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('a-different-secret-that-is-long-enough-to-sign'));
    const response = await hub.query(forged, COUNCILS);
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
    expect(response.errors![0].message).toMatch(/signature/);
  });

  it('refuses an unsigned (alg: none) token', async () => {
    const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
    const unsigned = `${encode({ alg: 'none' })}.${encode({ sub: 'x', roles: ['partnership_admin'], iss: hub.config.jwt.issuer, aud: hub.config.jwt.audience })}.`;
    expect(errorCode(await hub.query(unsigned, COUNCILS))).toBe('UNAUTHENTICATED');
  });

  it('refuses a token without any known role', async () => {
    const roleless = await hub.token({ roles: ['superuser' as never] });
    expect(errorCode(await hub.query(roleless, COUNCILS))).toBe('UNAUTHENTICATED');
  });

  it('also refuses a missing token at a subgraph reached directly', async () => {
    const response = await hub.query(null, COUNCILS, undefined, hub.subgraphs.councils.url);
    expect(response.status).toBe(401);
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
  });

  it("lets a council admin see their own council's practitioners", async () => {
    const response = await hub.query(birminghamAdmin, `query ($id: ID!) { council(id: $id) { practitioners(first: 3) { totalCount } } }`, {
      id: BIRMINGHAM_ID,
    });
    expect(response.data!.council.practitioners.totalCount).toBe(96);
  });

  it("answers FORBIDDEN when a council admin asks for another council's practitioners", async () => {
    const viaCouncil = await hub.query(birminghamAdmin, `query ($id: ID!) { council(id: $id) { name practitioners { totalCount } } }`, {
      id: COVENTRY_ID,
    });
    expect(errorCode(viaCouncil)).toBe('FORBIDDEN');
    // The council is public; only the list refused is null.
    expect(viaCouncil.data!.council).toEqual({ name: 'Coventry City Council', practitioners: null });

    const viaFilter = await hub.query(birminghamAdmin, `query ($id: ID!) { practitioners(filter: { councilId: $id }) { totalCount } }`, {
      id: COVENTRY_ID,
    });
    expect(errorCode(viaFilter)).toBe('FORBIDDEN');

    const coventryPractitioner = await hub.query(
      await hub.token({ roles: ['council_admin'], councils: [COVENTRY_ID] }),
      '{ practitioners(first: 1) { nodes { id } } }',
    );
    const direct = await hub.query(birminghamAdmin, `query ($id: ID!) { practitioner(id: $id) { familyName } }`, {
      id: coventryPractitioner.data!.practitioners.nodes[0].id,
    });
    // One record by id answers null, as for an unknown id, so it cannot tell whether the id exists.
    expect(direct.data).toEqual({ practitioner: null });
  });

  it('lists only the practitioners of councils a council admin administers', async () => {
    const response = await hub.query(birminghamAdmin, '{ practitioners(first: 100) { totalCount nodes { council { id } } } }');
    expect(response.data!.practitioners.totalCount).toBe(96);
    expect(new Set(response.data!.practitioners.nodes.map((node: any) => node.council.id))).toEqual(new Set([BIRMINGHAM_ID]));
  });

  it('lets a practitioner see only their own record', async () => {
    const someone = await hub.query(birminghamAdmin, '{ practitioners(first: 1) { nodes { id sweNumber } } }');
    const { id, sweNumber } = someone.data!.practitioners.nodes[0];
    const self = await hub.token({ roles: ['practitioner'], practitioner: id });
    const list = await hub.query(self, '{ practitioners { totalCount nodes { sweNumber } } }');
    expect(list.data!.practitioners).toEqual({ totalCount: 1, nodes: [{ sweNumber }] });
    const council = await hub.query(self, `query ($id: ID!) { council(id: $id) { practitioners { totalCount } } }`, { id: BIRMINGHAM_ID });
    expect(errorCode(council)).toBe('FORBIDDEN');
  });

  it('gives a dashboard viewer aggregates but no practitioner records', async () => {
    const viewer = await hub.token({ roles: ['dashboard_viewer'] });
    const aggregates = await hub.query(viewer, `query ($id: ID!) { partnership(id: $id) { headcount { inPost agencyRate } } }`, {
      id: DEMO_PARTNERSHIP_ID,
    });
    expect(aggregates.data!.partnership.headcount.inPost).toBeGreaterThanOrEqual(300);
    expect(errorCode(await hub.query(viewer, '{ practitioners { totalCount } }'))).toBe('FORBIDDEN');
  });

  it('scopes a partnership admin to the member councils of their partnerships', async () => {
    const admin = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
    expect((await hub.query(admin, '{ practitioners { totalCount } }')).data!.practitioners.totalCount).toBe(318);
    const outsider = await hub.token({ roles: ['partnership_admin'], partnerships: ['00000000-0000-4000-8000-000000000000'] });
    expect((await hub.query(outsider, '{ practitioners { totalCount } }')).data!.practitioners.totalCount).toBe(0);
  });
});
