import { BIRMINGHAM_ID, COVENTRY_ID, DEMO_PARTNERSHIP_ID, DEMO_UNIVERSITY_ID, demoPermanentPractitionerIds } from './support/demo';
import { errorCode, startTestHub, type TestHub } from './support/test-hub';

const CREATE_UNIVERSITY = `mutation ($input: UniversityCreateInput!) {
  universityCreate(input: $input) { university { id ukprn name partnerships { id } } userErrors { field code message } }
}`;

describe('who sees and changes what in the universities subgraph', () => {
  let hub: TestHub;
  let partnershipAdmin: string;
  let universityAdmin: string;
  let otherUniversityId: string;
  let otherUniversityAdmin: string;
  let studentIds: string[];

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    partnershipAdmin = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
    universityAdmin = await hub.token({ roles: ['university_admin'], universities: [DEMO_UNIVERSITY_ID] });
    const created = await hub.query(partnershipAdmin, CREATE_UNIVERSITY, { input: { ukprn: '10001726', name: 'Coventry University' } });
    otherUniversityId = created.data!.universityCreate.university.id;
    otherUniversityAdmin = await hub.token({ roles: ['university_admin'], universities: [otherUniversityId] });
    const bothAdmins = await hub.token({
      roles: ['partnership_admin', 'university_admin'],
      partnerships: [DEMO_PARTNERSHIP_ID],
      universities: [otherUniversityId],
    });
    await hub.query(
      bothAdmins,
      `mutation ($input: PartnershipUniversityInput!) { partnershipAddUniversity(input: $input) { userErrors { code } } }`,
      {
        input: { partnershipId: DEMO_PARTNERSHIP_ID, universityId: otherUniversityId },
      },
    );
    const students = await hub.query(
      universityAdmin,
      `{ students(first: 3, filter: { universityId: "${DEMO_UNIVERSITY_ID}" }) { nodes { id } } }`,
    );
    studentIds = students.data!.students.nodes.map((node: { id: string }) => node.id);
  });
  afterAll(() => hub.stop());

  it('records a university once per UKPRN, validates the UKPRN, and lists it among the partnership’s universities', async () => {
    const again = await hub.query(partnershipAdmin, CREATE_UNIVERSITY, {
      input: { ukprn: '10001726', name: 'Coventry University (again)' },
    });
    expect(again.data!.universityCreate.userErrors).toEqual([
      { field: ['input', 'ukprn'], code: 'UKPRN_TAKEN', message: 'A university with this UKPRN is already recorded.' },
    ]);
    const malformed = await hub.query(partnershipAdmin, CREATE_UNIVERSITY, { input: { ukprn: '1000172', name: 'Seven digits' } });
    expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
    expect(malformed.errors![0].message).toMatch(/Ukprn must be 8 digits starting with 1/);
    const notTheirs = await hub.query(otherUniversityAdmin, CREATE_UNIVERSITY, {
      input: { ukprn: '10007140', name: 'Birmingham City University' },
    });
    expect(errorCode(notTheirs)).toBe('FORBIDDEN');
    const partnership = await hub.query(partnershipAdmin, `{ partnership(id: "${DEMO_PARTNERSHIP_ID}") { universities { name ukprn } } }`);
    expect(partnership.data!.partnership.universities).toEqual([
      { name: 'Coventry University', ukprn: '10001726' },
      { name: 'University of Birmingham', ukprn: '10006840' },
    ]);
  });

  it('adds a university to a partnership only with the say-so of both admins, and lets either take it out', async () => {
    const started = await hub.query(
      await hub.token({ roles: ['partnership_admin'] }),
      `mutation { partnershipCreate(input: { name: "Coventry and Warwickshire Partnership" }) { partnership { id } } }`,
    );
    const input = { partnershipId: started.data!.partnershipCreate.partnership.id, universityId: otherUniversityId };
    const ADD = `mutation ($input: PartnershipUniversityInput!) { partnershipAddUniversity(input: $input) {
      university { partnerships { id } partnershipRequests { partnership { id } status } } status userErrors { code } } }`;
    const partnershipOnly = await hub.token({ roles: ['partnership_admin'], partnerships: [input.partnershipId] });
    const invited = await hub.query(partnershipOnly, ADD, { input });
    expect(invited.data!.partnershipAddUniversity).toEqual({
      university: {
        partnerships: [{ id: DEMO_PARTNERSHIP_ID }],
        partnershipRequests: [{ partnership: { id: input.partnershipId }, status: 'INVITED' }],
      },
      status: 'INVITED',
      userErrors: [],
    });
    const accepted = await hub.query(otherUniversityAdmin, ADD, { input });
    expect(accepted.data!.partnershipAddUniversity).toEqual({
      university: { partnerships: [{ id: DEMO_PARTNERSHIP_ID }, { id: input.partnershipId }], partnershipRequests: [] },
      status: 'MEMBER',
      userErrors: [],
    });
    const unknown = await hub.query(otherUniversityAdmin, ADD, {
      input: { ...input, partnershipId: '5a0e7c4b-0000-4000-8000-000000000003' },
    });
    expect(unknown.data!.partnershipAddUniversity.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    const REMOVE = `mutation ($input: PartnershipUniversityInput!) { partnershipRemoveUniversity(input: $input) { status userErrors { code } } }`;
    const leaves = await hub.query(otherUniversityAdmin, REMOVE, { input });
    expect(leaves.data!.partnershipRemoveUniversity).toEqual({ status: 'NONE', userErrors: [] });
    expect((await hub.query(partnershipOnly, REMOVE, { input })).data!.partnershipRemoveUniversity.userErrors).toEqual([
      { code: 'NOT_A_MEMBER' },
    ]);
    expect(errorCode(await hub.query(otherUniversityAdmin, REMOVE, { input: { ...input, universityId: DEMO_UNIVERSITY_ID } }))).toBe(
      'FORBIDDEN',
    );
  });

  it('shows students to their own university only, through every path', async () => {
    const filter = `filter: { universityId: "${DEMO_UNIVERSITY_ID}" }`;
    expect(errorCode(await hub.query(otherUniversityAdmin, `{ students(first: 5, ${filter}) { nodes { id } } }`))).toBe('FORBIDDEN');
    const otherUniversitysStudent = await hub.query(otherUniversityAdmin, `{ student(id: "${studentIds[0]}") { familyName } }`);
    expect(otherUniversitysStudent.data).toEqual({ student: null });
    expect(errorCode(await hub.query(partnershipAdmin, `{ university(id: "${DEMO_UNIVERSITY_ID}") { students { totalCount } } }`))).toBe(
      'FORBIDDEN',
    );
    const birminghamAdmin = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
    expect(errorCode(await hub.query(birminghamAdmin, `{ students(first: 5, ${filter}) { nodes { id } } }`))).toBe('FORBIDDEN');

    const entities = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Student { id familyName } } }`;
    const representations = studentIds.map((id) => ({ __typename: 'Student', id }));
    const direct = await hub.query(otherUniversityAdmin, entities, { representations }, hub.subgraphs.universities.url);
    expect(direct.data!._entities).toEqual([null, null, null]);
    const own = await hub.query(universityAdmin, entities, { representations }, hub.subgraphs.universities.url);
    expect(own.data!._entities.map((entity: { id: string }) => entity.id)).toEqual(studentIds);

    const sessions = await hub.query(
      otherUniversityAdmin,
      `{ teachingSessions(first: 30) { nodes { id attendance { students } attendingStudents { id } } } }`,
    );
    const attended = sessions.data!.teachingSessions.nodes.filter(
      (node: { attendance: { students: number } }) => node.attendance.students > 0,
    );
    expect(attended.length).toBeGreaterThan(0);
    expect(attended.flatMap((node: { attendingStudents: unknown[] }) => node.attendingStudents)).toEqual([]);
    const sessionId = attended[0].id;
    const intoOthersSession = await hub.query(
      otherUniversityAdmin,
      `mutation ($input: TeachingSessionAttendanceInput!) { teachingSessionRecordAttendance(input: $input) { userErrors { code } } }`,
      { input: { sessionId, studentIds: studentIds.slice(0, 1) } },
    );
    expect(errorCode(intoOthersSession)).toBe('FORBIDDEN');
  });

  it('shows a practitioner’s teaching to themselves and their council’s admins, not to another council’s, even asked directly', async () => {
    const birminghamPractitioners = demoPermanentPractitionerIds('E08000025');
    const contributions = `query ($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on Practitioner { teachingContributions { sessionCount } } }
    }`;
    const sessionCounts = async (token: string) => {
      const representations = birminghamPractitioners.map((id) => ({ __typename: 'Practitioner', id }));
      const response = await hub.query(token, contributions, { representations }, hub.subgraphs.universities.url);
      return response.data!._entities.map(
        (entity: { teachingContributions: { sessionCount: number } }) => entity.teachingContributions.sessionCount,
      );
    };
    const birminghamCounts: number[] = await sessionCounts(await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] }));
    const teacher = birminghamCounts.findIndex((count) => count > 0);
    expect(teacher).toBeGreaterThanOrEqual(0);

    const coventryCounts: number[] = await sessionCounts(await hub.token({ roles: ['council_admin'], councils: [COVENTRY_ID] }));
    expect(coventryCounts.every((count) => count === 0)).toBe(true);
    const selfCounts: number[] = await sessionCounts(
      await hub.token({ roles: ['practitioner'], practitioner: birminghamPractitioners[teacher] }),
    );
    expect(selfCounts[teacher]).toBe(birminghamCounts[teacher]);
    expect(selfCounts.filter((count, index) => index !== teacher && count > 0)).toEqual([]);
  });

  it('gives the aggregate-only role figures but no names', async () => {
    const viewer = await hub.token({ roles: ['dashboard_viewer'] });
    const figures = await hub.query(viewer, `{ partnership(id: "${DEMO_PARTNERSHIP_ID}") { teaching { sessions coDeliveredShare } } }`);
    expect(figures.errors).toBeUndefined();
    expect(figures.data!.partnership.teaching.sessions).toBeGreaterThan(0);
    expect(errorCode(await hub.query(viewer, `{ lecturers(first: 1) { nodes { familyName } } }`))).toBe('FORBIDDEN');
    const visits = await hub.query(viewer, `{ shadowingVisits(first: 1) { totalCount } }`);
    expect(visits.data!.shadowingVisits.totalCount).toBe(0);
  });

  it('lets only a university’s own admins change its records', async () => {
    const mutations = [
      `mutation { programmeCreate(input: { universityId: "${DEMO_UNIVERSITY_ID}", name: "MSc Social Work", route: MA }) { programme { id } } }`,
      `mutation { lecturerCreate(input: { universityId: "${DEMO_UNIVERSITY_ID}", givenName: "Ada", familyName: "Price", jobTitle: "Lecturer" }) { lecturer { id } } }`,
      `mutation { universityRename(input: { id: "${DEMO_UNIVERSITY_ID}", name: "Renamed" }) { university { id } } }`,
    ];
    const councilAdmin = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
    for (const token of [otherUniversityAdmin, partnershipAdmin, councilAdmin]) {
      for (const mutation of mutations) expect(errorCode(await hub.query(token, mutation))).toBe('FORBIDDEN');
      // Another university's student is refused as an unknown id, so the answer does not tell that they exist.
      const update = await hub.query(
        token,
        `mutation { studentUpdate(input: { id: "${studentIds[0]}", status: WITHDRAWN }) { student { id } userErrors { code } } }`,
      );
      expect(update.data!.studentUpdate).toEqual({ student: null, userErrors: [{ code: 'NOT_FOUND' }] });
    }
    const student = await hub.query(universityAdmin, `{ student(id: "${studentIds[0]}") { status } }`);
    expect(student.data!.student.status).not.toBe('WITHDRAWN');
  });
});
