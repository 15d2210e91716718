/**
 * The web pages the gateway serves: the bundled GraphQL IDE at GET /graphql for a browser, with
 * every file it loads served by the gateway itself, and never Apollo's Sandbox, which loads from
 * Apollo's servers. What the IDE does in a browser is the browser tests' to check.
 */
import { startTestHub, type TestHub } from './support/test-hub';

const PAGE = { accept: 'text/html,application/xhtml+xml' };
/** Hosts a page loading anything from would break the hub's "nothing hosted" and offline use. */
const HOSTED = /apollographql|embeddable-sandbox|cdn\.jsdelivr|unpkg\.com|googleapis|gstatic|cdnjs/;

describe('the gateway’s web pages', () => {
  let hub: TestHub;
  let base: string;

  beforeAll(async () => {
    hub = await startTestHub();
    base = hub.gatewayUrl.replace(/\/graphql$/, '');
  });
  afterAll(() => hub.stop());

  it('serve the bundled GraphQL IDE to a browser at GET /graphql, allowed to load only from the gateway', async () => {
    const response = await fetch(`${base}/graphql`, { headers: PAGE });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await response.text();
    expect(html).toContain('<title>Partnership Hub GraphQL IDE</title>');
    const files = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(files.every((file) => file.startsWith('/assets/'))).toBe(true);
    for (const file of files) {
      const asset = await fetch(`${base}${file}`);
      expect([file, asset.status]).toEqual([file, 200]);
      expect(asset.headers.get('cache-control')).toContain('immutable');
      expect(HOSTED.test(await asset.text())).toBe(false);
    }
  });

  it('answer GraphQL, not a page, to a request that is not a browser’s, and never Apollo’s Sandbox', async () => {
    const token = await hub.token({ roles: ['dashboard_viewer'] });
    const query = await fetch(`${hub.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    });
    expect(await query.json()).toEqual({ data: { __typename: 'Query' } });
    for (const url of [hub.gatewayUrl, hub.subgraphs.councils.url]) {
      const plain = await fetch(url, { headers: { accept: 'application/json' } });
      expect(plain.headers.get('content-type')).toContain('application/json');
    }
    const subgraphPage = await fetch(hub.subgraphs.councils.url, { headers: PAGE });
    expect(subgraphPage.headers.get('content-type')).not.toContain('text/html');
    expect(HOSTED.test(await subgraphPage.text())).toBe(false);
  });

  it('serve nothing outside the bundle’s files', async () => {
    for (const path of ['/assets/..%2Fgraphiql%2Findex.html', '/assets/missing.js', '/assets/graphiql.exe', '/']) {
      const response = await fetch(`${base}${path}`, { headers: PAGE });
      expect([path, response.status]).toEqual([path, 404]);
    }
  });

  it('leave the IDE off when GRAPHIQL is false, as production does unless switched on', async () => {
    const withoutIde = await startTestHub({ env: { GRAPHIQL: 'false' } });
    try {
      const response = await fetch(withoutIde.gatewayUrl, { headers: PAGE });
      expect(response.headers.get('content-type')).not.toContain('text/html');
      expect(HOSTED.test(await response.text())).toBe(false);
    } finally {
      await withoutIde.stop();
    }
  });
});
