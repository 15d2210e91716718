import { BIRMINGHAM_ID, COVENTRY_ID, DEMO_PARTNERSHIP_ID } from './support/demo';
import { errorCode, startTestHub, type TestHub } from './support/test-hub';

describe('querying councils through the gateway', () => {
  let hub: TestHub;
  let partnershipAdmin: string;
  let birminghamAdmin: string;

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    partnershipAdmin = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
    birminghamAdmin = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
  });
  afterAll(() => hub.stop());

  it('answers the partnership roll-up with each council’s practitioner count and agency rate', async () => {
    const response = await hub.query(
      partnershipAdmin,
      `query ($id: ID!) { partnership(id: $id) { name headcount { inPost agency agencyRate }
         councils { gssCode headcount { inPost permanent agency agencyRate } } } }`,
      { id: DEMO_PARTNERSHIP_ID },
    );
    expect(response.errors).toBeUndefined();
    const partnership = response.data!.partnership;
    expect(partnership.councils).toHaveLength(7);
    const total = partnership.councils.reduce((sum: number, council: any) => sum + council.headcount.inPost, 0);
    expect(total).toBeGreaterThanOrEqual(300);
    expect(partnership.headcount.inPost).toBe(total);
    for (const { headcount } of partnership.councils) {
      expect(headcount.inPost).toBe(headcount.permanent + headcount.agency);
      expect(headcount.agencyRate).toBeCloseTo(headcount.agency / headcount.inPost, 4);
    }
    expect(partnership.headcount.agencyRate).toBeGreaterThan(0.05);
    expect(partnership.headcount.agencyRate).toBeLessThan(0.3);
  });

  it('finds a council by GSS code and rejects a malformed one before running', async () => {
    const found = await hub.query(partnershipAdmin, '{ council(gssCode: "E08000026") { id name } }');
    expect(found.data!.council).toEqual({ id: COVENTRY_ID, name: 'Coventry City Council' });
    const malformed = await hub.query(partnershipAdmin, '{ council(gssCode: "X08000026") { id } }');
    expect(malformed.errors![0].message).toMatch(/GssCode must be E06, E07, E08, E09 or E10 followed by 6 digits/);
  });

  it('pages through all practitioners with cursors, without gaps or repeats', async () => {
    const seen = new Set<string>();
    let after: string | null = null;
    let total = 0;
    do {
      const page: any = await hub.query(
        birminghamAdmin,
        `query ($after: String) { practitioners(first: 40, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`,
        { after },
      );
      expect(page.errors).toBeUndefined();
      total = page.data.practitioners.totalCount;
      for (const node of page.data.practitioners.nodes) seen.add(node.id);
      after = page.data.practitioners.pageInfo.hasNextPage ? page.data.practitioners.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBe(96);
    expect(seen.size).toBe(96);
  });

  it('refuses a page larger than the maximum and a cursor it did not give out', async () => {
    const tooMany = await hub.query(partnershipAdmin, '{ councils(first: 101) { totalCount } }');
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors![0].message).toMatch(/"first" must be from 1 to 100/);
    const badCursor = await hub.query(partnershipAdmin, '{ councils(after: "not-a-cursor") { totalCount } }');
    expect(errorCode(badCursor)).toBe('BAD_USER_INPUT');
    const forged = (value: unknown[]) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const forgedId = await hub.query(partnershipAdmin, `{ councils(after: "${forged(['Dudley', 'x'])}") { totalCount } }`);
    expect(errorCode(forgedId)).toBe('BAD_USER_INPUT');
    const forgedDate = await hub.query(
      partnershipAdmin,
      `{ council(gssCode: "E08000025") { workforceSnapshots(after: "${forged(['yesterday', BIRMINGHAM_ID])}") { totalCount } } }`,
    );
    expect(errorCode(forgedDate)).toBe('BAD_USER_INPUT');
  });

  it('filters councils and treats LIKE wildcards in a search as plain text', async () => {
    const solihull = await hub.query(partnershipAdmin, '{ councils(filter: { nameContains: "solihull" }) { nodes { gssCode } } }');
    expect(solihull.data!.councils.nodes).toEqual([{ gssCode: 'E08000029' }]);
    const wildcard = await hub.query(partnershipAdmin, `{ councils(filter: { nameContains: "%' OR 1=1 --" }) { totalCount } }`);
    expect(wildcard.data!.councils.totalCount).toBe(0);
    const nul = await hub.query(partnershipAdmin, '{ councils(filter: { nameContains: "a\\u0000b" }) { totalCount } }');
    expect(errorCode(nul)).toBe('BAD_USER_INPUT');
  });

  it('gives workforce returns with rates computed from the raw figures', async () => {
    const response = await hub.query(
      partnershipAdmin,
      `{ council(gssCode: "E08000028") { workforceSnapshots { nodes { censusDate permanentFte agencyFte vacancyFte leaverFte agencyRate vacancyRate turnoverRate } } } }`,
    );
    const snapshots = response.data!.council.workforceSnapshots.nodes;
    const years = snapshots.map((snapshot: any) => Number(snapshot.censusDate.slice(0, 4)));
    expect(snapshots.every((snapshot: any) => snapshot.censusDate.endsWith('-09-30'))).toBe(true);
    expect(years).toEqual([years[0], years[0] + 1, years[0] + 2]);
    for (const snapshot of snapshots) {
      expect(snapshot.agencyRate).toBeCloseTo(snapshot.agencyFte / (snapshot.agencyFte + snapshot.permanentFte), 4);
      expect(snapshot.vacancyRate).toBeCloseTo(snapshot.vacancyFte / (snapshot.vacancyFte + snapshot.permanentFte), 4);
      expect(snapshot.turnoverRate).toBeCloseTo(snapshot.leaverFte / snapshot.permanentFte, 4);
    }
  });
});
