/**
 * The dashboard in real headless Chromium, signed in through its development sign-in as each of
 * the four dashboard roles: every view's figures equal the API's (asked here with the test's own
 * queries), a withheld figure reads "withheld", a CSV download holds every row of its list, a
 * shadowing visit is requested, approved and completed through the page, the board report prints
 * to a PDF that says what it should, and axe-core finds no serious or critical violation on any
 * view. Nothing is loaded from anywhere but the gateway. Screenshots and the time each first view
 * took to draw go to test/artifacts/.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import type { HubClaims } from '#hub/shared/auth';
import { repositoryRoot } from '#hub/shared/repository-root';
import { DEMO_PARTNERSHIP_ID, DEMO_UNIVERSITY_ID, DEMO_COUNCILS, demoCouncilId } from '../subgraphs/demo-partnership';
import { artifactPath, describeInBrowser, launchChromium } from './support/browser';
import { TEST_TODAY } from './support/test-clock';
import { startTestHub, type TestHub } from './support/test-hub';

const root = repositoryRoot(__dirname);
const BIRMINGHAM = DEMO_COUNCILS[0];
const BIRMINGHAM_ID = demoCouncilId(BIRMINGHAM);

describeInBrowser('the dashboard in Chromium', () => {
  let hub: TestHub;
  let browser: Browser;
  let origin: string;
  const firstViewMs: Record<string, number> = {};

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    origin = new URL(hub.gatewayUrl).origin;
    browser = await launchChromium();
  });
  afterAll(async () => {
    fs.writeFileSync(artifactPath('dashboard-first-view-ms.json'), `${JSON.stringify(firstViewMs, null, 2)}\n`);
    await browser?.close();
    await hub?.stop();
  });

  /** A page whose requests anywhere but the gateway are blocked and noted. axe-core is injected, so the page's CSP is set aside. */
  async function openPage(): Promise<{ page: Page; elsewhere: string[] }> {
    const context = await browser.newContext({ bypassCSP: true, acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const elsewhere: string[] = [];
    await page.route('**/*', (route) => {
      if (route.request().url().startsWith(origin)) return route.continue();
      elsewhere.push(route.request().url());
      return route.abort();
    });
    return { page, elsewhere };
  }

  async function signIn(page: Page, roleName: string, organisation: string): Promise<void> {
    const started = Date.now();
    await page.goto(`${origin}/`);
    await page.getByLabel('Role', { exact: true }).selectOption({ label: roleName });
    await page.getByLabel('Acting for', { exact: true }).selectOption({ label: organisation });
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Views' }).waitFor();
    await settled(page);
    firstViewMs[roleName] = Date.now() - started;
  }

  /** Waits until the view has answered: its title shown and nothing still loading. */
  async function settled(page: Page): Promise<void> {
    await page.locator('main h1').waitFor();
    await page.waitForFunction(`!document.querySelector('main [role="status"]')?.textContent?.includes('Loading')`);
  }

  async function openView(page: Page, title: string): Promise<void> {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: title, exact: true }).click();
    await page.locator('main h1', { hasText: title }).waitFor();
    await settled(page);
  }

  /** A table's body cells, found by its caption. */
  async function tableRows(page: Page, caption: string): Promise<string[][]> {
    const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) }).first();
    await table.waitFor();
    return table
      .locator('tbody tr')
      .evaluateAll((rows: { children: ArrayLike<{ textContent: string | null }> }[]) =>
        rows.map((row) => Array.from(row.children, (cell) => (cell.textContent ?? '').trim())),
      );
  }

  async function downloadCsv(page: Page, caption: string): Promise<string[][]> {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: `Download CSV: ${caption}` }).click();
    const file = await (await download).path();
    return fs
      .readFileSync(file, 'utf8')
      .trim()
      .split('\r\n')
      .map((line) => line.split(','));
  }

  async function checkAccessible(page: Page, view: string): Promise<void> {
    await page.addScriptTag({ path: path.join(root, 'node_modules', 'axe-core', 'axe.min.js') });
    const violations = (await page.evaluate(
      'axe.run().then((result) => result.violations.map(({ id, impact, nodes }) => ({ id, impact, nodes: nodes.length })))',
    )) as { id: string; impact: string; nodes: number }[];
    expect({ view, serious: violations.filter((one) => one.impact === 'serious' || one.impact === 'critical') }).toEqual({
      view,
      serious: [],
    });
  }

  async function screenshot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: artifactPath(`dashboard-${name}.png`), fullPage: true });
  }

  async function api<Data>(claims: HubClaims, query: string, variables: Record<string, unknown> = {}): Promise<Data> {
    const answer = await hub.query<Data>(await hub.token(claims), query, variables);
    return answer.data!;
  }

  const PARTNERSHIP_ADMIN: HubClaims = { roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] };
  const VIEWER: HubClaims = { roles: ['dashboard_viewer'], partnerships: [DEMO_PARTNERSHIP_ID] };
  const COUNCIL_ADMIN: HubClaims = { roles: ['council_admin'], councils: [BIRMINGHAM_ID] };
  const UNIVERSITY_ADMIN: HubClaims = { roles: ['university_admin'], universities: [DEMO_UNIVERSITY_ID] };

  /** A count as the page shows it: a withheld figure says so. */
  const shown = (holder: { suppressed: string[] } & Record<string, unknown>, field: string) =>
    holder[field] === null && holder.suppressed.includes(field) ? 'withheld' : String(holder[field]);

  it('shows a partnership admin every view with the API’s figures, and exports every row', async () => {
    const { page, elsewhere } = await openPage();
    await signIn(page, 'Partnership admin', 'West Midlands Social Work Teaching Partnership');

    const { partnership } = await api<any>(
      PARTNERSHIP_ADMIN,
      `query ($id: ID!) { partnership(id: $id) {
        placementSupply { byCouncil { council { name } committedStatutoryPlaces offeredStatutoryPlaces allocatedStatutoryPlaces shortfall suppressed } }
        studentPracticeDays(first: 100) { totalCount nodes { student { id } practiceDays { totalDays } } }
        teaching { byCouncil { council { name } practitionerTeaching { hours suppressed } shadowing { lecturerDaysInPractice suppressed } } }
        councils { name workforceSnapshots(first: 10) { totalCount } }
      } }`,
      { id: DEMO_PARTNERSHIP_ID },
    );
    const supplyRows = (await tableRows(page, 'Statutory places per council')).slice(0, -1);
    expect(supplyRows).toEqual(
      partnership.placementSupply.byCouncil.map((row: any) => [
        row.council.name,
        ...['committedStatutoryPlaces', 'offeredStatutoryPlaces', 'allocatedStatutoryPlaces', 'shortfall'].map((field) =>
          shown(row, field),
        ),
      ]),
    );
    const bands = await tableRows(page, 'Students by practice days completed');
    const days: number[] = partnership.studentPracticeDays.nodes.map((node: any) => node.practiceDays.totalDays);
    expect(bands.map(([, students]) => Number(students))).toEqual([
      days.filter((d) => d < 50).length,
      days.filter((d) => d >= 50 && d < 100).length,
      days.filter((d) => d >= 100 && d < 150).length,
      days.filter((d) => d >= 150 && d < 200).length,
      days.filter((d) => d >= 200).length,
    ]);
    const exported = await downloadCsv(page, "Each student's practice days");
    expect(exported[0]).toEqual(['Student id', 'Days done', 'Days to go', 'Rules broken']);
    expect(exported.length - 1).toBe(partnership.studentPracticeDays.totalCount);
    expect(new Set(exported.slice(1).map(([id]) => id))).toEqual(
      new Set(partnership.studentPracticeDays.nodes.map((node: any) => node.student.id)),
    );
    await screenshot(page, 'partnership-admin-placements');
    await checkAccessible(page, 'placements');

    await openView(page, 'Teaching and practice');
    expect(await tableRows(page, "Per council: practitioners' teaching")).toEqual(
      partnership.teaching.byCouncil.map((row: any) => [
        row.council.name,
        expect.any(String),
        shown(row.practitionerTeaching, 'hours'),
        shown(row.shadowing, 'lecturerDaysInPractice'),
      ]),
    );
    await screenshot(page, 'partnership-admin-teaching');
    await checkAccessible(page, 'teaching');

    await openView(page, 'Workforce');
    const snapshots = partnership.councils.reduce((sum: number, council: any) => sum + council.workforceSnapshots.totalCount, 0);
    expect((await tableRows(page, 'Workforce rates per council and census date')).length).toBe(snapshots);
    await screenshot(page, 'partnership-admin-workforce');
    await checkAccessible(page, 'workforce');

    await openView(page, 'Leadership');
    await screenshot(page, 'partnership-admin-leadership');
    await checkAccessible(page, 'leadership');
    expect(elsewhere).toEqual([]);
  });

  it('shows a dashboard viewer withheld figures as withheld, and says why the admins’ lists are not shown', async () => {
    const { page, elsewhere } = await openPage();
    await signIn(page, 'Dashboard viewer', 'West Midlands Social Work Teaching Partnership');
    const { partnership } = await api<any>(
      VIEWER,
      `query ($id: ID!) { partnership(id: $id) {
        placementSupply { byCouncil { council { name } committedStatutoryPlaces offeredStatutoryPlaces allocatedStatutoryPlaces shortfall suppressed } }
        leadershipProgress { byCouncil { council { name } asye { inProgress reviewsDueSoon reviewsOverdue suppressed } } total { asye { inProgress reviewsDueSoon reviewsOverdue suppressed } } }
      } }`,
      { id: DEMO_PARTNERSHIP_ID },
    );
    const withheldInApi = partnership.placementSupply.byCouncil.filter((row: any) => row.suppressed.length > 0);
    expect(withheldInApi.length).toBeGreaterThan(0);
    const supplyRows = await tableRows(page, 'Statutory places per council');
    for (const row of withheldInApi) {
      const onPage = supplyRows.find(([council]) => council === row.council.name)!;
      expect(onPage[3]).toBe(shown(row, 'allocatedStatutoryPlaces'));
    }
    expect(supplyRows.flat()).toContain('withheld');
    await page.getByText('Not shown: Only an admin of this partnership sees its students’ practice days.').waitFor();
    await screenshot(page, 'viewer-placements');

    await openView(page, 'Leadership');
    const asyeRows = await tableRows(page, 'ASYE reviews due within 30 days');
    expect(asyeRows).toEqual(
      [...partnership.leadershipProgress.byCouncil, { council: null, ...partnership.leadershipProgress.total }].map((row: any) => [
        row.council?.name ?? 'All councils',
        ...['inProgress', 'reviewsDueSoon', 'reviewsOverdue'].map((field) => shown(row.asye, field)),
      ]),
    );
    expect(asyeRows.flat()).not.toContain('null');
    await screenshot(page, 'viewer-leadership');
    await checkAccessible(page, 'viewer leadership');
    await expect(page.getByRole('link', { name: 'Board report' }).count()).resolves.toBe(0);
    expect(elsewhere).toEqual([]);
  });

  it('lets a university admin request a visit, showing the hub’s complaints beside the fields, a council admin approve it, and the university record it done', async () => {
    const university = await openPage();
    await signIn(university.page, 'University admin', 'University of Birmingham');
    await openView(university.page, 'Lecturer shadowing');
    const form = university.page.getByRole('form', { name: 'Request a visit' });
    const lecturer = (await form.getByLabel('Lecturer').locator('option:checked').textContent())!;
    await form.getByLabel('Council').selectOption({ label: BIRMINGHAM.name });
    await form.getByLabel('Date of the visit').fill('2020-01-06');
    await form.getByLabel('Planned hours').fill('4');
    await form.getByRole('button', { name: 'Request the visit' }).click();
    const dateField = form.locator('#visit-on[aria-invalid="true"]');
    await dateField.waitFor();
    const complaint = await university.page.locator(`#${await dateField.getAttribute('aria-describedby')}`).textContent();
    expect(complaint).toMatch(/visitOn must be today \(\d{4}-\d{2}-\d{2}\) or later/);
    await expect(form.getByLabel('Purpose').getAttribute('aria-invalid')).resolves.toBe('true');

    const purpose = 'To bring current adult safeguarding practice into the second-year teaching.';
    // A visit can be recorded as done from its day on: today's, so it can be finished here.
    await form.getByLabel('Date of the visit').fill(TEST_TODAY);
    await form.getByLabel('Purpose').fill(purpose);
    await form.getByRole('button', { name: 'Request the visit' }).click();
    await form.getByText('Requested: the council is asked to approve the visit.').waitFor();
    await screenshot(university.page, 'university-admin-shadowing');
    await checkAccessible(university.page, 'university shadowing');

    const findVisit = async () => {
      const { shadowingVisits } = await api<any>(
        UNIVERSITY_ADMIN,
        `query ($councilId: ID) { shadowingVisits(filter: { councilId: $councilId }, first: 100) { nodes { id status visitOn purpose hours learningSummary } } }`,
        { councilId: BIRMINGHAM_ID },
      );
      return shadowingVisits.nodes.find((visit: any) => visit.purpose === purpose);
    };
    expect(await findVisit()).toMatchObject({ status: 'REQUESTED', visitOn: TEST_TODAY });

    const council = await openPage();
    await signIn(council.page, 'Council admin', BIRMINGHAM.name);
    await openView(council.page, 'Lecturer shadowing');
    const decision = council.page.getByRole('form', { name: `Decide: Case shadowing by ${lecturer} on ${TEST_TODAY}` });
    await decision.getByRole('button', { name: 'Approve' }).click();
    await decision.waitFor({ state: 'detached' });
    expect(await findVisit()).toMatchObject({ status: 'APPROVED' });
    await screenshot(council.page, 'council-admin-shadowing');
    await checkAccessible(council.page, 'council shadowing');

    await university.page.reload();
    await settled(university.page);
    const record = university.page.getByRole('form', { name: `Record completion: Case shadowing by ${lecturer} on ${TEST_TODAY}` });
    await record.getByLabel('Hours spent').fill('3.5');
    await record.getByRole('button', { name: 'Record completion' }).click();
    await record.locator('textarea[aria-invalid="true"]').waitFor();
    expect(await findVisit()).toMatchObject({ status: 'APPROVED' });
    await record.getByLabel('What the lecturer learned').fill('How the duty team screens safeguarding concerns in the first 24 hours.');
    await record.getByRole('button', { name: 'Record completion' }).click();
    await record.waitFor({ state: 'detached' });
    expect(await findVisit()).toMatchObject({ status: 'COMPLETED', hours: 3.5 });
    expect(await tableRows(university.page, 'Shadowing visits')).toContainEqual([
      TEST_TODAY,
      lecturer,
      BIRMINGHAM.name,
      'Case shadowing',
      'Completed',
      '4',
      '3.5',
      '',
    ]);
    expect([...university.elsewhere, ...council.elsewhere]).toEqual([]);
  });

  it('shows a council admin their own council in detail, and prints its board report', async () => {
    const { page, elsewhere } = await openPage();
    await signIn(page, 'Council admin', BIRMINGHAM.name);
    const { council } = await api<any>(
      COUNCIL_ADMIN,
      `query ($id: ID!, $partnershipId: ID!) { council(id: $id) { leadershipProgress(partnershipId: $partnershipId) {
        asye { reviewsDueSoon reviewsOverdue suppressed } cpd { registrationYear practitioners compliant suppressed }
        pathways { pathway { name } stages { stage { name } enrolled onTrack overdue paused suppressed } }
      } } }`,
      { id: BIRMINGHAM_ID, partnershipId: DEMO_PARTNERSHIP_ID },
    );
    const progress = council.leadershipProgress;
    await openView(page, 'Leadership');
    expect(await tableRows(page, 'Pathway stages on')).toEqual(
      progress.pathways.flatMap((pathway: any) =>
        pathway.stages.map((stage: any) => [
          BIRMINGHAM.name,
          pathway.pathway.name,
          stage.stage.name,
          ...['enrolled', 'onTrack', 'overdue', 'paused'].map((field) => shown(stage, field)),
        ]),
      ),
    );
    expect((await tableRows(page, 'Pathway stages on')).flat()).not.toContain('withheld');
    await page.getByText('Leadership promises,').waitFor();
    await screenshot(page, 'council-admin-leadership');
    await checkAccessible(page, 'council leadership');

    await openView(page, 'Board report');
    await screenshot(page, 'council-admin-board-report');
    await checkAccessible(page, 'board report');
    const pdf = artifactPath('board-report.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(root, 'test', 'support', 'pdf-text.mjs'), pdf]);
    const text = (JSON.parse(stdout) as { pages: string[] }).pages.join('\n');
    expect(text).toContain('Leadership pathway progress'.toUpperCase());
    expect(text).toContain(BIRMINGHAM.name);
    expect(text).toContain(`CPD registration year ${progress.cpd.registrationYear}`);
    expect(text).toContain(`ASYE reviews due within 30 days`);
    for (const pathway of progress.pathways) expect(text).toContain(pathway.pathway.name);
    // What is for the screen stays off paper.
    expect(text).not.toContain('Print the report');
    expect(text).not.toContain('Download CSV');
    expect(text).not.toContain('Sign out');
    expect(elsewhere).toEqual([]);
  });
});
