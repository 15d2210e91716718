import { DEMO_PARTNERSHIP_ID } from './support/demo';
import { startTcpProxy, throughProxy, type TcpProxy } from './support/tcp-proxy';
import { startTestHub, type TestHub } from './support/test-hub';

const COUNCILS = '{ councils { totalCount } }';
const COUNCIL_CREATE = `mutation ($input: CouncilCreateInput!) { councilCreate(input: $input) { council { id } userErrors { code } } }`;
const leeds = {
  input: { gssCode: 'E08000035', name: 'Leeds City Council', region: 'YORKSHIRE_AND_THE_HUMBER', partnershipId: DEMO_PARTNERSHIP_ID },
};
const ALL_READY = { councils: 'ready', universities: 'ready', placements: 'ready', leadership: 'ready' };

describe('the gateway reaching the councils subgraph through a proxy the test controls', () => {
  let hub: TestHub;
  let proxy: TcpProxy;
  let admin: string;

  const gatewayReady = async () => {
    const response = await fetch(new URL('ready', hub.gatewayUrl));
    return { status: response.status, body: await response.json() };
  };
  const councilCount = async () =>
    Number((await hub.subgraphs.councils.database.dataSource.query('SELECT count(*) AS n FROM councils.council'))[0].n);
  /** Drops the gateway's kept-alive connections, so its next fetch opens a new one for refuseNext to refuse. */
  const freshConnections = async () => {
    proxy.cut();
    proxy.restore();
    await new Promise((resolve) => setTimeout(resolve, 50));
  };

  beforeAll(async () => {
    // Pointed at the councils subgraph once it has started on its free port.
    proxy = await startTcpProxy({ host: '127.0.0.1', port: 1 });
    hub = await startTestHub({
      seedDemoData: true,
      gatewayReaches: (subgraph, url) => {
        if (subgraph !== 'councils') return url;
        const subgraphAddress = new URL(url);
        proxy.retarget({ host: subgraphAddress.hostname, port: Number(subgraphAddress.port) });
        return throughProxy(url, proxy);
      },
    });
    admin = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
  });
  afterEach(() => proxy.restore());
  afterAll(async () => {
    await hub.stop();
    await proxy.close();
  });

  it("answers the gateway's /ready 200 listing every subgraph as ready", async () => {
    expect(await gatewayReady()).toEqual({ status: 200, body: { status: 'ready', subgraphs: ALL_READY } });
  });

  it("answers the gateway's /ready 503 naming the subgraph it cannot reach, and 200 again once it can", async () => {
    proxy.cut();
    expect(await gatewayReady()).toEqual({
      status: 503,
      body: { status: 'not ready', subgraphs: { ...ALL_READY, councils: 'unreachable' } },
    });
    proxy.restore();
    expect((await gatewayReady()).status).toBe(200);
  });

  it('sends a read again when the subgraph refused the first connection, and answers it', async () => {
    await freshConnections();
    const before = proxy.connections;
    proxy.refuseNext(1);
    const response = await hub.query(admin, COUNCILS);
    expect(response.errors).toBeUndefined();
    expect(response.data!.councils.totalCount).toBeGreaterThan(0);
    expect(proxy.connections - before).toBe(2);
  });

  it('never sends a mutation again: the refused one answers SUBGRAPH_UNAVAILABLE, writes nothing, and the same mutation then succeeds', async () => {
    const before = await councilCount();
    await freshConnections();
    const connectionsBefore = proxy.connections;
    proxy.refuseNext(1);
    const refused = await hub.query(admin, COUNCIL_CREATE, leeds);
    expect(refused.data).toEqual({ councilCreate: null });
    expect(refused.errors).toEqual([
      expect.objectContaining({
        path: ['councilCreate'],
        extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'councils' }),
      }),
    ]);
    expect(proxy.connections - connectionsBefore).toBe(1);
    expect(await councilCount()).toBe(before);

    const written = await hub.query(admin, COUNCIL_CREATE, leeds);
    expect(written.data!.councilCreate).toEqual({ council: { id: expect.any(String) }, userErrors: [] });
    expect(await councilCount()).toBe(before + 1);
  });
});
