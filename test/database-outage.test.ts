import { DEMO_PARTNERSHIP_ID } from './support/demo';
import { startTcpProxy, throughProxy, type TcpProxy } from './support/tcp-proxy';
import { startTestHub, type GraphQLResponse, type TestHub } from './support/test-hub';

const COUNCILS = '{ councils { totalCount } }';
const COUNCILS_AND_KSS = '{ a: councils { totalCount } b: kssStandards { code } }';
const COUNCIL_CREATE = `mutation ($input: CouncilCreateInput!) { councilCreate(input: $input) { council { id } userErrors { code } } }`;
const leeds = (gssCode: string) => ({
  input: { gssCode, name: 'Leeds City Council', region: 'YORKSHIRE_AND_THE_HUMBER', partnershipId: DEMO_PARTNERSHIP_ID },
});

/** Generous: proves "did not hang", not a speed. */
const FAILS_FAST_MS = 5_000;

describe('the councils database cut off behind a proxy the test controls', () => {
  let hub: TestHub;
  let proxy: TcpProxy;
  let admin: string;

  const councilsReady = () => fetch(new URL('ready', hub.subgraphs.councils.url));
  const gatewayReady = () => fetch(new URL('ready', hub.gatewayUrl));
  const councilCount = async () => (await hub.query(admin, COUNCILS)).data!.councils.totalCount as number;
  const timed = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
    const startedAt = performance.now();
    const result = await run();
    return [result, performance.now() - startedAt];
  };
  const expectDatabaseUnavailable = (response: GraphQLResponse, path: string[]) =>
    expect(response.errors).toEqual([
      expect.objectContaining({
        path,
        message: expect.stringContaining('councils subgraph’s database did not answer'.replace('’', "'")),
        extensions: expect.objectContaining({ code: 'DATABASE_UNAVAILABLE', serviceName: 'councils' }),
      }),
    ]);

  beforeAll(async () => {
    const server = new URL(process.env.TEST_DATABASE_SERVER_URL!);
    proxy = await startTcpProxy({ host: server.hostname, port: Number(server.port || 5432) });
    hub = await startTestHub({
      seedDemoData: true,
      env: { DATABASE_CONNECT_TIMEOUT_MS: '1000', DATABASE_STATEMENT_TIMEOUT_MS: '2000' },
      databaseUrlFor: (subgraph, url) => (subgraph === 'councils' ? throughProxy(url, proxy) : url),
    });
    admin = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
  });
  afterEach(() => proxy.restore());
  afterAll(async () => {
    await hub.stop();
    await proxy.close();
  });

  it('reads while the line is up, and is ready', async () => {
    const response = await hub.query(admin, COUNCILS);
    expect(response.status).toBe(200);
    expect(response.data!.councils.totalCount).toBeGreaterThan(0);
    expect((await councilsReady()).status).toBe(200);
  });

  it('answers a read DATABASE_UNAVAILABLE naming the subgraph, with HTTP 503, quickly, when the database is gone', async () => {
    proxy.cut();
    const [response, ms] = await timed(() => hub.query(admin, COUNCILS));
    expect(response.status).toBe(503);
    expect(response.data).toEqual({ councils: null });
    expectDatabaseUnavailable(response, ['councils']);
    expect(ms).toBeLessThan(FAILS_FAST_MS);
  });

  it('keeps every other part of the answer, with HTTP 200, when only part of it was lost', async () => {
    proxy.cut();
    const response = await hub.query(admin, COUNCILS_AND_KSS);
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ a: null, b: expect.arrayContaining([expect.objectContaining({ code: expect.any(String) })]) });
    expectDatabaseUnavailable(response, ['a']);
  });

  it('refuses a write DATABASE_UNAVAILABLE and writes nothing; the same write succeeds once the line is back', async () => {
    const before = await councilCount();
    proxy.cut();
    const [refused, ms] = await timed(() => hub.query(admin, COUNCIL_CREATE, leeds('E08000035')));
    expect(refused.status).toBe(503);
    expect(refused.data).toEqual({ councilCreate: null });
    expectDatabaseUnavailable(refused, ['councilCreate']);
    expect(ms).toBeLessThan(FAILS_FAST_MS);
    proxy.restore();
    expect(await councilCount()).toBe(before);

    const written = await hub.query(admin, COUNCIL_CREATE, leeds('E08000035'));
    expect(written.data!.councilCreate).toEqual({ council: { id: expect.any(String) }, userErrors: [] });
    expect(await councilCount()).toBe(before + 1);
  });

  it('answers a read DATABASE_UNAVAILABLE when the network holds every packet, within the statement timeout', async () => {
    proxy.blackhole();
    const [response, ms] = await timed(() => hub.query(admin, COUNCILS));
    expectDatabaseUnavailable(response, ['councils']);
    expect(ms).toBeLessThan(FAILS_FAST_MS);
  });

  it('answers /ready 503 within its time limit while the database does not answer, and the gateway names the subgraph', async () => {
    proxy.blackhole();
    const [subgraph, subgraphMs] = await timed(councilsReady);
    expect(subgraph.status).toBe(503);
    // Not ready either way: the pool's connect timeout (1 s here) or /ready's own limit (2 s), whichever the check meets first.
    expect(await subgraph.json()).toMatchObject({ status: 'not ready' });
    expect(subgraphMs).toBeLessThan(FAILS_FAST_MS);

    const [gateway, gatewayMs] = await timed(gatewayReady);
    expect(gateway.status).toBe(503);
    expect(await gateway.json()).toEqual({
      status: 'not ready',
      subgraphs: {
        councils: expect.stringMatching(/^(not ready|no answer within 1500 ms)$/),
        universities: 'ready',
        placements: 'ready',
        leadership: 'ready',
      },
    });
    expect(gatewayMs).toBeLessThan(FAILS_FAST_MS);
  });

  it('recovers when the line is restored: reads answer and both /ready say ready again', async () => {
    proxy.cut();
    expect((await hub.query(admin, COUNCILS)).status).toBe(503);
    expect((await councilsReady()).status).toBe(503);
    proxy.restore();
    const response = await hub.query(admin, COUNCILS);
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect((await councilsReady()).status).toBe(200);
    expect((await gatewayReady()).status).toBe(200);
  });
});
