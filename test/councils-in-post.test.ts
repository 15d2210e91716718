/**
 * "In post" is decided by the hub's date, in the code and in SQL alike, never by the database
 * server's CURRENT_DATE: with the clock stopped on 1 June 2026, someone who leaves on 30 June is
 * still in post, whatever day the tests run.
 */
import { BIRMINGHAM_ID } from './support/demo';
import { startTestHub, type TestHub } from './support/test-hub';

describe('who is in post, by the hub’s clock stopped on 1 June 2026', () => {
  let hub: TestHub;
  let birminghamAdmin: string;
  let practitionerId: string;

  const inPost = async () => {
    const response = await hub.query(
      birminghamAdmin,
      `query ($council: ID!, $id: ID!) {
         council(id: $council) { headcount { asOf inPost } }
         practitioners(filter: { councilId: $council, familyNameContains: "Quigley" }) { nodes { id } }
         practitioner(id: $id) { inPost }
       }`,
      { council: BIRMINGHAM_ID, id: practitionerId },
    );
    expect(response.errors).toBeUndefined();
    const { council, practitioners, practitioner } = response.data!;
    return {
      asOf: council.headcount.asOf,
      headcount: council.headcount.inPost,
      listed: practitioners.nodes.length,
      inPost: practitioner.inPost,
    };
  };
  const leave = async (leftOn: string) => {
    const response = await hub.query(
      birminghamAdmin,
      `mutation ($input: PractitionerUpdateInput!) { practitionerUpdate(input: $input) { userErrors { code } } }`,
      { input: { id: practitionerId, leftOn } },
    );
    expect(response.data!.practitionerUpdate.userErrors).toEqual([]);
  };

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true, env: { HUB_TODAY: '2026-06-01' } });
    birminghamAdmin = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
    const created = await hub.query(
      birminghamAdmin,
      `mutation ($input: PractitionerCreateInput!) { practitionerCreate(input: $input) { practitioner { id } userErrors { code } } }`,
      {
        input: {
          sweNumber: 'SW7700101',
          givenName: 'Rowan',
          familyName: 'Quigley',
          councilId: BIRMINGHAM_ID,
          role: 'SOCIAL_WORKER',
          pcfLevel: 'SOCIAL_WORKER',
          employment: 'PERMANENT',
          qualifiedOn: '2025-07-01',
          startedOn: '2026-05-01',
        },
      },
    );
    practitionerId = created.data!.practitionerCreate.practitioner.id;
  });
  afterAll(() => hub.stop());

  it('counts a practitioner who leaves at the end of the month, in the list, the headcount and the flag', async () => {
    const before = await inPost();
    expect(before).toMatchObject({ asOf: '2026-06-01', listed: 1, inPost: true });
    await leave('2026-06-30');
    expect(await inPost()).toEqual(before);
  });

  it('counts them on their last day, and not after it', async () => {
    const stayed = await inPost();
    await leave('2026-06-01');
    expect(await inPost()).toEqual(stayed);
    await leave('2026-05-31');
    expect(await inPost()).toEqual({ asOf: '2026-06-01', headcount: stayed.headcount - 1, listed: 0, inPost: false });
  });
});
