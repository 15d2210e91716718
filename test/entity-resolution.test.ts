import { BIRMINGHAM_ID, COVENTRY_ID, DEMO_PARTNERSHIP_ID, DEMO_UNIVERSITY_ID } from './support/demo';
import { startTestHub, type TestHub } from './support/test-hub';

const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Council { id name }
    ... on Practitioner { id familyName }
    ... on Partnership { id name }
  }
}`;

describe('federation entity references', () => {
  let hub: TestHub;
  let birminghamPractitioners: string[];
  let coventryPractitioners: string[];

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    const ids = async (councilId: string) => {
      const admin = await hub.token({ roles: ['council_admin'], councils: [councilId] });
      return (await hub.query(admin, '{ practitioners(first: 3) { nodes { id } } }')).data!.practitioners.nodes.map((node: any) => node.id);
    };
    birminghamPractitioners = await ids(BIRMINGHAM_ID);
    coventryPractitioners = await ids(COVENTRY_ID);
  });
  afterAll(() => hub.stop());

  it('resolves many council references in one batch, in the order asked, null for unknown ids', async () => {
    const token = await hub.token({ roles: ['dashboard_viewer'] });
    const counter = hub.subgraphs.councils.database.statements;
    const before = counter.total;
    const response = await hub.query(
      token,
      ENTITIES,
      {
        representations: [COVENTRY_ID, BIRMINGHAM_ID, '5a0e7c4b-0000-4000-8000-000000000000', 'junk'].map((id) => ({
          __typename: 'Council',
          id,
        })),
      },
      hub.subgraphs.councils.url,
    );
    expect(response.data!._entities.map((entity: any) => entity?.name ?? null)).toEqual([
      'Coventry City Council',
      'Birmingham City Council',
      null,
      null,
    ]);
    expect(counter.total - before).toBe(1);
  });

  it("never returns another council's practitioners from a direct _entities call", async () => {
    const birminghamAdmin = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
    const representations = [...birminghamPractitioners, ...coventryPractitioners].map((id) => ({ __typename: 'Practitioner', id }));
    const response = await hub.query(birminghamAdmin, ENTITIES, { representations }, hub.subgraphs.councils.url);
    const entities = response.data!._entities;
    expect(entities.slice(0, 3).every((entity: any) => entity !== null && birminghamPractitioners.includes(entity.id))).toBe(true);
    expect(entities.slice(3)).toEqual([null, null, null]);
  });

  it('answers universities-subgraph references in one batch each, null with FORBIDDEN for ids that name nothing, with no database error', async () => {
    const token = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
    const query = `query ($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on University { name }
        ... on Council { teaching { shadowing { completed suppressed } } }
        ... on Practitioner { teachingContributions { sessionCount } }
      }
    }`;
    const representations = [
      { __typename: 'University', id: DEMO_UNIVERSITY_ID },
      { __typename: 'University', id: 'junk' },
      { __typename: 'Council', id: BIRMINGHAM_ID },
      { __typename: 'Council', id: COVENTRY_ID },
      { __typename: 'Council', id: 'junk' },
      { __typename: 'Practitioner', id: birminghamPractitioners[0] },
      { __typename: 'Practitioner', id: "'; DROP TABLE universities.student; --" },
    ];
    const counter = hub.subgraphs.universities.database.statements;
    const before = counter.total;
    const response = await hub.query(token, query, { representations }, hub.subgraphs.universities.url);
    // Each id naming nothing is null with its reason at its path, and no database error.
    expect(response.errors?.map((error) => [error.path, error.extensions?.code]).sort()).toEqual([
      [['_entities', 1], 'FORBIDDEN'],
      [['_entities', 4], 'FORBIDDEN'],
      [['_entities', 6], 'FORBIDDEN'],
    ]);
    const entities = response.data!._entities;
    expect(entities[0]).toEqual({ name: 'University of Birmingham' });
    expect([entities[1], entities[4], entities[6]]).toEqual([null, null, null]);
    // A partnership admin is not the council's admin, so a small count may be withheld.
    const { completed, suppressed } = entities[2].teaching.shadowing;
    expect(completed === null ? suppressed : [completed]).toEqual(
      completed === null ? expect.arrayContaining(['completed']) : [expect.any(Number)],
    );
    expect(entities[5].teachingContributions.sessionCount).toBeGreaterThanOrEqual(0);
    // university, councils' facilitations and visits, the partnership scope, and the practitioner's facilitations
    expect(counter.total - before).toBeLessThanOrEqual(5);
  });
});
