/**
 * The dashboard's production sign-in, end to end in headless Chromium against a real OpenID
 * Connect provider (oidc-provider, started here): the page sends the user to the provider with a
 * PKCE challenge, the user signs in and consents there, and the page exchanges the code for the
 * provider's access token, which the hub, in production and checking tokens against the
 * provider's keys, accepts. The page keeps its own content security policy throughout. A sign-in
 * the user cancels at the provider comes back as the provider's refusal, in words.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { repositoryRoot } from '#hub/shared/repository-root';
import { DEMO_COUNCILS, DEMO_PARTNERSHIP_NAME, demoCouncilId } from '../subgraphs/demo-partnership';
import { describeInBrowser, launchChromium } from './support/browser';
import { freePort } from './support/service-process';
import { startTestHub, type TestHub } from './support/test-hub';

const CLIENT_ID = 'partnership-dashboard';
const RESOURCE = 'urn:partnership-hub';
const AUDIENCE = 'partnership-hub';
const BIRMINGHAM_ID = demoCouncilId(DEMO_COUNCILS[0]);
/** The account that signs in at the provider, and the hub claims the provider puts in its tokens. */
const ACCOUNTS = { 'priya.sandhu': { roles: ['council_admin'], councils: [BIRMINGHAM_ID] } };

function startIdentityProvider(settings: Record<string, unknown>): Promise<{ process: ChildProcess; issuer: string }> {
  const script = path.join(repositoryRoot(__dirname), 'test', 'support', 'identity-provider.mjs');
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, NODE_ENV: 'production', IDENTITY_PROVIDER: JSON.stringify(settings) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let printed = '';
    let output = '';
    child.stdout!.on('data', (chunk) => {
      printed += chunk;
      const line = printed.split('\n').find((one) => one.startsWith('{"issuer"'));
      if (line) resolve({ process: child, issuer: (JSON.parse(line) as { issuer: string }).issuer });
    });
    // oidc-provider warns, on stderr, about what a production provider would set otherwise.
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`the identity provider exited (${code}):\n${printed}${output}`)));
  });
}

describeInBrowser('the dashboard signing in with an OpenID Connect provider', () => {
  let hub: TestHub;
  let identityProvider: ChildProcess;
  let browser: Browser;
  let origin: string;
  let issuer: string;

  beforeAll(async () => {
    const port = await freePort();
    issuer = `http://127.0.0.1:${port}`;
    hub = await startTestHub({
      seedDemoData: true,
      env: {
        NODE_ENV: 'production',
        JWT_JWKS_URL: `${issuer}/jwks`,
        JWT_ISSUER: issuer,
        JWT_AUDIENCE: AUDIENCE,
        DASHBOARD_OIDC_ISSUER: issuer,
        DASHBOARD_OIDC_CLIENT_ID: CLIENT_ID,
        DASHBOARD_OIDC_SCOPE: 'openid partnership-hub',
        DASHBOARD_OIDC_RESOURCE: RESOURCE,
      },
    });
    origin = new URL(hub.gatewayUrl).origin;
    ({ process: identityProvider } = await startIdentityProvider({
      port,
      clientId: CLIENT_ID,
      redirectUri: `${origin}/`,
      resource: RESOURCE,
      audience: AUDIENCE,
      scope: 'partnership-hub',
      accounts: ACCOUNTS,
    }));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    identityProvider?.kill();
    await hub?.stop();
  });

  /** A page that may reach the hub and the provider; anything else the hub's page asks for is noted and blocked. */
  async function openPage(): Promise<{ context: BrowserContext; page: Page; elsewhere: string[] }> {
    const context = await browser.newContext();
    const page = await context.newPage();
    const elsewhere: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith(issuer)) return route.continue();
      // The provider's own development pages load a web font; only the hub's page is held to "nothing from elsewhere".
      if (route.request().frame().url().startsWith(origin)) elsewhere.push(url);
      return route.abort();
    });
    return { context, page, elsewhere };
  }

  it('signs a council admin in with the authorization code and PKCE, and the hub accepts the provider’s token', async () => {
    const { context, page, elsewhere } = await openPage();
    const violations: string[] = [];
    page.on('console', (message) => message.text().includes('Content Security Policy') && violations.push(message.text()));
    await page.goto(`${origin}/#/leadership`);
    await page.getByRole('heading', { name: "Sign in with your organisation's account" }).waitFor();
    // Production offers no demo roles.
    expect(await page.getByRole('heading', { name: 'Sign in with a demo role' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Continue to sign-in' }).click();
    await page.waitForURL((url) => url.origin === issuer);
    await page.locator('input[name="login"]').fill('priya.sandhu');
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.getByRole('navigation', { name: 'Views' }).waitFor();
    // The page's policy forbids evaluated strings, so wait with a locator.
    await page.locator('main h1', { hasText: 'Leadership' }).waitFor();
    await page.locator('main [role="status"]', { hasText: 'Loading' }).waitFor({ state: 'detached' });
    expect(await page.locator('.who').textContent()).toBe('Signed in as Council admin');
    expect(await page.locator('.partnership-name').textContent()).toBe(DEMO_PARTNERSHIP_NAME);
    expect(await page.locator('main h1').textContent()).toBe('Leadership');
    expect(await page.locator('main .error').count()).toBe(0);
    // Back on the view the user began from, with the one-use code gone from the address.
    expect(page.url()).toBe(`${origin}/#/leadership`);

    const token = (await page.evaluate(`sessionStorage.getItem('partnership-hub.token')`)) as string;
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
    expect(claims).toMatchObject({ iss: issuer, aud: AUDIENCE, sub: 'priya.sandhu', roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
    const answer = await hub.query(token, 'query ($id: ID!) { council(id: $id) { id } }', { id: BIRMINGHAM_ID });
    expect(answer).toMatchObject({ status: 200, data: { council: { id: BIRMINGHAM_ID } } });
    expect(violations).toEqual([]);
    expect(elsewhere).toEqual([]);
    await context.close();
  });

  it('sends a PKCE challenge the provider insists on, and says so when the user cancels at the provider', async () => {
    const { context, page } = await openPage();
    await page.goto(`${origin}/`);
    const leaving = page.waitForRequest((request) => request.url().startsWith(`${issuer}/auth`));
    await page.getByRole('button', { name: 'Continue to sign-in' }).click();
    const authorization = new URL((await leaving).url());
    expect(Object.fromEntries(authorization.searchParams)).toMatchObject({
      client_id: CLIENT_ID,
      redirect_uri: `${origin}/`,
      response_type: 'code',
      code_challenge_method: 'S256',
      code_challenge: expect.stringMatching(/^[\w-]{43}$/),
      state: expect.stringMatching(/^[\w-]{43}$/),
      scope: 'openid partnership-hub',
      resource: RESOURCE,
    });

    await page.getByRole('link', { name: '[ Cancel ]' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toBe(
      'The identity provider refused the sign-in (access_denied): End-User aborted interaction.',
    );
    expect(new URL(page.url()).search).toBe('');
    expect(await page.evaluate(`sessionStorage.getItem('partnership-hub.token')`)).toBeNull();
    await context.close();
  });
});
