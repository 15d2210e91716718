/**
 * The web pages the gateway serves: the dashboard at GET / and the bundled GraphQL IDE at GET
 * /graphql for a browser, with every file they load served by the gateway itself, and never
 * Apollo's Sandbox, which loads from Apollo's servers; the dashboard's development sign-in. What
 * the pages do in a browser is the browser tests' to check.
 */
import { DEMO_PARTNERSHIP_ID } from '../subgraphs/demo-partnership';
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

  it.each([
    ['the dashboard', '/', 'Partnership Hub'],
    ['the bundled GraphQL IDE', '/graphql', 'Partnership Hub GraphQL IDE'],
  ])('serve %s to a browser at GET %s, allowed to load only from the gateway', async (_page, path, title) => {
    const response = await fetch(`${base}${path}`, { headers: PAGE });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("connect-src 'self';");
    const html = await response.text();
    expect(html).toContain(`<title>${title}</title>`);
    const files = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]).filter((file) => file !== 'data:,');
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
    for (const path of ['/assets/..%2Fgraphiql%2Findex.html', '/assets/missing.js', '/assets/graphiql.exe', '/index.html', '/app/']) {
      const response = await fetch(`${base}${path}`, { headers: PAGE });
      expect([path, response.status]).toEqual([path, 404]);
    }
  });

  it('mint a development token for a demo role and the organisation it acts for, which the hub then accepts', async () => {
    const settings = await fetch(`${base}/dashboard/settings.json`);
    expect(await settings.json()).toEqual({ developmentSignIn: true, oidc: null });
    const minted = await fetch(`${base}/dashboard/development-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'partnership_admin', organisationId: DEMO_PARTNERSHIP_ID }),
    });
    expect(minted.status).toBe(200);
    expect(minted.headers.get('cache-control')).toBe('no-store');
    const { token } = (await minted.json()) as { token: string };
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
    expect(claims).toMatchObject({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID], iss: hub.config.jwt.issuer });
    expect(await hub.query(token, '{ partnerships(first: 1) { totalCount } }')).toMatchObject({ status: 200, data: { partnerships: {} } });
  });

  it.each([
    ['an unknown role', { role: 'root', organisationId: DEMO_PARTNERSHIP_ID }, 400, 'role'],
    ['a role the sign-in does not offer', { role: 'practitioner', organisationId: DEMO_PARTNERSHIP_ID }, 400, 'role'],
    ['no organisation for an admin', { role: 'council_admin' }, 400, 'organisationId'],
    ['an organisation that is not an id', { role: 'council_admin', organisationId: 'E08000025' }, 400, 'organisationId'],
  ])('refuse a development token for %s, naming the field', async (_case, body, status, field) => {
    const refused = await fetch(`${base}/dashboard/development-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(refused.status).toBe(status);
    expect(((await refused.json()) as { error: { field: string } }).error.field).toBe(field);
  });

  it('refuse a development token to a form post, which another site could send', async () => {
    const form = await fetch(`${base}/dashboard/development-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'role=partnership_admin',
    });
    expect(form.status).toBe(405);
  });

  it('mint no token when the development sign-in is off, and offer the identity provider named instead', async () => {
    const identityProvider = { DASHBOARD_OIDC_ISSUER: 'http://127.0.0.1:9/realms/partnership', DASHBOARD_OIDC_CLIENT_ID: 'hub-dashboard' };
    const withoutSignIn = await startTestHub({ env: { DEVELOPMENT_SIGN_IN: 'false', ...identityProvider } });
    try {
      const origin = withoutSignIn.gatewayUrl.replace(/\/graphql$/, '');
      expect(await (await fetch(`${origin}/dashboard/settings.json`)).json()).toEqual({
        developmentSignIn: false,
        oidc: { issuer: identityProvider.DASHBOARD_OIDC_ISSUER, clientId: 'hub-dashboard', scope: 'openid', resource: null },
      });
      const page = await fetch(`${origin}/`, { headers: PAGE });
      expect(page.headers.get('content-security-policy')).toContain("connect-src 'self' http://127.0.0.1:9;");
      const refused = await fetch(`${origin}/dashboard/development-token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role: 'dashboard_viewer' }),
      });
      expect(refused.status).toBe(404);
      expect(await refused.text()).not.toContain('token"');
    } finally {
      await withoutSignIn.stop();
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
