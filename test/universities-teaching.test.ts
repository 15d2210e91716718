import { BIRMINGHAM_ID, COVENTRY_ID, DEMO_PARTNERSHIP_ID, DEMO_UNIVERSITY_ID, demoPermanentPractitionerIds } from './support/demo';
import { errorCode, startTestHub, type TestHub } from './support/test-hub';
import { TEST_ACADEMIC_YEAR } from './support/test-clock';

/** Next academic year has no demo sessions yet, so every figure in it comes from this file. */
const nextYearStart = Number(TEST_ACADEMIC_YEAR.slice(0, 4)) + 1;
const NEXT_YEAR = `${nextYearStart}/${String((nextYearStart + 1) % 100).padStart(2, '0')}`;
const [birminghamFirst, birminghamSecond] = demoPermanentPractitionerIds('E08000025');
const [coventryFirst] = demoPermanentPractitionerIds('E08000026');

const CREATE = `mutation ($input: TeachingSessionCreateInput!) {
  teachingSessionCreate(input: $input) {
    teachingSession { id coDelivered academicYear lecturers { id } practitioners { id } attendance { total placesLeft } }
    userErrors { field code message }
  }
}`;
const RECORD = `mutation ($input: TeachingSessionAttendanceInput!) {
  teachingSessionRecordAttendance(input: $input) {
    teachingSession { attendance { students practitioners total placesLeft } }
    userErrors { field code message }
  }
}`;
const PARTNERSHIP_TEACHING = `query ($id: ID!, $year: AcademicYear) {
  partnership(id: $id) {
    teaching(academicYear: $year) {
      sessions coDeliveredSessions coDeliveredShare studentAttendances practitionerAttendances
      practitionerTeaching { practitioners sessions coDeliveredSessions hours }
      byCouncil { council { id name } practitionerTeaching { practitioners hours } }
    }
  }
}`;

describe('co-delivered teaching through the gateway', () => {
  let hub: TestHub;
  let universityAdmin: string;
  let partnershipAdmin: string;
  let lecturerIds: string[];
  let studentIds: string[];

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    universityAdmin = await hub.token({ roles: ['university_admin'], universities: [DEMO_UNIVERSITY_ID] });
    partnershipAdmin = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
    const university = await hub.query(
      universityAdmin,
      `query ($id: ID!) { university(id: $id) { lecturers(first: 3) { nodes { id } } students(first: 20) { nodes { id } } } }`,
      { id: DEMO_UNIVERSITY_ID },
    );
    lecturerIds = university.data!.university.lecturers.nodes.map((node: { id: string }) => node.id);
    studentIds = university.data!.university.students.nodes.map((node: { id: string }) => node.id);
  });
  afterAll(() => hub.stop());

  const sessionInput = (overrides: Record<string, unknown> = {}) => ({
    universityId: DEMO_UNIVERSITY_ID,
    title: 'Practice seminar: assessing risk with families',
    topic: 'Risk assessment',
    kind: 'SEMINAR',
    startsAt: `${nextYearStart}-10-14T13:00:00.000Z`,
    durationMinutes: 120,
    place: 'Muirhead Tower, Room 112',
    capacity: 30,
    lecturerIds: [lecturerIds[0]],
    practitioners: [],
    ...overrides,
  });

  const teachingNextYear = async () =>
    (await hub.query(partnershipAdmin, PARTNERSHIP_TEACHING, { id: DEMO_PARTNERSHIP_ID, year: NEXT_YEAR })).data!.partnership.teaching;

  it('counts a session co-delivered with two council practitioners, and who attended it, in the partnership’s figures', async () => {
    const before = await teachingNextYear();
    expect(before).toMatchObject({ sessions: 0, coDeliveredSessions: 0, coDeliveredShare: null, practitionerTeaching: { hours: 0 } });

    const lectureOnly = await hub.query(universityAdmin, CREATE, {
      input: sessionInput({ title: 'Lecture: the Children Act', kind: 'LECTURE' }),
    });
    expect(lectureOnly.data!.teachingSessionCreate.teachingSession.coDelivered).toBe(false);

    const created = await hub.query(universityAdmin, CREATE, {
      input: sessionInput({
        practitioners: [
          { practitionerId: birminghamFirst, councilId: BIRMINGHAM_ID },
          { practitionerId: birminghamSecond, councilId: BIRMINGHAM_ID },
        ],
      }),
    });
    const session = created.data!.teachingSessionCreate.teachingSession;
    expect(created.data!.teachingSessionCreate.userErrors).toEqual([]);
    expect(session).toMatchObject({
      coDelivered: true,
      academicYear: NEXT_YEAR,
      lecturers: [{ id: lecturerIds[0] }],
      attendance: { total: 0, placesLeft: 30 },
    });
    expect(session.practitioners.map((practitioner: { id: string }) => practitioner.id).sort()).toEqual(
      [birminghamFirst, birminghamSecond].sort(),
    );

    const attended = await hub.query(universityAdmin, RECORD, {
      input: {
        sessionId: session.id,
        studentIds: studentIds.slice(0, 3),
        practitioners: [{ practitionerId: coventryFirst, councilId: COVENTRY_ID }],
      },
    });
    expect(attended.data!.teachingSessionRecordAttendance).toEqual({
      teachingSession: { attendance: { students: 3, practitioners: 1, total: 4, placesLeft: 26 } },
      userErrors: [],
    });
    const again = await hub.query(universityAdmin, RECORD, { input: { sessionId: session.id, studentIds: studentIds.slice(0, 1) } });
    expect(again.data!.teachingSessionRecordAttendance.teachingSession.attendance.total).toBe(4);

    const after = await teachingNextYear();
    expect(after).toMatchObject({
      sessions: 2,
      coDeliveredSessions: 1,
      coDeliveredShare: 0.5,
      studentAttendances: 3,
      practitionerAttendances: 1,
      practitionerTeaching: { practitioners: 2, sessions: 1, coDeliveredSessions: 1, hours: 4 },
    });
    const birmingham = after.byCouncil.find((row: { council: { id: string } }) => row.council.id === BIRMINGHAM_ID);
    expect(birmingham).toMatchObject({
      council: { name: 'Birmingham City Council' },
      practitionerTeaching: { practitioners: 2, hours: 4 },
    });
    const coventry = after.byCouncil.find((row: { council: { id: string } }) => row.council.id === COVENTRY_ID);
    expect(coventry.practitionerTeaching).toEqual({ practitioners: 0, hours: 0 });
    expect(after.byCouncil).toHaveLength(7);
  });

  it('shows a council admin their practitioners’ teaching hours beside the council’s own figures', async () => {
    const birminghamAdmin = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
    const response = await hub.query(
      birminghamAdmin,
      `query ($id: ID!, $year: AcademicYear!) {
        practitioner(id: $id) { teachingContributions(academicYear: $year) { sessionCount coDeliveredSessions hours sessions { title coDelivered } } }
        council(id: "${BIRMINGHAM_ID}") { teaching(academicYear: $year) { practitionerTeaching { practitioners hours } } }
      }`,
      { id: birminghamFirst, year: NEXT_YEAR },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.practitioner.teachingContributions).toEqual({
      sessionCount: 1,
      coDeliveredSessions: 1,
      hours: 2,
      sessions: [{ title: 'Practice seminar: assessing risk with families', coDelivered: true }],
    });
    expect(response.data!.council.teaching.practitionerTeaching).toEqual({ practitioners: 2, hours: 4 });
  });

  it('fills a session to its capacity and no further, also when many record at once', async () => {
    const created = await hub.query(universityAdmin, CREATE, {
      input: sessionInput({ title: 'Small workshop', kind: 'WORKSHOP', capacity: 5 }),
    });
    const sessionId = created.data!.teachingSessionCreate.teachingSession.id;
    const attempts = await Promise.all(
      studentIds.slice(0, 12).map((studentId) => hub.query(universityAdmin, RECORD, { input: { sessionId, studentIds: [studentId] } })),
    );
    const codes = attempts.map((attempt) =>
      attempt.data!.teachingSessionRecordAttendance.userErrors.map((error: { code: string }) => error.code).join(),
    );
    expect(codes.filter((code) => code === '')).toHaveLength(5);
    expect(codes.filter((code) => code === 'TEACHING_SESSION_FULL')).toHaveLength(7);

    const overflow = await hub.query(universityAdmin, RECORD, {
      input: { sessionId, practitioners: [{ practitionerId: coventryFirst, councilId: COVENTRY_ID }] },
    });
    expect(overflow.data!.teachingSessionRecordAttendance.userErrors).toEqual([
      {
        field: ['input', 'practitioners'],
        code: 'TEACHING_SESSION_FULL',
        message: 'The session has 0 of 5 places left; 1 new attendees were given.',
      },
    ]);
    const lowered = await hub.query(
      universityAdmin,
      `mutation ($id: ID!) { teachingSessionUpdate(input: { id: $id, capacity: 4 }) { teachingSession { capacity } userErrors { field code } } }`,
      { id: sessionId },
    );
    expect(lowered.data!.teachingSessionUpdate).toEqual({
      teachingSession: null,
      userErrors: [{ field: ['input', 'capacity'], code: 'CAPACITY_BELOW_ATTENDANCE' }],
    });
    const session = await hub.query(
      universityAdmin,
      `{ teachingSession(id: "${sessionId}") { capacity attendance { total } attendingStudents { id } } }`,
    );
    expect(session.data!.teachingSession).toMatchObject({ capacity: 5, attendance: { total: 5 } });
    expect(session.data!.teachingSession.attendingStudents).toHaveLength(5);
  });

  it('refuses facilitators from elsewhere and malformed ones, naming the field, and writes nothing', async () => {
    const otherLecturer = '0f5c2b1a-7e3d-4c4b-9a8f-1d2e3f4a5b6c';
    const refused = await hub.query(universityAdmin, CREATE, {
      input: sessionInput({
        title: 'Never written',
        durationMinutes: 600,
        lecturerIds: [otherLecturer],
        practitioners: [{ practitionerId: 'not-an-id', councilId: BIRMINGHAM_ID }],
      }),
    });
    expect(refused.data!.teachingSessionCreate.teachingSession).toBeNull();
    expect(
      refused.data!.teachingSessionCreate.userErrors.map((error: { field: string[]; code: string }) => [error.field.join('.'), error.code]),
    ).toEqual([
      ['input.durationMinutes', 'OUT_OF_RANGE'],
      ['input.lecturerIds', 'NOT_FOUND'],
      ['input.practitioners', 'INVALID_ID'],
    ]);
    // A token that sees the councils register is held to it: here, a university admin who is also the partnership's admin.
    const seesRegister = await hub.token({
      roles: ['university_admin', 'partnership_admin'],
      universities: [DEMO_UNIVERSITY_ID],
      partnerships: [DEMO_PARTNERSHIP_ID],
    });
    const wrongCouncil = await hub.query(seesRegister, CREATE, {
      input: sessionInput({ title: 'Never written', practitioners: [{ practitionerId: birminghamFirst, councilId: COVENTRY_ID }] }),
    });
    expect(wrongCouncil.data!.teachingSessionCreate.userErrors).toEqual([
      {
        field: ['input', 'practitioners'],
        code: 'PRACTITIONER_COUNCIL_MISMATCH',
        message: `Practitioner ${birminghamFirst} is on the register of council ${BIRMINGHAM_ID}, not ${COVENTRY_ID}.`,
      },
    ]);
    const tooMany = await hub.query(universityAdmin, CREATE, {
      input: sessionInput({
        title: 'Never written',
        lecturerIds: Array.from({ length: 21 }, (_, index) => `0f5c2b1a-7e3d-4c4b-9a8f-${String(index).padStart(12, '0')}`),
      }),
    });
    expect(tooMany.data!.teachingSessionCreate.userErrors.map((error: { code: string }) => error.code)).toEqual(['TOO_MANY']);
    const listed = await hub.query(
      universityAdmin,
      `{ teachingSessions(first: 100, filter: { academicYear: "${NEXT_YEAR}" }) { nodes { title } } }`,
    );
    expect(listed.data!.teachingSessions.nodes.map((node: { title: string }) => node.title)).not.toContain('Never written');
  });

  it('leaves a cancelled session out of the figures and out of the list, and will not cancel it twice', async () => {
    const created = await hub.query(universityAdmin, CREATE, {
      input: sessionInput({ title: 'Called off', practitioners: [{ practitionerId: coventryFirst, councilId: COVENTRY_ID }] }),
    });
    const id = created.data!.teachingSessionCreate.teachingSession.id;
    const withIt = await teachingNextYear();
    const cancel = () =>
      hub.query(
        universityAdmin,
        `mutation ($id: ID!) { teachingSessionCancel(input: { id: $id }) { teachingSession { cancelled } userErrors { code } } }`,
        { id },
      );
    expect((await cancel()).data!.teachingSessionCancel).toEqual({ teachingSession: { cancelled: true }, userErrors: [] });
    expect((await cancel()).data!.teachingSessionCancel.userErrors).toEqual([{ code: 'TEACHING_SESSION_CANCELLED' }]);
    const without = await teachingNextYear();
    expect(without.sessions).toBe(withIt.sessions - 1);
    expect(without.practitionerTeaching.hours).toBe(withIt.practitionerTeaching.hours - 2);
    const coDeliveredList = await hub.query(
      universityAdmin,
      `{ teachingSessions(first: 100, filter: { academicYear: "${NEXT_YEAR}", coDelivered: true }) { totalCount nodes { title } } }`,
    );
    expect(coDeliveredList.data!.teachingSessions.nodes.map((node: { title: string }) => node.title)).toEqual([
      'Practice seminar: assessing risk with families',
    ]);
  });

  it('lets only the session’s university change it, and a council admin record only their own practitioners', async () => {
    const otherUniversityAdmin = await hub.token({ roles: ['university_admin'], universities: ['5a0e7c4b-0000-4000-8000-000000000001'] });
    expect(errorCode(await hub.query(otherUniversityAdmin, CREATE, { input: sessionInput() }))).toBe('FORBIDDEN');
    const created = await hub.query(universityAdmin, CREATE, { input: sessionInput({ title: 'Open evening' }) });
    const sessionId = created.data!.teachingSessionCreate.teachingSession.id;
    const coventryAdmin = await hub.token({ roles: ['council_admin'], councils: [COVENTRY_ID] });
    const ownStaff = await hub.query(coventryAdmin, RECORD, {
      input: { sessionId, practitioners: [{ practitionerId: coventryFirst, councilId: COVENTRY_ID }] },
    });
    expect(ownStaff.data!.teachingSessionRecordAttendance.userErrors).toEqual([]);
    const otherStaff = await hub.query(coventryAdmin, RECORD, {
      input: { sessionId, practitioners: [{ practitionerId: birminghamFirst, councilId: BIRMINGHAM_ID }] },
    });
    expect(errorCode(otherStaff)).toBe('FORBIDDEN');
    const students = await hub.query(coventryAdmin, RECORD, { input: { sessionId, studentIds: studentIds.slice(0, 1) } });
    expect(errorCode(students)).toBe('FORBIDDEN');
    const viewer = await hub.token({ roles: ['dashboard_viewer'] });
    expect(errorCode(await hub.query(viewer, RECORD, { input: { sessionId } }))).toBe('FORBIDDEN');
  });

  it('lets a council record its own practitioner whom a university named under another council first: the register decides', async () => {
    const [, , named] = demoPermanentPractitionerIds('E08000026').slice(-4);
    const facilitated = await hub.query(universityAdmin, CREATE, {
      input: sessionInput({
        title: 'Named on the university’s word',
        practitioners: [{ practitionerId: named, councilId: BIRMINGHAM_ID }],
      }),
    });
    expect(facilitated.data!.teachingSessionCreate.userErrors).toEqual([]);
    const session = await hub.query(universityAdmin, CREATE, { input: sessionInput({ title: 'Attended by Coventry' }) });
    const coventryAdmin = await hub.token({ roles: ['council_admin'], councils: [COVENTRY_ID] });
    const recorded = await hub.query(coventryAdmin, RECORD, {
      input: {
        sessionId: session.data!.teachingSessionCreate.teachingSession.id,
        practitioners: [{ practitionerId: named, councilId: COVENTRY_ID }],
      },
    });
    expect(recorded.data!.teachingSessionRecordAttendance).toEqual({
      teachingSession: { attendance: { students: 0, practitioners: 1, total: 1, placesLeft: 29 } },
      userErrors: [],
    });
  });
});
