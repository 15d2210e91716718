/**
 * The universities subgraph names council practitioners, councils and teams it does not own: each
 * is checked against the councils subgraph's register as the caller sees it, with one refusal for
 * a practitioner the caller may not see and one that does not exist, naming only the id given, and
 * nothing recorded here earlier decides where a practitioner works.
 */
import { randomUUID } from 'node:crypto';
import { attacksOn, userErrorCodes, type AttackCase, type Reply } from './support/attack-harness';
import {
  BIRMINGHAM_ID,
  COVENTRY_ID,
  DEMO_PARTNERSHIP_ID,
  DEMO_UNIVERSITY_ID,
  demoPermanentPractitionerIds,
  demoTeamIdOf,
} from './support/demo';
import { startTestHub, type TestHub } from './support/test-hub';
import { TEST_TODAY } from './support/test-clock';

const [coventryRecorded, coventryUnrecorded, coventrySquatted] = demoPermanentPractitionerIds('E08000026').slice(-3);
const [birminghamPractitioner] = demoPermanentPractitionerIds('E08000025');
const RECORD = 'teachingSessionRecordAttendance';

describe('what the universities subgraph names of the councils subgraph’s', () => {
  let hub: TestHub;
  let universityAdmin: string;
  let birminghamAdmin: string;
  let coventryAdmin: string;
  let seesRegister: string;
  let lecturerId: string;
  let sessionId: string;
  let visitId: string;
  let visitWithHostId: string;
  const { graphql, mutate, setUp, runAttack } = attacksOn(() => hub);

  const sessionInput = (title: string, practitioners: { practitionerId: string; councilId: string }[] = []) => ({
    universityId: DEMO_UNIVERSITY_ID,
    title,
    topic: 'Working with families',
    kind: 'WORKSHOP',
    startsAt: '2027-03-10T14:00:00.000Z',
    durationMinutes: 90,
    place: 'Muirhead Tower, room 112',
    capacity: 30,
    lecturerIds: [lecturerId],
    practitioners,
  });
  const visitInput = (overrides: Record<string, unknown> = {}) => ({
    lecturerId,
    councilId: BIRMINGHAM_ID,
    kind: 'CASE_SHADOWING',
    visitOn: TEST_TODAY,
    plannedHours: 3,
    purpose: 'To see how an assessment team plans its week.',
    ...overrides,
  });

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    universityAdmin = await hub.token({ roles: ['university_admin'], universities: [DEMO_UNIVERSITY_ID] });
    birminghamAdmin = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
    coventryAdmin = await hub.token({ roles: ['council_admin'], councils: [COVENTRY_ID] });
    seesRegister = await hub.token({
      roles: ['university_admin', 'partnership_admin'],
      universities: [DEMO_UNIVERSITY_ID],
      partnerships: [DEMO_PARTNERSHIP_ID],
    });
    const lecturers = await graphql(
      universityAdmin,
      `{ lecturers(first: 1, filter: { universityId: "${DEMO_UNIVERSITY_ID}" }) { nodes { id } } }`,
    );
    lecturerId = lecturers.body!.data!.lecturers.nodes[0].id;
    const session = await setUp(
      universityAdmin,
      'teachingSessionCreate',
      'TeachingSessionCreateInput',
      sessionInput('Open workshop'),
      'teachingSession { id }',
    );
    sessionId = session.teachingSession.id;
    // Coventry records one of its own at the session, so this subgraph holds them under Coventry.
    await setUp(
      coventryAdmin,
      RECORD,
      'TeachingSessionAttendanceInput',
      { sessionId, practitioners: [{ practitionerId: coventryRecorded, councilId: COVENTRY_ID }] },
      'teachingSession { id }',
    );
    // The university names a Coventry practitioner under Birmingham, on its own word, before anyone else records them.
    await setUp(
      universityAdmin,
      'teachingSessionCreate',
      'TeachingSessionCreateInput',
      sessionInput('Workshop facilitated by a practitioner named under the wrong council', [
        { practitionerId: coventrySquatted, councilId: BIRMINGHAM_ID },
      ]),
      'teachingSession { id }',
    );
    visitId = (await setUp(universityAdmin, 'shadowingVisitRequest', 'ShadowingVisitRequestInput', visitInput(), 'shadowingVisit { id }'))
      .shadowingVisit.id;
    visitWithHostId = (
      await setUp(
        universityAdmin,
        'shadowingVisitRequest',
        'ShadowingVisitRequestInput',
        visitInput({ hostPractitionerId: coventryUnrecorded }),
        'shadowingVisit { id }',
      )
    ).shadowingVisit.id;
  });
  afterAll(() => hub.stop());

  const coventrySees = (practitionerId: string) => ({
    send: () => graphql(coventryAdmin, `{ practitioner(id: "${practitionerId}") { id } }`),
    check: (reply: Reply) => expect(reply.body?.data?.practitioner).toEqual({ id: practitionerId }),
  });
  /** The one refusal for a practitioner the caller may not see, whether unknown or another council's: it names only the id given. */
  const notFound = (payload: string, field: string, practitionerId: string) => (reply: Reply) => {
    expect(userErrorCodes(reply, payload)).toEqual([`input.${field}: PRACTITIONER_NOT_FOUND`]);
    expect(reply.body?.data?.[payload].userErrors[0].message).toBe(
      `No practitioner ${practitionerId.toLowerCase()} is on the register of a council whose records you may see.`,
    );
  };
  /** Birmingham's admin records someone attending, under Birmingham; the token is read when the row runs. */
  const birminghamRecords = (practitionerId: string) => () =>
    mutate(
      birminghamAdmin,
      RECORD,
      'TeachingSessionAttendanceInput',
      { sessionId, practitioners: [{ practitionerId, councilId: BIRMINGHAM_ID }] },
      'teachingSession { id }',
    );

  const cases = (): AttackCase[] => [
    {
      name: 'a council admin records, as its own, another council’s practitioner this subgraph holds under that council',
      send: birminghamRecords(coventryRecorded),
      status: 200,
      code: null,
      check: notFound(RECORD, 'practitioners', coventryRecorded),
      control: coventrySees(coventryRecorded),
    },
    {
      name: 'a council admin records, as its own, another council’s practitioner this subgraph has never held',
      send: birminghamRecords(coventryUnrecorded),
      status: 200,
      code: null,
      check: notFound(RECORD, 'practitioners', coventryUnrecorded),
      control: coventrySees(coventryUnrecorded),
    },
    {
      name: 'the same by the practitioner’s upper-case id',
      send: birminghamRecords(coventryUnrecorded.toUpperCase()),
      status: 200,
      code: null,
      check: notFound(RECORD, 'practitioners', coventryUnrecorded),
      control: coventrySees(coventryUnrecorded),
    },
    {
      name: 'a council admin records, as its own, an id that names nobody: the same refusal',
      send: birminghamRecords('4d1b7e0a-0000-4000-8000-000000000404'),
      status: 200,
      code: null,
      check: notFound(RECORD, 'practitioners', '4d1b7e0a-0000-4000-8000-000000000404'),
      control: {
        send: () => graphql(birminghamAdmin, `{ practitioner(id: "${birminghamPractitioner}") { id } }`),
        check: (reply) => expect(reply.body?.data?.practitioner).toEqual({ id: birminghamPractitioner }),
      },
    },
    {
      name: 'a council admin records, as its own, another council’s practitioner a university named under it first',
      send: birminghamRecords(coventrySquatted),
      status: 200,
      code: null,
      check: notFound(RECORD, 'practitioners', coventrySquatted),
      control: coventrySees(coventrySquatted),
    },
    {
      name: 'a council admin takes another council’s practitioner off a session: left as one not recorded is',
      send: () =>
        mutate(
          birminghamAdmin,
          'teachingSessionRemoveAttendance',
          'TeachingSessionAttendanceRemoveInput',
          { sessionId, practitionerIds: [coventryRecorded] },
          'teachingSession { id }',
        ),
      status: 200,
      code: null,
      check: (reply) => expect(userErrorCodes(reply, 'teachingSessionRemoveAttendance')).toEqual([]),
      control: {
        send: () => graphql(coventryAdmin, `{ teachingSession(id: "${sessionId}") { attendingPractitioners { id } } }`),
        check: (reply) => expect(reply.body?.data?.teachingSession.attendingPractitioners).toEqual([{ id: coventryRecorded }]),
      },
    },
    {
      name: 'a university, with a token that sees the register, names a practitioner under another council than the register’s',
      send: () =>
        mutate(
          seesRegister,
          'teachingSessionCreate',
          'TeachingSessionCreateInput',
          sessionInput('Never written', [{ practitionerId: coventryRecorded, councilId: BIRMINGHAM_ID }]),
          'teachingSession { id }',
        ),
      status: 200,
      code: null,
      check: (reply) => {
        expect(userErrorCodes(reply, 'teachingSessionCreate')).toEqual(['input.practitioners: PRACTITIONER_COUNCIL_MISMATCH']);
        expect(reply.body?.data?.teachingSessionCreate.userErrors[0].message).toMatch(/on the register of council/);
      },
      control: coventrySees(coventryRecorded),
    },
    {
      name: 'a university asks for a visit to a council that is not on the hub',
      send: () =>
        mutate(
          universityAdmin,
          'shadowingVisitRequest',
          'ShadowingVisitRequestInput',
          visitInput({ councilId: randomUUID() }),
          'shadowingVisit { id }',
        ),
      status: 200,
      code: null,
      check: (reply) => expect(userErrorCodes(reply, 'shadowingVisitRequest')).toEqual(['input.councilId: NOT_FOUND']),
      control: {
        send: () => graphql(universityAdmin, `{ council(id: "${BIRMINGHAM_ID}") { id } lecturer(id: "${lecturerId}") { id } }`),
        check: (reply) => expect(reply.body?.data).toEqual({ council: { id: BIRMINGHAM_ID }, lecturer: { id: lecturerId } }),
      },
    },
    {
      name: 'a university asks for a visit to one council hosted by another council’s team',
      send: () =>
        mutate(
          universityAdmin,
          'shadowingVisitRequest',
          'ShadowingVisitRequestInput',
          visitInput({ hostTeamId: demoTeamIdOf('E08000026') }),
          'shadowingVisit { id }',
        ),
      status: 200,
      code: null,
      check: (reply) => expect(userErrorCodes(reply, 'shadowingVisitRequest')).toEqual(['input.hostTeamId: TEAM_IN_OTHER_COUNCIL']),
      control: {
        send: () => graphql(universityAdmin, `{ team(id: "${demoTeamIdOf('E08000026')}") { council { id } } }`),
        check: (reply) => expect(reply.body?.data?.team).toEqual({ council: { id: COVENTRY_ID } }),
      },
    },
    {
      name: 'the host council approves a visit naming another council’s practitioner as host',
      send: () =>
        mutate(
          birminghamAdmin,
          'shadowingVisitApprove',
          'ShadowingVisitApproveInput',
          { id: visitId, hostPractitionerId: coventryUnrecorded },
          'shadowingVisit { id }',
        ),
      status: 200,
      code: null,
      check: notFound('shadowingVisitApprove', 'hostPractitionerId', coventryUnrecorded),
      control: coventrySees(coventryUnrecorded),
    },
    {
      name: 'the host council approves a visit whose university named another council’s practitioner as host',
      send: () =>
        mutate(birminghamAdmin, 'shadowingVisitApprove', 'ShadowingVisitApproveInput', { id: visitWithHostId }, 'shadowingVisit { id }'),
      status: 200,
      code: null,
      check: notFound('shadowingVisitApprove', 'hostPractitionerId', coventryUnrecorded),
      control: coventrySees(coventryUnrecorded),
    },
  ];

  it.each(cases())('$name: a clear error, nothing written, still answering', runAttack);
});
