import { DEMO_PARTNERSHIP_ID } from './support/demo';
import { startTestHub, type TestHub } from './support/test-hub';

/**
 * The same nested query for 1 council and for 7 must run the same number of SQL statements:
 * every nested list and reference is batched per request, so the count does not grow with rows.
 */
describe('SQL statements per request', () => {
  let hub: TestHub;
  let token: string;

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    token = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
  });
  afterAll(() => hub.stop());

  const COUNCILS_WITH_TEAMS_AND_PRACTITIONERS = `query ($first: Int!) {
    councils(first: $first) {
      totalCount
      nodes {
        name
        headcount { inPost agencyRate }
        latestWorkforceSnapshot { agencyRate vacancyRate }
        partnerships { name }
        teams(first: 10) {
          totalCount
          nodes {
            name
            council { gssCode }
            headcount { inPost }
            practitioners(first: 50) {
              totalCount
              nodes { sweNumber familyName team { name } council { name } }
            }
          }
        }
      }
    }
  }`;

  async function statementsFor(first: number) {
    const counter = hub.subgraphs.councils.database.statements;
    const before = counter.total;
    const response = await hub.query(token, COUNCILS_WITH_TEAMS_AND_PRACTITIONERS, { first });
    expect(response.errors).toBeUndefined();
    const councils = response.data!.councils.nodes;
    const practitioners = councils.flatMap((council: any) => council.teams.nodes.flatMap((team: any) => team.practitioners.nodes));
    return { statements: counter.total - before, councils: councils.length, practitioners: practitioners.length };
  }

  it('is the same for 7 councils with their teams and practitioners as for 1', async () => {
    const one = await statementsFor(1);
    const seven = await statementsFor(7);
    expect(one.councils).toBe(1);
    expect(seven.councils).toBe(7);
    expect(seven.practitioners).toBeGreaterThanOrEqual(300);
    expect(seven.practitioners).toBeGreaterThan(one.practitioners * 3);
    expect(seven.statements).toBe(one.statements);
  });
});
