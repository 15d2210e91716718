import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { addDays } from '#hub/shared/iso-date';
import { DEMO_COUNCILS, DEMO_PROGRAMMES, demoLecturerId, demoPractitionerPlaces, demoStudentId } from '../subgraphs/demo-partnership';
import { BIRMINGHAM_ID, COVENTRY_ID, DEMO_PARTNERSHIP_ID, DEMO_UNIVERSITY_ID } from './support/demo';
import { errorCode, startTestHub, type GraphQLResponse, type TestHub } from './support/test-hub';
/**
 * The day the hub's clock is stopped at: in the autumn term, when the older cohort's final
 * placements run and the demo has open placements, sessions behind and ahead.
 */
const today = '2026-12-02';
const OTHER_UNIVERSITY_ID = '0b6f3c1e-5d2a-4c8e-9f47-1a2b3c4d5e6f';

const birminghamStaff = demoPractitionerPlaces(DEMO_COUNCILS[0]).filter((place) => !place.agency);
/** A senior Birmingham practitioner: a stage 2 practice educator with no students, mentoring a colleague. */
const subject = birminghamStaff[birminghamStaff.length - 2];
/** The colleague they mentor. */
const mentee = birminghamStaff[birminghamStaff.length - 5];
/** A student of the older cohort: a first placement done last year, the final one under way. */
const student = demoStudentId(DEMO_PROGRAMMES[0], 'previous', 0);

const PRACTITIONER_EXPORT = `query ($id: ID, $sweNumber: SweNumber) {
  practitionerDataExport(id: $id, sweNumber: $sweNumber) { id exportedAt councils universities placements leadership }
}`;
const STUDENT_EXPORT = `query ($id: ID!) { studentDataExport(id: $id) { id exportedAt universities placements } }`;
const ERASURE = 'erasure { subjectId subgraph dryRun rowsAnonymised rowsDeleted } userErrors { field code message }';
/** The documented order: every subgraph that refers to the practitioner, then the council record. */
const ERASE_PRACTITIONER = `mutation ($input: PractitionerDataErasureInput!) {
  leadership: practitionerDataEraseLeadership(input: $input) { ${ERASURE} }
  placements: practitionerDataErasePlacements(input: $input) { ${ERASURE} }
  universities: practitionerDataEraseUniversities(input: $input) { ${ERASURE} }
  councils: practitionerDataEraseCouncils(input: $input) { ${ERASURE} }
}`;
const ERASE_STUDENT = `mutation ($input: StudentDataErasureInput!) {
  placements: studentDataErasePlacements(input: $input) { ${ERASURE} }
  universities: studentDataEraseUniversities(input: $input) { ${ERASURE} }
}`;

const REPORT = `asye { inProgress paused reviewsDueSoon reviewsOverdue recordsWithOverdueReviews evidenceGapsNearFinalReview completedInAcademicYear }
  cpd { practitioners compliant complianceRate }
  mentoring { activeRelationships sessionsInAcademicYear hoursInAcademicYear }
  pathways { enrolled completedInAcademicYear withdrawnInAcademicYear stages { enrolled onTrack overdue paused } }`;
const TEACHING = `sessions coDeliveredSessions studentAttendances practitionerAttendances
  practitionerTeaching { practitioners sessions coDeliveredSessions hours }
  shadowing { requested approved declined completed cancelled hours lecturerDaysInPractice }
  byCouncil { council { id } practitionerTeaching { practitioners sessions coDeliveredSessions hours } shadowing { completed hours } }`;
const SUPPLY = `committedStatutoryPlaces offeredPlaces offeredStatutoryPlaces allocatedStatutoryPlaces filledStatutoryPlaces statutoryShare shortfall`;
/** Every figure the hub reports on the partnership and on Birmingham, for two academic years. */
const FIGURES = `query ($partnershipId: ID!, $councilId: ID!, $year: AcademicYear!, $lastYear: AcademicYear!) {
  partnership(id: $partnershipId) {
    headcount { inPost permanent agency agencyRate }
    teaching(academicYear: $year) { ${TEACHING} }
    lastYear: teaching(academicYear: $lastYear) { ${TEACHING} }
    leadershipProgress { total { ${REPORT} } byCouncil { council { id } ${REPORT} } }
    placementSupply(academicYear: $year) { total { ${SUPPLY} } byCouncil { council { id } ${SUPPLY} } }
    lastYearSupply: placementSupply(academicYear: $lastYear) { total { ${SUPPLY} } byCouncil { council { id } ${SUPPLY} } }
  }
  council(id: $councilId) {
    headcount { inPost permanent agency agencyRate }
    teaching(academicYear: $year) { practitionerTeaching { practitioners sessions coDeliveredSessions hours } }
    leadershipProgress(partnershipId: $partnershipId) { ${REPORT} }
    practiceEducators { stage qualifiedOn approvedOn currentStudentCount }
  }
}`;
const PRACTICE_DAYS = `query ($partnershipId: ID!, $after: String) {
  partnership(id: $partnershipId) {
    studentPracticeDays(first: 100, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { practiceDays { skillsDays firstPlacementDays finalPlacementDays totalDays daysToGo statutoryPlacements contrastingSettings breaches { code } } }
    }
  }
}`;

function academicYearOf(date: string, offset = 0): string {
  const start = Number(date.slice(0, 4)) - (date.slice(5) < '08-01' ? 1 : 0) + offset;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

describe('data-subject requests: export and erasure across every subgraph', () => {
  let hub: TestHub;
  let birminghamAdmin: string;
  let coventryAdmin: string;
  let universityAdmin: string;
  let figuresReader: string;
  let upcomingSessionId: string;

  const ok = async (token: string, query: string, variables: Record<string, unknown>) => {
    const response = await hub.query(token, query, variables);
    expect(response.errors).toBeUndefined();
    for (const payload of Object.values(response.data!)) expect((payload as { userErrors?: unknown[] }).userErrors ?? []).toEqual([]);
    return response.data!;
  };
  const mutation = (name: string, inputType: string, selection = 'userErrors { field code message }') =>
    `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${selection} } }`;
  const exportPractitioner = (token: string, id = subject.id) => hub.query(token, PRACTITIONER_EXPORT, { id });
  const exportStudent = (token: string, id = student) => hub.query(token, STUDENT_EXPORT, { id });
  const withoutTimestamp = (response: GraphQLResponse) => {
    const { exportedAt, ...rest } = Object.values(response.data!)[0] as Record<string, unknown>;
    return rest;
  };
  const figures = async () => {
    const year = academicYearOf(today);
    const data = await ok(figuresReader, FIGURES, {
      partnershipId: DEMO_PARTNERSHIP_ID,
      councilId: BIRMINGHAM_ID,
      year,
      lastYear: academicYearOf(today, -1),
    });
    const days: unknown[] = [];
    let after: string | null = null;
    do {
      const page: any = (await ok(figuresReader, PRACTICE_DAYS, { partnershipId: DEMO_PARTNERSHIP_ID, after })).partnership
        .studentPracticeDays;
      days.push(...page.nodes.map((node: any) => JSON.stringify(node.practiceDays)));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    // Students are listed by id, and an erased student's rows carry a new one: compare the figures, not the order.
    return { ...data, studentPracticeDays: days.sort() };
  };
  /** How many rows in a subgraph's tables still hold this id, in any uuid column or in the audit log's record ids. */
  const rowsHolding = async (subgraph: string, id: string): Promise<number> => {
    const { dataSource } = hub.subgraphs[subgraph].database;
    const columns: { table_name: string; column_name: string }[] = await dataSource.query(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = $1 AND data_type = 'uuid'`,
      [subgraph],
    );
    let total = 0;
    for (const { table_name: table, column_name: column } of columns) {
      const [{ count }] = await dataSource.query(`SELECT COUNT(*)::int AS count FROM "${subgraph}"."${table}" WHERE "${column}" = $1`, [
        id,
      ]);
      total += count;
    }
    const [{ count: auditEvents }] = await dataSource.query(
      `SELECT COUNT(*)::int AS count FROM "${subgraph}".audit_event WHERE strpos(record_id, $1) > 0`,
      [id],
    );
    return total + auditEvents;
  };

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true, env: { HUB_TODAY: today } });
    birminghamAdmin = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
    coventryAdmin = await hub.token({ roles: ['council_admin'], councils: [COVENTRY_ID] });
    universityAdmin = await hub.token({ roles: ['university_admin'], universities: [DEMO_UNIVERSITY_ID] });
    figuresReader = await hub.token({
      roles: ['partnership_admin', 'council_admin'],
      partnerships: [DEMO_PARTNERSHIP_ID],
      councils: [BIRMINGHAM_ID],
    });

    // The subject co-delivers a seminar held last week, attends a masterclass, and is booked to teach next month.
    const session = async (title: string, startsAt: string, facilitating: boolean) =>
      (
        await ok(
          universityAdmin,
          mutation('teachingSessionCreate', 'TeachingSessionCreateInput', 'teachingSession { id } userErrors { field code message }'),
          {
            input: {
              universityId: DEMO_UNIVERSITY_ID,
              title,
              topic: 'Relationship-based practice',
              kind: facilitating ? 'SEMINAR' : 'MASTERCLASS',
              startsAt,
              durationMinutes: 120,
              place: 'Muirhead Tower, Room 112',
              capacity: 30,
              lecturerIds: [demoLecturerId(0)],
              practitioners: facilitating ? [{ practitionerId: subject.id, councilId: BIRMINGHAM_ID }] : [],
            },
          },
        )
      ).teachingSessionCreate.teachingSession.id as string;
    await session('Practice seminar: working with fathers', `${addDays(today, -7)}T13:00:00Z`, true);
    const masterclass = await session('Masterclass: court skills', `${addDays(today, -3)}T13:00:00Z`, false);
    upcomingSessionId = await session('Practice seminar: direct work', `${addDays(today, 30)}T13:00:00Z`, true);
    await ok(birminghamAdmin, mutation('teachingSessionRecordAttendance', 'TeachingSessionAttendanceInput'), {
      input: { sessionId: masterclass, practitioners: [{ practitionerId: subject.id, councilId: BIRMINGHAM_ID }] },
    });
    await ok(universityAdmin, mutation('teachingSessionRecordAttendance', 'TeachingSessionAttendanceInput'), {
      input: { sessionId: masterclass, studentIds: [student] },
    });
    await ok(birminghamAdmin, mutation('cpdRecordAdd', 'CpdRecordAddInput'), {
      input: {
        practitionerId: subject.id,
        councilId: BIRMINGHAM_ID,
        type: 'MASTERCLASS',
        title: 'Court skills masterclass',
        completedOn: addDays(today, -3),
        hours: 2,
        learning: 'Writing evidence the court can follow.',
        impact: 'My statements are shorter.',
        peerReflectionSetting: 'TEAM_REFLECTION',
      },
    });
  });
  afterAll(() => hub.stop());

  describe('export', () => {
    it('returns one document with a section from every subgraph that holds the practitioner, by id or SWE number', async () => {
      const response = await hub.query(birminghamAdmin, PRACTITIONER_EXPORT, { sweNumber: subject.sweNumber });
      expect(response.errors).toBeUndefined();
      const document = response.data!.practitionerDataExport;
      expect(document.id).toBe(subject.id);
      expect(document.councils.practitioner).toMatchObject({ id: subject.id, sweNumber: subject.sweNumber, councilId: BIRMINGHAM_ID });
      expect(document.councils.practitioner.familyName).toEqual(expect.any(String));
      expect(document.councils.council).toMatchObject({ id: BIRMINGHAM_ID, gssCode: 'E08000025' });
      expect(document.universities.teachingSessionsFacilitated).toHaveLength(2);
      expect(document.universities.teachingSessionsFacilitated[0]).toMatchObject({ practitionerId: subject.id, councilId: BIRMINGHAM_ID });
      expect(document.universities.teachingSessionsFacilitated[0].session.title).toMatch(/Practice seminar/);
      expect(document.universities.teachingSessionsAttended).toContainEqual(
        expect.objectContaining({ practitionerId: subject.id, session: expect.objectContaining({ title: 'Masterclass: court skills' }) }),
      );
      expect(document.placements.practiceEducatorRegistrations).toEqual([
        expect.objectContaining({ practitionerId: subject.id, stage: 'STAGE_2', partnershipId: DEMO_PARTNERSHIP_ID }),
      ]);
      expect(document.leadership.cpdRecords).toEqual([expect.objectContaining({ title: 'Court skills masterclass', hours: 2 })]);
      // Mentoring they give names the mentee by id; the topics are the mentee's.
      expect(document.leadership.mentoringGiven).toHaveLength(1);
      expect(document.leadership.mentoringGiven[0]).toMatchObject({ mentorPractitionerId: subject.id, menteePractitionerId: mentee.id });
      expect(document.leadership.mentoringGiven[0].sessions.length).toBeGreaterThan(0);
      expect(document.leadership.mentoringGiven[0].sessions[0]).not.toHaveProperty('topics');
      expect(document.leadership.mentoringReceived).toEqual([]);
    });

    it('gives the practitioner their own, and the mentee the topics of the mentoring they receive', async () => {
      const self = await hub.token({ roles: ['practitioner'], practitioner: subject.id });
      const own = await exportPractitioner(self);
      expect(own.errors).toBeUndefined();
      expect(own.data!.practitionerDataExport.councils.practitioner.id).toBe(subject.id);
      expect(own.data!.practitionerDataExport.leadership.cpdRecords).toHaveLength(1);
      const menteeToken = await hub.token({ roles: ['practitioner'], practitioner: mentee.id });
      const received = (await exportPractitioner(menteeToken, mentee.id)).data!.practitionerDataExport.leadership.mentoringReceived;
      expect(received.some((relationship: any) => relationship.sessions.some((session: any) => typeof session.topics === 'string'))).toBe(
        true,
      );
    });

    it('is FORBIDDEN to a partnership admin, a university admin, a dashboard and another practitioner', async () => {
      const tokens = await Promise.all([
        hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] }),
        universityAdmin,
        hub.token({ roles: ['dashboard_viewer'], partnerships: [DEMO_PARTNERSHIP_ID] }),
        hub.token({ roles: ['practitioner'], practitioner: mentee.id }),
      ]);
      for (const token of tokens) {
        const response = await exportPractitioner(token);
        expect(errorCode(response)).toBe('FORBIDDEN');
        expect(response.data).toEqual({ practitionerDataExport: null });
      }
    });

    it('answers another council’s admin exactly as for an id no one holds, so the answer tells nothing', async () => {
      const sections = (response: GraphQLResponse) => {
        const { id, exportedAt, ...rest } = response.data!.practitionerDataExport;
        return rest;
      };
      const unknown = sections(await exportPractitioner(coventryAdmin, '00000000-0000-4000-8000-00000000abcd'));
      expect(sections(await exportPractitioner(coventryAdmin))).toEqual(unknown);
      expect(JSON.stringify(unknown)).not.toContain(subject.sweNumber);
    });

    it('gives another council’s admin nothing of the practitioner through direct _entities calls to any subgraph', async () => {
      const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on PractitionerDataExport { id SECTION } } }`;
      const representations = [{ __typename: 'PractitionerDataExport', id: subject.id }];
      const sections: Record<string, unknown> = {};
      for (const name of ['councils', 'universities', 'placements', 'leadership']) {
        const response = await hub.query(coventryAdmin, query.replace('SECTION', name), { representations }, hub.subgraphs[name].url);
        expect(response.errors).toBeUndefined();
        sections[name] = response.data!._entities[0][name];
      }
      expect(sections).toEqual({
        councils: { practitioner: null, council: null, team: null },
        universities: { teachingSessionsFacilitated: [], teachingSessionsAttended: [], shadowingVisitsHosted: [] },
        placements: { practiceEducatorRegistrations: [], placementsSupervised: [], placementOffersAsEducator: [] },
        leadership: {
          pathwayEnrolments: [],
          asyeRecords: [],
          asyeRecordsAssessed: [],
          cpdRecords: [],
          mentoringReceived: [],
          mentoringGiven: [],
        },
      });
    });

    it('reads each section in the same number of statements for many subjects as for one', async () => {
      const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on PractitionerDataExport { leadership } } }`;
      const statements = async (ids: string[]) => {
        const counter = hub.subgraphs.leadership.database.statements;
        const before = counter.total;
        const response = await hub.query(
          birminghamAdmin,
          query,
          { representations: ids.map((id) => ({ __typename: 'PractitionerDataExport', id })) },
          hub.subgraphs.leadership.url,
        );
        expect(response.errors).toBeUndefined();
        return counter.total - before;
      };
      expect(await statements([subject.id, ...birminghamStaff.slice(0, 30).map((place) => place.id)])).toBe(await statements([subject.id]));
    });

    it('returns a student’s record, attendance, placements and skills days to their university’s admins only', async () => {
      const response = await exportStudent(universityAdmin);
      expect(response.errors).toBeUndefined();
      const document = response.data!.studentDataExport;
      expect(document.universities.student).toMatchObject({ id: student, universityId: DEMO_UNIVERSITY_ID, status: 'STUDYING' });
      expect(document.universities.programme.route).toBe('BA');
      expect(document.universities.teachingSessionsAttended).toContainEqual(
        expect.objectContaining({ studentId: student, session: expect.objectContaining({ title: 'Masterclass: court skills' }) }),
      );
      expect(document.placements.placements.map((placement: any) => placement.level)).toEqual(['FIRST', 'FINAL']);
      expect(document.placements.skillsDays).toMatchObject({ studentId: student });

      expect(errorCode(await exportStudent(birminghamAdmin))).toBe('FORBIDDEN');
      const otherUniversity = await hub.token({ roles: ['university_admin'], universities: [OTHER_UNIVERSITY_ID] });
      // Another university's admin gets what an unknown id gives: nothing, and no sign that the student exists.
      const { exportedAt, ...elsewhere } = (await exportStudent(otherUniversity)).data!.studentDataExport;
      expect(elsewhere).toEqual({
        id: student,
        universities: { student: null, programme: null, university: null, teachingSessionsAttended: [] },
        placements: { placements: [], skillsDays: null, qaplReviews: [] },
      });
      const direct = await hub.query(
        otherUniversity,
        `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on StudentDataExport { placements } } }`,
        { representations: [{ __typename: 'StudentDataExport', id: student }] },
        hub.subgraphs.placements.url,
      );
      expect(direct.data!._entities[0].placements).toEqual({ placements: [], skillsDays: null, qaplReviews: [] });
    });
  });

  describe('the data-subject script', () => {
    const script = path.join(__dirname, '..', 'scripts', 'data-subject.js');
    const run = (token: string, ...args: string[]) =>
      promisify(execFile)(process.execPath, [script, ...args, '--url', hub.gatewayUrl, '--token', token]).then(
        (result) => ({ code: 0, ...result }),
        (error: { code: number; stdout: string; stderr: string }) => error,
      );

    it('writes the export to a file only its owner may read', async () => {
      const folder = mkdtempSync(path.join(tmpdir(), 'hub-export-'));
      try {
        const file = path.join(folder, 'record.json');
        const result = await run(birminghamAdmin, 'export', '--practitioner', subject.sweNumber, '--out', file);
        expect(result.code).toBe(0);
        expect(statSync(file).mode & 0o777).toBe(0o600);
        const { exportedAt, ...written } = JSON.parse(readFileSync(file, 'utf8'));
        expect(written).toEqual(withoutTimestamp(await exportPractitioner(birminghamAdmin)));
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });

    it('erases nothing when any subgraph refuses, and erases a leaver by SWE number', async () => {
      const refused = await run(birminghamAdmin, 'erase', '--practitioner', subject.sweNumber);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('Nothing was erased');
      expect(refused.stderr).toContain('councils: PRACTITIONER_NOT_LEFT');
      expect(
        (await exportPractitioner(birminghamAdmin)).data!.practitionerDataExport.placements.practiceEducatorRegistrations,
      ).toHaveLength(1);

      const leaver = (
        await ok(
          birminghamAdmin,
          mutation('practitionerCreate', 'PractitionerCreateInput', 'practitioner { id } userErrors { field code message }'),
          {
            input: {
              sweNumber: 'SW990001',
              givenName: 'Robin',
              familyName: 'Hale',
              councilId: BIRMINGHAM_ID,
              role: 'SOCIAL_WORKER',
              pcfLevel: 'SOCIAL_WORKER',
              employment: 'AGENCY',
              startedOn: '2024-01-08',
            },
          },
        )
      ).practitionerCreate.practitioner.id;
      await ok(birminghamAdmin, mutation('practitionerUpdate', 'PractitionerUpdateInput'), { input: { id: leaver, leftOn: '2025-06-30' } });
      const erased = await run(birminghamAdmin, 'erase', '--practitioner', 'SW990001');
      expect(erased.code).toBe(0);
      expect(erased.stdout).toContain('councils: 0 row(s) anonymised, 1 deleted');
      expect(await rowsHolding('councils', leaver)).toBe(0);
      // The history stays, under a random id: created, left, deleted, and the erasure itself.
      const history = await hub.subgraphs.councils.database.dataSource.query(
        `SELECT action, operation FROM councils.audit_event
          WHERE record_type = 'practitioner' AND record_id = (
            SELECT record_id FROM councils.audit_event WHERE action = 'practitionerDataEraseCouncils' AND operation = 'DELETE' ORDER BY sequence DESC LIMIT 1)
          ORDER BY sequence`,
      );
      expect(history).toEqual([
        { action: 'practitionerCreate', operation: 'INSERT' },
        { action: 'practitionerUpdate', operation: 'UPDATE' },
        { action: 'practitionerDataEraseCouncils', operation: 'DELETE' },
        { action: 'practitionerDataEraseCouncils', operation: 'ERASE' },
      ]);

      // Every register now answers as for an id it never held, and the script says so.
      const again = await run(birminghamAdmin, 'erase', '--practitioner', 'SW990001');
      expect(again.code).toBe(1);
      expect(again.stderr).toContain(`Nothing was erased: no practitioner ${leaver} is on the register of an organisation you administer`);
    });
  });

  describe('erasure of a practitioner', () => {
    it('is refused while they are in post, teach next month and mentor, and then writes nothing, even in the subgraphs that could go ahead', async () => {
      const before = withoutTimestamp(await exportPractitioner(birminghamAdmin));
      const response = await hub.query(birminghamAdmin, ERASE_PRACTITIONER, { input: { practitionerId: subject.id, dryRun: true } });
      expect(response.errors).toBeUndefined();
      const codes = (name: string) => response.data![name].userErrors.map((error: { code: string }) => error.code);
      expect(codes('councils')).toEqual(['PRACTITIONER_NOT_LEFT']);
      expect(codes('universities')).toEqual(['PRACTITIONER_HAS_UPCOMING_SESSIONS']);
      expect(codes('leadership')).toEqual(['MENTORING_RUNNING']);
      expect(response.data!.placements).toEqual({
        erasure: { subjectId: subject.id, subgraph: 'placements', dryRun: true, rowsAnonymised: 1, rowsDeleted: 0 },
        userErrors: [],
      });
      expect(response.data!.universities.userErrors[0].message).toContain(upcomingSessionId);

      for (const name of ['practitionerDataEraseCouncils', 'practitionerDataEraseUniversities', 'practitionerDataEraseLeadership']) {
        const refused = await hub.query(birminghamAdmin, mutation(name, 'PractitionerDataErasureInput', ERASURE), {
          input: { practitionerId: subject.id },
        });
        expect(refused.data![name].erasure).toBeNull();
        expect(refused.data![name].userErrors).toHaveLength(1);
      }
      expect(withoutTimestamp(await exportPractitioner(birminghamAdmin))).toEqual(before);
    });

    it('is FORBIDDEN to anyone but council admins, and another council’s admin finds no such practitioner anywhere', async () => {
      const self = await hub.token({ roles: ['practitioner'], practitioner: subject.id });
      const partnershipAdmin = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
      for (const token of [self, partnershipAdmin]) {
        expect(errorCode(await hub.query(token, ERASE_PRACTITIONER, { input: { practitionerId: subject.id } }))).toBe('FORBIDDEN');
      }
      const before = withoutTimestamp(await exportPractitioner(birminghamAdmin));
      const other = await hub.query(coventryAdmin, ERASE_PRACTITIONER, { input: { practitionerId: subject.id } });
      expect(other.errors).toBeUndefined();
      for (const name of ['leadership', 'placements', 'universities', 'councils']) {
        expect(other.data![name]).toEqual({
          erasure: null,
          userErrors: [
            {
              field: ['input', 'practitionerId'],
              code: 'PRACTITIONER_NOT_FOUND',
              message: `No practitioner ${subject.id} is on the register of a council you administer.`,
            },
          ],
        });
      }
      expect(withoutTimestamp(await exportPractitioner(birminghamAdmin))).toEqual(before);
    });

    it('unlinks every row from them, keeps every figure the same, and a second erasure finds no such practitioner', async () => {
      await ok(birminghamAdmin, mutation('practitionerUpdate', 'PractitionerUpdateInput'), {
        input: { id: subject.id, leftOn: addDays(today, -1) },
      });
      await ok(universityAdmin, mutation('teachingSessionCancel', 'TeachingSessionCancelInput'), { input: { id: upcomingSessionId } });
      const relationship = (await exportPractitioner(birminghamAdmin)).data!.practitionerDataExport.leadership.mentoringGiven[0];
      await ok(birminghamAdmin, mutation('mentoringEnd', 'DatedStepInput'), { input: { id: relationship.id, on: today } });

      const held = (await exportPractitioner(birminghamAdmin)).data!.practitionerDataExport;
      const rows = (section: Record<string, unknown[]>) => Object.values(section).flat().length;
      const before = await figures();
      const erased = await ok(birminghamAdmin, ERASE_PRACTITIONER, { input: { practitionerId: subject.id } });
      expect(erased.councils.erasure).toMatchObject({ rowsAnonymised: 0, rowsDeleted: 1, dryRun: false });
      expect(erased.universities.erasure).toMatchObject({ rowsAnonymised: rows(held.universities), rowsDeleted: 0 });
      expect(erased.placements.erasure).toMatchObject({ rowsAnonymised: 1, rowsDeleted: 0 });
      // The CPD record and the mentoring they gave; the topics of those sessions are the mentee's and stay.
      expect(erased.leadership.erasure).toMatchObject({ rowsAnonymised: 2, rowsDeleted: 0 });
      expect(await figures()).toEqual(before);

      // Nothing in any subgraph carries their id any more, so an export finds nothing, by id or SWE number.
      for (const name of ['councils', 'universities', 'placements', 'leadership']) expect(await rowsHolding(name, subject.id)).toBe(0);
      const after = (await hub.query(birminghamAdmin, PRACTITIONER_EXPORT, { sweNumber: subject.sweNumber })).data!.practitionerDataExport;
      expect(after.councils.practitioner).toBeNull();
      expect(Object.values({ ...after.universities, ...after.placements, ...after.leadership }).flat()).toEqual([]);

      // The kept rows are there under a new id, and the text about them is gone.
      const cpd: { title: string; learning: string; practitioner_id: string }[] = await hub.subgraphs.leadership.database.dataSource.query(
        `SELECT title, learning, practitioner_id FROM leadership.cpd_record WHERE completed_on = $1 AND council_id = $2 AND hours = 2`,
        [addDays(today, -3), BIRMINGHAM_ID],
      );
      expect(cpd).toEqual([{ title: '[erased]', learning: '[erased]', practitioner_id: expect.any(String) }]);
      const menteeExport = (await exportPractitioner(birminghamAdmin, mentee.id)).data!.practitionerDataExport;
      expect(menteeExport.leadership.mentoringReceived.find((row: any) => row.id === relationship.id).mentorPractitionerId).toBe(
        cpd[0].practitioner_id,
      );

      // The council record is gone, so no register holds them for anyone: each subgraph answers as for an unknown id.
      const again = (await hub.query(birminghamAdmin, ERASE_PRACTITIONER, { input: { practitionerId: subject.id } })).data!;
      for (const name of ['councils', 'universities', 'placements', 'leadership']) {
        expect(again[name].erasure).toBeNull();
        expect(again[name].userErrors.map((error: { code: string }) => error.code)).toEqual(['PRACTITIONER_NOT_FOUND']);
      }
      expect(await figures()).toEqual(before);
    });
  });

  describe('erasure of a student', () => {
    it('is refused while they study and a placement runs, then unlinks them and keeps every figure', async () => {
      const refused = await hub.query(universityAdmin, ERASE_STUDENT, { input: { studentId: student } });
      expect(refused.data!.placements.userErrors.map((error: { code: string }) => error.code)).toEqual(['PLACEMENT_OPEN']);
      expect(refused.data!.universities.userErrors.map((error: { code: string }) => error.code)).toEqual(['STUDENT_STILL_ENROLLED']);
      expect(errorCode(await hub.query(birminghamAdmin, ERASE_STUDENT, { input: { studentId: student } }))).toBe('FORBIDDEN');

      const placements = (await exportStudent(universityAdmin)).data!.studentDataExport.placements.placements;
      for (const placement of placements.filter((row: any) => row.status === 'ACTIVE')) {
        await ok(universityAdmin, mutation('placementEndEarly', 'PlacementEndEarlyInput'), {
          input: { id: placement.id, reason: 'The student left the programme.', endedOn: today },
        });
      }
      for (const placement of placements.filter((row: any) => row.status === 'PROPOSED' || row.status === 'CONFIRMED')) {
        await ok(universityAdmin, mutation('placementCancel', 'PlacementCancelInput'), { input: { id: placement.id } });
      }
      await ok(universityAdmin, mutation('studentUpdate', 'StudentUpdateInput'), { input: { id: student, status: 'WITHDRAWN' } });
      const students = `{ students(filter: { universityId: "${DEMO_UNIVERSITY_ID}" }, first: 1) { totalCount } }`;
      const studentCount = (await ok(universityAdmin, students, {})).students.totalCount;

      const attended = (await exportStudent(universityAdmin)).data!.studentDataExport.universities.teachingSessionsAttended.length;
      const before = await figures();
      const erased = await ok(universityAdmin, ERASE_STUDENT, { input: { studentId: student } });
      expect(erased.placements.erasure).toMatchObject({ rowsAnonymised: placements.length + 1 });
      expect(erased.universities.erasure).toMatchObject({ rowsAnonymised: 1 + attended, rowsDeleted: 0 });
      expect(await figures()).toEqual(before);
      expect((await ok(universityAdmin, students, {})).students.totalCount).toBe(studentCount);

      for (const name of ['universities', 'placements']) expect(await rowsHolding(name, student)).toBe(0);
      const after = (await exportStudent(universityAdmin)).data!.studentDataExport;
      expect(after.universities).toEqual({ student: null, programme: null, university: null, teachingSessionsAttended: [] });
      expect(after.placements).toEqual({ placements: [], skillsDays: null, qaplReviews: [] });
      const endReasons: { end_reason: string }[] = await hub.subgraphs.placements.database.dataSource.query(
        `SELECT end_reason FROM placements.placement WHERE id = ANY($1) AND end_reason IS NOT NULL`,
        [placements.map((placement: any) => placement.id)],
      );
      expect(endReasons.map((row) => row.end_reason)).toEqual(endReasons.map(() => '[erased]'));

      // Their record has moved to a new id, so the old one names nobody on the register any more.
      const again = (await hub.query(universityAdmin, ERASE_STUDENT, { input: { studentId: student } })).data!;
      for (const name of ['placements', 'universities']) {
        expect(again[name].erasure).toBeNull();
        expect(again[name].userErrors.map((error: { code: string }) => error.code)).toEqual(['STUDENT_NOT_FOUND']);
      }
    });
  });
});
