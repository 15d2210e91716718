import { startTestHub, type TestHub } from './support/test-hub';

describe('HTTP endpoints of the gateway and subgraphs', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ env: { REQUEST_BODY_LIMIT_BYTES: '2048' } });
  });
  afterAll(() => hub.stop());

  const base = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '');

  it('report health and readiness', async () => {
    for (const url of [hub.gatewayUrl, hub.subgraphs.councils.url]) {
      expect((await fetch(`${base(url)}/health`)).status).toBe(200);
      expect((await fetch(`${base(url)}/ready`)).status).toBe(200);
    }
    expect(await (await fetch(`${base(hub.subgraphs.councils.url)}/ready`)).json()).toEqual({ status: 'ready' });
    expect(await (await fetch(`${base(hub.gatewayUrl)}/ready`)).json()).toEqual({
      status: 'ready',
      subgraphs: { councils: 'ready', universities: 'ready', placements: 'ready', leadership: 'ready' },
    });
  });

  it('refuses a body over the limit with 413 and a GraphQL-shaped error', async () => {
    const response = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ councils(filter: { nameContains: "${'x'.repeat(4000)}" }) { totalCount } }` }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses malformed JSON with 400', async () => {
    const response = await fetch(hub.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('echoes a sane request id and replaces an unsafe one', async () => {
    const token = await hub.token({ roles: ['dashboard_viewer'] });
    const send = (requestId: string) =>
      fetch(hub.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': requestId },
        body: JSON.stringify({ query: '{ councils { totalCount } }' }),
      });
    expect((await send('dashboard-4f1c2a9e')).headers.get('x-request-id')).toBe('dashboard-4f1c2a9e');
    expect((await send('<script>')).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('prevents cross-site request forgery: a simple GET without a preflight header is refused', async () => {
    const response = await fetch(`${hub.gatewayUrl}?query=${encodeURIComponent('{ councils { totalCount } }')}`);
    expect(response.status).toBe(400);
  });
});
