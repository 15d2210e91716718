/**
 * An answer keeps what the caller may read when a part of it is refused or cannot be had: a
 * record the caller may not see, a field refused to their role, a subgraph that is down. Each
 * nulls only its own position, and `errors` says why, with that position's path.
 */
import { startGateway } from '../gateway/src/gateway';
import { readCommittedSupergraph } from '../gateway/src/supergraph-file';
import { createLogger } from '#hub/shared/logger';
import { BIRMINGHAM_ID, COVENTRY_ID, DEMO_PARTNERSHIP_ID, DEMO_UNIVERSITY_ID, demoPermanentPractitionerIds } from './support/demo';
import { TEST_TODAY } from './support/test-clock';
import { startTestHub, type GraphQLResponse, type TestHub } from './support/test-hub';

describe('answers that survive a hidden record, a refused field and a failed subgraph', () => {
  let hub: TestHub;
  let birminghamAdmin: string;
  let dashboardViewer: string;
  let partnershipAdmin: string;
  let sessionId: string;
  const [birminghamPractitioner] = demoPermanentPractitionerIds('E08000025');
  const [coventryPractitioner] = demoPermanentPractitionerIds('E08000026');
  /** An admin of both councils, who may see both facilitators. */
  let bothCouncilsAdmin: string;
  /** The order the session lists its facilitators in. */
  let facilitatorsInOrder: string[];

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    birminghamAdmin = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
    dashboardViewer = await hub.token({ roles: ['dashboard_viewer'], partnerships: [DEMO_PARTNERSHIP_ID] });
    partnershipAdmin = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
    const universityAdmin = await hub.token({ roles: ['university_admin'], universities: [DEMO_UNIVERSITY_ID] });
    // A seminar co-delivered by a Birmingham and a Coventry practitioner, in that order.
    const created = await hub.query(
      universityAdmin,
      `mutation ($input: TeachingSessionCreateInput!) {
        teachingSessionCreate(input: $input) { teachingSession { id } userErrors { code message } }
      }`,
      {
        input: {
          universityId: DEMO_UNIVERSITY_ID,
          title: 'Co-delivered seminar on contextual safeguarding',
          topic: 'Contextual safeguarding',
          kind: 'SEMINAR',
          startsAt: `${TEST_TODAY}T10:00:00.000Z`,
          durationMinutes: 90,
          place: 'Online',
          capacity: 30,
          practitioners: [
            { practitionerId: birminghamPractitioner, councilId: BIRMINGHAM_ID },
            { practitionerId: coventryPractitioner, councilId: COVENTRY_ID },
          ],
        },
      },
    );
    expect(created).toMatchObject({ data: { teachingSessionCreate: { userErrors: [] } } });
    sessionId = created.data!.teachingSessionCreate.teachingSession.id;
    bothCouncilsAdmin = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID, COVENTRY_ID] });
    const listed = await hub.query(bothCouncilsAdmin, `query ($id: ID!) { teachingSession(id: $id) { practitioners { id } } }`, {
      id: sessionId,
    });
    facilitatorsInOrder = listed.data!.teachingSession.practitioners.map((practitioner: { id: string }) => practitioner.id);
  });
  afterAll(() => hub?.stop());

  it('shows both facilitators to an admin of both councils, with no errors (the control)', async () => {
    const response = await hub.query(
      bothCouncilsAdmin,
      `query ($id: ID!) { teachingSession(id: $id) { practitioners { id familyName } } }`,
      {
        id: sessionId,
      },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.teachingSession.practitioners).toEqual(facilitatorsInOrder.map((id) => ({ id, familyName: expect.any(String) })));
    expect([...facilitatorsInOrder].sort()).toEqual([birminghamPractitioner, coventryPractitioner].sort());
  });

  it('nulls another council’s facilitator alone, with a FORBIDDEN error at its path', async () => {
    const response = await hub.query(
      birminghamAdmin,
      `query ($id: ID!) { teachingSession(id: $id) { title practitioners { id familyName } } }`,
      { id: sessionId },
    );
    expect(response.data?.teachingSession.title).toBe('Co-delivered seminar on contextual safeguarding');
    const hiddenAt = facilitatorsInOrder.indexOf(coventryPractitioner);
    const practitioners = response.data!.teachingSession.practitioners;
    expect(practitioners[hiddenAt]).toBeNull();
    expect(practitioners[1 - hiddenAt]).toEqual({ id: birminghamPractitioner, familyName: expect.any(String) });
    expect(response.errors).toEqual([
      expect.objectContaining({
        path: ['teachingSession', 'practitioners', hiddenAt],
        extensions: expect.objectContaining({ code: 'FORBIDDEN' }),
      }),
    ]);
  });

  it('answers a dashboard_viewer’s figures beside a root field refused to the role', async () => {
    const response = await hub.query(dashboardViewer, `{ councils(first: 2) { totalCount } teachingSessions(first: 1) { nodes { id } } }`);
    expect(response.data?.councils.totalCount).toBeGreaterThan(0);
    expect(response.data?.teachingSessions).toBeNull();
    expect(response.errors).toEqual([
      expect.objectContaining({ path: ['teachingSessions'], extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    ]);
  });

  it('answers the rest of a council beside a field of it refused to the role', async () => {
    const response = await hub.query(
      dashboardViewer,
      `query ($id: ID!) { council(id: $id) { name placementOffers(first: 1) { totalCount } } }`,
      { id: BIRMINGHAM_ID },
    );
    expect(response.data?.council).toEqual({ name: 'Birmingham City Council', placementOffers: null });
    expect(response.errors).toEqual([
      expect.objectContaining({ path: ['council', 'placementOffers'], extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    ]);
  });

  it('keeps the results of mutations that committed beside one that was refused', async () => {
    const response = await hub.query(
      birminghamAdmin,
      `mutation ($own: TeamCreateInput!, $other: TeamCreateInput!) {
        own: teamCreate(input: $own) { team { name } userErrors { code } }
        other: teamCreate(input: $other) { team { name } userErrors { code } }
      }`,
      {
        own: { councilId: BIRMINGHAM_ID, name: 'Partial answers team', serviceArea: 'CHILD_PROTECTION', statutory: true },
        other: { councilId: COVENTRY_ID, name: 'Partial answers team', serviceArea: 'CHILD_PROTECTION', statutory: true },
      },
    );
    expect(response.data?.own).toEqual({ team: { name: 'Partial answers team' }, userErrors: [] });
    expect(response.data?.other).toBeNull();
    expect(response.errors).toEqual([
      expect.objectContaining({ path: ['other'], extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    ]);
  });

  describe('with the leadership subgraph down', () => {
    let gateway: Awaited<ReturnType<typeof startGateway>>;

    beforeAll(async () => {
      gateway = await startGateway({
        config: hub.config,
        log: createLogger('test', 'silent'),
        supergraphSdl: readCommittedSupergraph(),
        port: 0,
        subgraphUrls: {
          ...Object.fromEntries(Object.values(hub.subgraphs).map((subgraph) => [subgraph.name, subgraph.url])),
          leadership: 'http://127.0.0.1:9/graphql',
        },
      });
    });
    afterAll(() => gateway?.close());

    it('answers the councils subgraph’s part, and nulls the leadership part with the reason at its path', async () => {
      const response: GraphQLResponse = await hub.query(
        partnershipAdmin,
        `query ($id: ID!) { partnership(id: $id) { name placementSettings { statutoryPlacementsRequired } leadershipSettings { minLearningDays } } }`,
        { id: DEMO_PARTNERSHIP_ID },
        gateway.url,
      );
      expect(response.data?.partnership.name).toEqual(expect.any(String));
      expect(response.data?.partnership.placementSettings).not.toBeNull();
      expect(response.data?.partnership.leadershipSettings).toBeNull();
      expect(response.errors).toEqual([
        expect.objectContaining({
          path: ['partnership', 'leadershipSettings'],
          extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'leadership' }),
        }),
      ]);
    });

    it('answers the other subgraphs’ root fields, and nulls the leadership one with the reason at its path', async () => {
      const response: GraphQLResponse = await hub.query(
        partnershipAdmin,
        `query ($id: ID!) { a: partnership(id: $id) { name } b: kssStandards { id } }`,
        { id: DEMO_PARTNERSHIP_ID },
        gateway.url,
      );
      expect(response.data).toEqual({ a: { name: expect.any(String) }, b: null });
      expect(response.errors).toEqual([
        expect.objectContaining({
          path: ['b'],
          extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'leadership' }),
        }),
      ]);
    });
  });
});
