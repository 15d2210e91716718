/**
 * Erasure mutations given an id the caller does not hold: another organisation's person (also in
 * upper case), a record that is no person (a workforce return, a team, a teaching session, a
 * programme) and an id that names nothing. Each must be refused with the one uniform code, write
 * nothing, and leave every audit event as it was: before the fix, such an id rewrote the record
 * ids of another organisation's events. The controls show the records are there: their own
 * organisation's admin gets a dry run, or reads them. Beside the rows, the organisations' own
 * admins erase their own leaver and student, which rewrites only their records' events and leaves
 * an ERASE event in each subgraph.
 */
import { randomUUID } from 'node:crypto';
import { subgraphRegistry } from '#hub/shared/subgraph-registry';
import { naturalKeyId } from '#hub/shared/natural-key-id';
import { attacksOn, type AttackCase, type Reply } from './support/attack-harness';
import { BIRMINGHAM_ID, COVENTRY_ID, DEMO_UNIVERSITY_ID, demoTeamIdOf } from './support/demo';
import { TEST_TODAY } from './support/test-clock';
import { startTestHub, type TestHub } from './support/test-hub';

const OTHER_UNIVERSITY_ID = naturalKeyId('university', '10001726');
const ERASURE = 'erasure { subjectId subgraph dryRun rowsAnonymised rowsDeleted }';
const PRACTITIONER_ERASURES = [
  'practitionerDataEraseLeadership',
  'practitionerDataErasePlacements',
  'practitionerDataEraseUniversities',
  'practitionerDataEraseCouncils',
] as const;
const STUDENT_ERASURES = ['studentDataErasePlacements', 'studentDataEraseUniversities'] as const;

interface AuditRow {
  id: string;
  record_type: string;
  record_id: string;
  operation: string;
  organisation_ids: string[];
  rows_anonymised: number | null;
  rows_deleted: number | null;
}

describe('erasure attacks: ids the caller does not hold for a person', () => {
  let hub: TestHub;
  let birminghamAdmin: string;
  let coventryAdmin: string;
  let universityAdmin: string;
  let otherUniversityAdmin: string;
  /** A Coventry practitioner who has left, and another university's withdrawn student: erasable, but only by their own admins. */
  let coventryLeaverId: string;
  let otherStudentId: string;
  let coventryWorkforceReturnId: string;
  let teachingSessionId: string;
  let programmeId: string;
  const unknownId = randomUUID();

  const { graphql, mutate, setUp, runAttack } = attacksOn(() => hub);

  const query = (subgraph: string, sql: string, parameters: unknown[] = []) =>
    hub.subgraphs[subgraph].database.dataSource.query(sql, parameters);
  /** Every audit event of every subgraph, by id, with its record id. */
  const auditRecordIds = async () => {
    const events: Record<string, string> = {};
    for (const { name } of subgraphRegistry) {
      for (const row of await query(name, `SELECT id, record_id FROM "${name}".audit_event`)) events[`${name}:${row.id}`] = row.record_id;
    }
    return events;
  };
  const eventsOf = (subgraph: string, recordId: string): Promise<AuditRow[]> =>
    query(subgraph, `SELECT * FROM "${subgraph}".audit_event WHERE record_id = $1 ORDER BY sequence`, [recordId]);

  const erase = (token: string, mutation: string, subjectId: string, dryRun = false) =>
    mutate(
      token,
      mutation,
      mutation.startsWith('student') ? 'StudentDataErasureInput' : 'PractitionerDataErasureInput',
      mutation.startsWith('student') ? { studentId: subjectId, dryRun } : { practitionerId: subjectId, dryRun },
      ERASURE,
    );

  /** The one refusal, naming only the id given (in lower case, as every id is read). */
  const refusedUniformly = (mutation: string, id: string) => (reply: Reply) => {
    const kind = mutation.startsWith('student') ? 'student' : 'practitioner';
    const [code, organisation] = kind === 'student' ? ['STUDENT_NOT_FOUND', 'university'] : ['PRACTITIONER_NOT_FOUND', 'council'];
    expect(reply.body?.data?.[mutation]).toEqual({
      erasure: null,
      userErrors: [
        {
          field: ['input', `${kind}Id`],
          code,
          message: `No ${kind} ${id.toLowerCase()} is on the register of a ${organisation} you administer.`,
        },
      ],
    });
  };

  const dryRunSucceeds = (mutation: string) => (reply: Reply) => {
    expect(reply.body?.errors).toBeUndefined();
    expect(reply.body?.data?.[mutation]).toMatchObject({ erasure: { dryRun: true }, userErrors: [] });
  };

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    birminghamAdmin = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
    coventryAdmin = await hub.token({ roles: ['council_admin'], councils: [COVENTRY_ID] });
    universityAdmin = await hub.token({ roles: ['university_admin'], universities: [DEMO_UNIVERSITY_ID] });
    otherUniversityAdmin = await hub.token({ roles: ['university_admin'], universities: [OTHER_UNIVERSITY_ID] });

    coventryLeaverId = (await leaver(coventryAdmin, COVENTRY_ID, 'SW990101')).practitioner.id;
    await setUp(
      otherUniversityAdmin,
      'universityCreate',
      'UniversityCreateInput',
      { ukprn: '10001726', name: 'Coventry University' },
      'university { id }',
    );
    otherStudentId = await withdrawnStudent(otherUniversityAdmin, OTHER_UNIVERSITY_ID, 'CU-1');
    [{ id: coventryWorkforceReturnId }] = await query(
      'councils',
      `SELECT id FROM councils.workforce_snapshot WHERE council_id = $1 LIMIT 1`,
      [COVENTRY_ID],
    );
    [{ id: teachingSessionId }] = await query('universities', `SELECT id FROM universities.teaching_session LIMIT 1`);
    [{ id: programmeId }] = await query('universities', `SELECT id FROM universities.programme WHERE university_id = $1 LIMIT 1`, [
      DEMO_UNIVERSITY_ID,
    ]);
  });
  afterAll(() => hub.stop());

  /** A practitioner recorded with the council who left before the tests' day: nothing stands in the way of their erasure. */
  async function leaver(token: string, councilId: string, sweNumber: string) {
    const created = await setUp(
      token,
      'practitionerCreate',
      'PractitionerCreateInput',
      {
        sweNumber,
        givenName: 'Robin',
        familyName: 'Hale',
        councilId,
        role: 'SOCIAL_WORKER',
        pcfLevel: 'SOCIAL_WORKER',
        employment: 'AGENCY',
        startedOn: '2024-01-08',
      },
      'practitioner { id }',
    );
    await setUp(
      token,
      'practitionerUpdate',
      'PractitionerUpdateInput',
      { id: created.practitioner.id, leftOn: '2025-06-30' },
      'practitioner { id }',
    );
    return created;
  }

  /** A student of the university who has withdrawn, with no placements or sessions. */
  async function withdrawnStudent(token: string, universityId: string, studentNumber: string): Promise<string> {
    const programme = await setUp(
      token,
      'programmeCreate',
      'ProgrammeCreateInput',
      { universityId, name: `BA (Hons) Social Work ${studentNumber}`, route: 'BA' },
      'programme { id }',
    );
    const student = await setUp(
      token,
      'studentCreate',
      'StudentCreateInput',
      {
        programmeId: programme.programme.id,
        studentNumber,
        givenName: 'Ada',
        familyName: 'Leaver',
        cohortYear: Number(TEST_TODAY.slice(0, 4)),
      },
      'student { id }',
    );
    await setUp(token, 'studentUpdate', 'StudentUpdateInput', { id: student.student.id, status: 'WITHDRAWN' }, 'student { id }');
    return student.student.id;
  }

  const readsOne = (field: string) => (reply: Reply) => expect(reply.body).toMatchObject({ data: { [field]: { id: expect.any(String) } } });
  /** Tokens and ids are made in beforeAll, after the rows are listed, so they are read when the control is sent. */
  const read = (token: () => string, field: string, id: () => string) => ({
    send: () => graphql(token(), `query ($id: ID!) { ${field}(id: $id) { id } }`, { id: id() }),
    check: readsOne(field),
  });

  /** The rows for one mutation: each id the caller does not hold, with the control showing the record exists. */
  function rowsFor(mutation: string): { name: string; token: () => string; id: () => string; control?: AttackCase['control'] }[] {
    if (mutation.startsWith('student')) {
      return [
        {
          name: 'another university’s withdrawn student',
          token: () => universityAdmin,
          id: () => otherStudentId,
          control: { send: () => erase(otherUniversityAdmin, mutation, otherStudentId, true), check: dryRunSucceeds(mutation) },
        },
        {
          name: 'another university’s withdrawn student, id in upper case',
          token: () => universityAdmin,
          id: () => otherStudentId.toUpperCase(),
          control: {
            send: () => erase(otherUniversityAdmin, mutation, otherStudentId.toUpperCase(), true),
            check: dryRunSucceeds(mutation),
          },
        },
        { name: 'the id of a programme of their own', token: () => universityAdmin, id: () => programmeId },
        {
          name: 'the id of a teaching session',
          token: () => universityAdmin,
          id: () => teachingSessionId,
          control: read(
            () => universityAdmin,
            'teachingSession',
            () => teachingSessionId,
          ),
        },
        { name: 'the id of a Coventry workforce return', token: () => universityAdmin, id: () => coventryWorkforceReturnId },
        { name: 'an id naming nothing', token: () => universityAdmin, id: () => unknownId },
      ];
    }
    return [
      {
        name: 'another council’s leaver',
        token: () => birminghamAdmin,
        id: () => coventryLeaverId,
        control: { send: () => erase(coventryAdmin, mutation, coventryLeaverId, true), check: dryRunSucceeds(mutation) },
      },
      {
        name: 'another council’s leaver, id in upper case',
        token: () => birminghamAdmin,
        id: () => coventryLeaverId.toUpperCase(),
        control: { send: () => erase(coventryAdmin, mutation, coventryLeaverId.toUpperCase(), true), check: dryRunSucceeds(mutation) },
      },
      { name: 'the id of a Coventry workforce return', token: () => birminghamAdmin, id: () => coventryWorkforceReturnId },
      {
        name: 'the id of a Coventry team',
        token: () => birminghamAdmin,
        id: () => demoTeamIdOf('E08000026'),
        control: read(
          () => coventryAdmin,
          'team',
          () => demoTeamIdOf('E08000026'),
        ),
      },
      {
        name: 'the id of a team of their own',
        token: () => birminghamAdmin,
        id: () => demoTeamIdOf('E08000025'),
        control: read(
          () => birminghamAdmin,
          'team',
          () => demoTeamIdOf('E08000025'),
        ),
      },
      { name: 'the id of a teaching session', token: () => birminghamAdmin, id: () => teachingSessionId },
      { name: 'an id naming nothing', token: () => birminghamAdmin, id: () => unknownId },
    ];
  }

  describe.each([...PRACTITIONER_ERASURES, ...STUDENT_ERASURES])('%s', (mutation) => {
    it.each(rowsFor(mutation).map((row) => [row.name, row] as const))(
      'refuses %s uniformly, changes no row and rewrites no audit event',
      async (_name, row) => {
        const before = await auditRecordIds();
        await runAttack({
          name: row.name,
          send: () => erase(row.token(), mutation, row.id()),
          status: 200,
          code: null,
          check: refusedUniformly(mutation, row.id()),
          control: row.control,
        });
        expect(await auditRecordIds()).toEqual(before);
      },
    );
  });

  it('the Coventry workforce return of the finding keeps its history under its own id', async () => {
    const before = await eventsOf('councils', coventryWorkforceReturnId);
    expect(before.length).toBeGreaterThan(0);
    expect(before).toEqual(
      before.map(() => expect.objectContaining({ record_type: 'workforce_snapshot', organisation_ids: [COVENTRY_ID] })),
    );
    for (const mutation of PRACTITIONER_ERASURES) {
      refusedUniformly(mutation, coventryWorkforceReturnId)(await erase(birminghamAdmin, mutation, coventryWorkforceReturnId));
    }
    expect(await eventsOf('councils', coventryWorkforceReturnId)).toEqual(before);
  });

  it('erases their own leaver in every subgraph for their own admin, rewriting only that record’s events, each erasure an ERASE event', async () => {
    const ownLeaver = (await leaver(birminghamAdmin, BIRMINGHAM_ID, 'SW990102')).practitioner.id;
    const coventryEvents = await eventsOf('councils', coventryLeaverId);
    const history = await eventsOf('councils', ownLeaver);
    expect(history.map((event) => event.operation)).toEqual(['INSERT', 'UPDATE']);
    const erasuresBefore = await erasureEvents();

    for (const mutation of PRACTITIONER_ERASURES) {
      const reply = await erase(birminghamAdmin, mutation, ownLeaver);
      expect(reply.body?.errors).toBeUndefined();
      expect(reply.body?.data?.[mutation]).toMatchObject({
        erasure: { subjectId: ownLeaver, dryRun: false, rowsDeleted: mutation === 'practitionerDataEraseCouncils' ? 1 : 0 },
        userErrors: [],
      });
    }

    expect(await eventsOf('councils', ownLeaver)).toEqual([]);
    expect(await eventsOf('councils', coventryLeaverId)).toEqual(coventryEvents);
    const [erased] = await query('councils', `SELECT record_id FROM councils.audit_event WHERE id = $1`, [history[0].id]);
    const rewritten = await eventsOf('councils', erased.record_id);
    expect(rewritten.map((event) => [event.record_type, event.operation])).toEqual([
      ['practitioner', 'INSERT'],
      ['practitioner', 'UPDATE'],
      ['practitioner', 'DELETE'],
      ['practitioner', 'ERASE'],
    ]);
    const added = (await erasureEvents()).filter((event) => !erasuresBefore.some((earlier) => earlier.id === event.id));
    expect(
      added.map(({ subgraph, record_type, organisation_ids, rows_deleted }) => ({ subgraph, record_type, organisation_ids, rows_deleted })),
    ).toEqual(
      ['councils', 'universities', 'placements', 'leadership'].map((subgraph) => ({
        subgraph,
        record_type: 'practitioner',
        organisation_ids: [BIRMINGHAM_ID],
        rows_deleted: subgraph === 'councils' ? 1 : 0,
      })),
    );
    for (const event of added) expect(event.record_id).not.toBe(ownLeaver);
  });

  it('erases their own withdrawn student in both subgraphs for their own admin, and a dry run writes no event', async () => {
    const ownStudent = await withdrawnStudent(universityAdmin, DEMO_UNIVERSITY_ID, 'UB-ERASE-1');
    const history = await eventsOf('universities', ownStudent);
    const erasuresBefore = await erasureEvents();
    for (const mutation of STUDENT_ERASURES) {
      dryRunSucceeds(mutation)(await erase(universityAdmin, mutation, ownStudent, true));
    }
    expect(await erasureEvents()).toEqual(erasuresBefore);

    for (const mutation of STUDENT_ERASURES) {
      const reply = await erase(universityAdmin, mutation, ownStudent);
      expect(reply.body?.data?.[mutation]).toMatchObject({ erasure: { subjectId: ownStudent, dryRun: false }, userErrors: [] });
    }
    expect(await eventsOf('universities', ownStudent)).toEqual([]);
    const [erased] = await query('universities', `SELECT record_id FROM universities.audit_event WHERE id = $1`, [history[0].id]);
    expect((await eventsOf('universities', erased.record_id)).map((event) => event.operation)).toEqual([
      ...history.map((event) => event.operation),
      'DELETE',
      'ERASE',
    ]);
    const added = (await erasureEvents()).filter((event) => !erasuresBefore.some((earlier) => earlier.id === event.id));
    expect(
      added.map(({ subgraph, record_type, organisation_ids, rows_anonymised, rows_deleted }) => ({
        subgraph,
        record_type,
        organisation_ids,
        rows_anonymised,
        rows_deleted,
      })),
    ).toEqual([
      { subgraph: 'universities', record_type: 'student', organisation_ids: [DEMO_UNIVERSITY_ID], rows_anonymised: 1, rows_deleted: 0 },
      { subgraph: 'placements', record_type: 'student', organisation_ids: [DEMO_UNIVERSITY_ID], rows_anonymised: 0, rows_deleted: 0 },
    ]);
  });

  /** Every ERASE event of every subgraph, oldest first within each subgraph. */
  async function erasureEvents(): Promise<(AuditRow & { subgraph: string })[]> {
    const events: (AuditRow & { subgraph: string })[] = [];
    for (const { name } of subgraphRegistry) {
      const rows: AuditRow[] = await query(name, `SELECT * FROM "${name}".audit_event WHERE operation = 'ERASE' ORDER BY sequence`);
      events.push(...rows.map((row) => ({ ...row, subgraph: name })));
    }
    return events;
  }
});
