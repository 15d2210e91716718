import { BIRMINGHAM_ID, COVENTRY_ID, DEMO_PARTNERSHIP_ID, DEMO_UNIVERSITY_ID } from './support/demo';
import { errorCode, startTestHub, type TestHub } from './support/test-hub';

describe('who sees placements', () => {
  let hub: TestHub;
  let birminghamAdmin: string;
  let coventryAdmin: string;
  let universityAdmin: string;
  let partnershipAdmin: string;
  let placement: { id: string; studentId: string };

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    birminghamAdmin = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
    coventryAdmin = await hub.token({ roles: ['council_admin'], councils: [COVENTRY_ID] });
    universityAdmin = await hub.token({ roles: ['university_admin'], universities: [DEMO_UNIVERSITY_ID] });
    partnershipAdmin = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
    const listed = await hub.query(
      birminghamAdmin,
      `{ placements(first: 1, filter: { councilId: "${BIRMINGHAM_ID}" }) { nodes { id student { id } } } }`,
    );
    const node = listed.data!.placements.nodes[0];
    placement = { id: node.id, studentId: node.student.id };
  });
  afterAll(() => hub.stop());

  it('shows a placement to the student’s university and the host council only', async () => {
    const ask = (token: string) => hub.query(token, `{ placement(id: "${placement.id}") { id status } }`);
    expect((await ask(birminghamAdmin)).data!.placement.id).toBe(placement.id);
    expect((await ask(universityAdmin)).data!.placement.id).toBe(placement.id);
    expect(errorCode(await ask(coventryAdmin))).toBe('FORBIDDEN');
    expect(errorCode(await ask(partnershipAdmin))).toBe('FORBIDDEN');
    const coventryList = await hub.query(
      coventryAdmin,
      `{ placements(first: 100, filter: { councilId: "${BIRMINGHAM_ID}" }) { totalCount } }`,
    );
    expect(coventryList.data!.placements.totalCount).toBe(0);
  });

  it('shows a student’s placements to their university, and to another council only the ones it hosts, even through _entities', async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Student { placements { id council { id } } } } }`;
    const representations = [{ __typename: 'Student', id: placement.studentId }];
    const own = await hub.query(universityAdmin, query, { r: representations }, hub.subgraphs.placements.url);
    expect(own.data!._entities[0].placements.map((row: { id: string }) => row.id)).toContain(placement.id);
    const other = await hub.query(coventryAdmin, query, { r: representations }, hub.subgraphs.placements.url);
    const seenByCoventry = other.data!._entities[0].placements as { id: string; council: { id: string } }[];
    expect(seenByCoventry.map((row) => row.id)).not.toContain(placement.id);
    expect(seenByCoventry.every((row) => row.council.id === COVENTRY_ID)).toBe(true);
    const viewer = await hub.token({ roles: ['dashboard_viewer'] });
    const days = await hub.query(
      viewer,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Student { practiceDays { totalDays } } } }`,
      { r: representations },
      hub.subgraphs.placements.url,
    );
    // Null, as for a student with no records: the answer does not tell which students exist.
    expect(days.errors).toBeUndefined();
    expect(days.data!._entities[0].practiceDays).toBeNull();
    const student = await hub.query(
      universityAdmin,
      `{ student(id: "${placement.studentId}") { familyName placements { status council { name } } practiceDays { daysToGo } } }`,
    );
    expect(student.errors).toBeUndefined();
    expect(student.data!.student.placements.length).toBeGreaterThan(0);
  });

  it('gives a partnership’s admins each student’s days and breaches by id, and nobody else', async () => {
    const query = `{ partnership(id: "${DEMO_PARTNERSHIP_ID}") { studentPracticeDays(first: 100) { totalCount nodes { student { id } practiceDays { totalDays breaches { code } } } } } }`;
    const response = await hub.query(partnershipAdmin, query);
    expect(response.errors).toBeUndefined();
    expect(response.data!.partnership.studentPracticeDays.totalCount).toBeGreaterThan(50);
    expect(errorCode(await hub.query(birminghamAdmin, query))).toBe('FORBIDDEN');
    expect(errorCode(await hub.query(await hub.token({ roles: ['dashboard_viewer'] }), query))).toBe('FORBIDDEN');
  });

  it('lets only the host council run the placement, and only its admins review it', async () => {
    // Coventry may not see the placement, so it is refused as an unknown id.
    const byCoventry = await hub.query(
      coventryAdmin,
      `mutation { placementLogDays(input: { id: "${placement.id}", daysCompleted: 1 }) { userErrors { code } } }`,
    );
    expect(byCoventry.data!.placementLogDays.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    expect(
      errorCode(
        await hub.query(
          universityAdmin,
          `mutation { qaplReviewComplete(input: { placementId: "${placement.id}", rating: MEETS_STANDARDS, actions: "None.", completedOn: "2020-01-01" }) { userErrors { code } } }`,
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});
