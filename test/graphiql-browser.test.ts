/**
 * The bundled GraphQL IDE in a real browser: it loads from the gateway alone (any request
 * elsewhere is blocked and counted), takes a token, and runs a query with it.
 */
import type { Browser } from 'playwright-core';
import { artifactPath, describeInBrowser, launchChromium } from './support/browser';
import { startTestHub, type TestHub } from './support/test-hub';

describeInBrowser('GraphiQL in Chromium', () => {
  let hub: TestHub;
  let browser: Browser;

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it('loads with nothing from elsewhere and answers a query with the token typed in its bar', async () => {
    const origin = new URL(hub.gatewayUrl).origin;
    const page = await browser.newPage();
    const elsewhere: string[] = [];
    await page.route('**/*', (route) => {
      if (route.request().url().startsWith(origin)) return route.continue();
      elsewhere.push(route.request().url());
      return route.abort();
    });
    await page.goto(hub.gatewayUrl);
    await page.waitForSelector('.graphiql-container');
    await page.getByLabel('Token').fill(await hub.token({ roles: ['dashboard_viewer'] }));

    const editor = page.locator('.graphiql-query-editor .CodeMirror').first();
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('{ councils(first: 7) { totalCount');
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.graphiql-response');
    await result.getByText('"totalCount": 7').waitFor({ timeout: 15_000 });
    await page.screenshot({ path: artifactPath('graphiql.png') });
    expect(elsewhere).toEqual([]);
  });
});
