/**
 * Leadership writes that name organisations, people or records the caller holds no role for: each
 * row must be refused, write nothing and leave every server answering. Whose a practitioner is and
 * which partnerships a council belongs to is the councils register's to say, and what a lecturer or
 * a teaching session is the universities register's, so each row names real records of another
 * organisation (or ids on no register) in an input that would otherwise be accepted; the control
 * beside it shows the record is there to be reached.
 */
import { randomUUID } from 'node:crypto';
import { addDays } from '#hub/shared/iso-date';
import { naturalKeyId } from '#hub/shared/natural-key-id';
import { demoLecturerId } from '../subgraphs/demo-partnership';
import { attacksOn, refusedWith, type AttackCase, type Reply } from './support/attack-harness';
import { BIRMINGHAM_ID, COVENTRY_ID, DEMO_PARTNERSHIP_ID, DEMO_UNIVERSITY_ID, demoPermanentPractitionerIds } from './support/demo';
import { TEST_TODAY } from './support/test-clock';
import { startTestHub, type TestHub } from './support/test-hub';

/** A university the hub records in no partnership; a council and a partnership tokens may name that the hub does not hold. */
const OUTSIDER_UNIVERSITY_ID = naturalKeyId('university', '10001726');
const PHANTOM_COUNCIL_ID = naturalKeyId('council', 'E08000099');
const PHANTOM_PARTNERSHIP_ID = randomUUID();

describe('leadership attacks: writes naming what the caller holds no role for', () => {
  let hub: TestHub;
  let birminghamAdmin: string;
  let coventryAdmin: string;
  let partnershipAdmin: string;
  let phantomPartnershipAdmin: string;
  let phantomCouncilAdmin: string;
  let strangerLecturer: string;
  /** Coventry's running records, addressed by id from Birmingham. */
  let coventryAsye: { id: string; practitionerId: string };
  let coventryEnrolment: { id: string; practitionerId: string };
  let coventryMentoring: { id: string; menteeId: string };
  /** A partnership's pathway and the other partnership's, which has no members; Coventry's own pathway. */
  let demoPathwayId: string;
  let otherPartnershipId: string;
  let otherPathwayId: string;
  let coventryPathwayId: string;
  let outsiderLecturerId: string;
  /** Teaching sessions: the demo university's, one held and one to come, one cancelled, and the outsider's. */
  let heldSessionId: string;
  let comingSessionId: string;
  let cancelledSessionId: string;
  let outsiderSessionId: string;
  /** A Birmingham practitioner on no demo-partnership pathway, free to enrol and mentor. */
  let birminghamPractitioner: string;
  let birminghamMentor: string;

  const coventryPractitioner = demoPermanentPractitionerIds('E08000026')[0];
  const unknownId = randomUUID();
  const { graphql, mutate, setUp, runAttack } = attacksOn(() => hub);
  const leadershipRows = <T>(sql: string, parameters: unknown[]): Promise<T[]> =>
    hub.subgraphs.leadership.database.dataSource.query(sql, parameters);

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    birminghamAdmin = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
    coventryAdmin = await hub.token({ roles: ['council_admin'], councils: [COVENTRY_ID] });
    partnershipAdmin = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
    phantomPartnershipAdmin = await hub.token({ roles: ['partnership_admin'], partnerships: [PHANTOM_PARTNERSHIP_ID] });
    phantomCouncilAdmin = await hub.token({ roles: ['council_admin'], councils: [PHANTOM_COUNCIL_ID] });
    const universityAdmin = await hub.token({ roles: ['university_admin'], universities: [DEMO_UNIVERSITY_ID] });
    const outsiderAdmin = await hub.token({ roles: ['university_admin'], universities: [OUTSIDER_UNIVERSITY_ID] });

    [coventryAsye] = await leadershipRows<{ id: string; practitionerId: string }>(
      `SELECT id, practitioner_id AS "practitionerId" FROM leadership.asye_record WHERE council_id = $1 AND status = 'IN_PROGRESS' ORDER BY id LIMIT 1`,
      [COVENTRY_ID],
    );
    [coventryEnrolment] = await leadershipRows<{ id: string; practitionerId: string }>(
      `SELECT id, practitioner_id AS "practitionerId" FROM leadership.pathway_enrolment WHERE council_id = $1 AND status = 'ACTIVE' ORDER BY id LIMIT 1`,
      [COVENTRY_ID],
    );
    [coventryMentoring] = await leadershipRows<{ id: string; menteeId: string }>(
      `SELECT id, mentee_practitioner_id AS "menteeId" FROM leadership.mentoring_relationship
        WHERE mentee_council_id = $1 AND ended_on IS NULL AND mentor_lecturer_id IS NOT NULL ORDER BY id LIMIT 1`,
      [COVENTRY_ID],
    );
    const [mentor] = await leadershipRows<{ lecturerId: string }>(
      `SELECT mentor_lecturer_id AS "lecturerId" FROM leadership.mentoring_relationship WHERE id = $1`,
      [coventryMentoring.id],
    );
    const stranger = [...Array(25).keys()].map(demoLecturerId).find((id) => id !== mentor.lecturerId)!;
    strangerLecturer = await hub.token({ roles: ['lecturer'], lecturer: stranger });
    [{ id: demoPathwayId }] = await leadershipRows<{ id: string }>(
      'SELECT id FROM leadership.pathway WHERE owner_partnership_id = $1 ORDER BY name LIMIT 1',
      [DEMO_PARTNERSHIP_ID],
    );
    const recorded = new Set(
      (
        await leadershipRows<{ id: string }>(
          `SELECT practitioner_id AS id FROM leadership.pathway_enrolment UNION SELECT mentee_practitioner_id FROM leadership.mentoring_relationship
           UNION SELECT mentor_practitioner_id FROM leadership.mentoring_relationship WHERE mentor_practitioner_id IS NOT NULL`,
          [],
        )
      ).map((row) => row.id),
    );
    [birminghamPractitioner, birminghamMentor] = demoPermanentPractitionerIds('E08000025').filter((id) => !recorded.has(id));

    const partnership = await setUp(
      partnershipAdmin,
      'partnershipCreate',
      'PartnershipCreateInput',
      { name: 'Black Country Teaching Partnership' },
      'partnership { id }',
    );
    otherPartnershipId = partnership.partnership.id;
    const otherPartnershipAdmin = await hub.token({ roles: ['partnership_admin'], partnerships: [otherPartnershipId] });
    const pathway = (owner: Record<string, string>, token: string) =>
      setUp(
        token,
        'pathwayCreate',
        'PathwayCreateInput',
        {
          name: 'Aspiring managers',
          kind: 'ASPIRING_MANAGER',
          ...owner,
          stages: [{ name: 'Foundations', targetPcfLevel: 'ADVANCED', expectedMonths: 6 }],
        },
        'pathway { id }',
      );
    otherPathwayId = (await pathway({ ownerPartnershipId: otherPartnershipId }, otherPartnershipAdmin)).pathway.id;
    coventryPathwayId = (await pathway({ ownerCouncilId: COVENTRY_ID }, coventryAdmin)).pathway.id;

    await setUp(
      outsiderAdmin,
      'universityCreate',
      'UniversityCreateInput',
      { ukprn: '10001726', name: 'Coventry University' },
      'university { id }',
    );
    const lecturer = await setUp(
      outsiderAdmin,
      'lecturerCreate',
      'LecturerCreateInput',
      { universityId: OUTSIDER_UNIVERSITY_ID, givenName: 'Ida', familyName: 'Outsider', jobTitle: 'Lecturer in Social Work' },
      'lecturer { id }',
    );
    outsiderLecturerId = lecturer.lecturer.id;
    const session = (universityId: string, token: string) =>
      setUp(
        token,
        'teachingSessionCreate',
        'TeachingSessionCreateInput',
        {
          universityId,
          title: 'Working with risk',
          topic: 'Contextual safeguarding',
          kind: 'SEMINAR',
          startsAt: `${addDays(TEST_TODAY, 14)}T10:00:00Z`,
          durationMinutes: 90,
          place: 'Online',
          capacity: 30,
        },
        'teachingSession { id }',
      );
    outsiderSessionId = (await session(OUTSIDER_UNIVERSITY_ID, outsiderAdmin)).teachingSession.id;
    comingSessionId = (await session(DEMO_UNIVERSITY_ID, universityAdmin)).teachingSession.id;
    cancelledSessionId = (await session(DEMO_UNIVERSITY_ID, universityAdmin)).teachingSession.id;
    await setUp(
      universityAdmin,
      'teachingSessionCancel',
      'TeachingSessionCancelInput',
      { id: cancelledSessionId },
      'teachingSession { id }',
    );
    const [held] = await hub.subgraphs.universities.database.dataSource.query(
      'SELECT id FROM universities.teaching_session WHERE university_id = $1 AND cancelled_at IS NULL AND starts_at < $2 ORDER BY starts_at DESC LIMIT 1',
      [DEMO_UNIVERSITY_ID, `${TEST_TODAY}T00:00:00Z`],
    );
    heldSessionId = held.id;
  });
  afterAll(() => hub.stop());

  /** Controls: the records each row aims at are there, for a caller who may reach them. */
  const coventrySees = (selection: string, practitionerId: () => string, expected: () => unknown) => ({
    send: () => graphql(coventryAdmin, `{ practitioner(id: "${practitionerId()}") { ${selection} } }`),
    check: (reply: Reply) => expect(reply.body?.data?.practitioner).toEqual(expected()),
  });
  const asyeSeen = coventrySees(
    'asye { id status }',
    () => coventryAsye.practitionerId,
    () => ({ asye: { id: coventryAsye.id, status: 'IN_PROGRESS' } }),
  );
  const enrolmentSeen = {
    send: () => graphql(coventryAdmin, `{ practitioner(id: "${coventryEnrolment.practitionerId}") { pathways { id status } } }`),
    check: (reply: Reply) =>
      expect(reply.body?.data?.practitioner?.pathways).toContainEqual({ id: coventryEnrolment.id, status: 'ACTIVE' }),
  };
  const mentoringSeen = {
    send: () => graphql(coventryAdmin, `{ practitioner(id: "${coventryMentoring.menteeId}") { mentoring { id endedOn } } }`),
    check: (reply: Reply) => expect(reply.body?.data?.practitioner?.mentoring).toContainEqual({ id: coventryMentoring.id, endedOn: null }),
  };
  const practitionerSeenBy = (practitionerId: () => string, token: () => string) => ({
    send: () => graphql(token(), `{ practitioner(id: "${practitionerId()}") { id } }`),
    check: (reply: Reply) => expect(reply.body?.data?.practitioner).toEqual({ id: practitionerId() }),
  });
  const sessionSeen = (sessionId: () => string, expected: Record<string, unknown>) => ({
    send: () => graphql(birminghamAdmin, `{ teachingSession(id: "${sessionId()}") { cancelled university { id } } }`),
    check: (reply: Reply) => expect(reply.body?.data?.teachingSession).toEqual(expected),
  });
  const otherPartnershipWithoutMembers = {
    send: () =>
      graphql(
        birminghamAdmin,
        `{ pathway: pathways(partnershipId: "${otherPartnershipId}") { id } council(id: "${BIRMINGHAM_ID}") { partnerships { id } } }`,
      ),
    check: (reply: Reply) =>
      expect(reply.body?.data).toEqual({ pathway: [{ id: otherPathwayId }], council: { partnerships: [{ id: DEMO_PARTNERSHIP_ID }] } }),
  };
  const headingsOpen = {
    send: () => graphql(phantomPartnershipAdmin, '{ kssStandards(framework: PRACTICE_LEADER) { code } }'),
    check: (reply: Reply) => expect(reply.body?.data?.kssStandards).toEqual([{ code: 'PL1' }, { code: 'PL2' }]),
  };

  const notFound = (noun: string, id: string) => `No ${noun} has id ${id}.`;
  const asyeStep =
    (payload: string, input: Record<string, unknown>, token = () => birminghamAdmin) =>
    () =>
      mutate(token(), payload, payload === 'asyeRecordReview' ? 'AsyeReviewInput' : 'DatedStepInput', input, 'asyeRecord { id }');
  const enrolmentStep = (payload: string, input: Record<string, unknown>) => () =>
    mutate(
      birminghamAdmin,
      payload,
      payload === 'pathwayEnrolmentSignOffStage' ? 'PathwayStageSignOffInput' : 'DatedStepInput',
      input,
      'enrolment { id }',
    );
  const sessionLog = (token: () => string, relationshipId: () => string) => () =>
    mutate(
      token(),
      'mentoringSessionLog',
      'MentoringSessionLogInput',
      { relationshipId: relationshipId(), heldOn: TEST_TODAY, minutes: 30, topics: 'Supervision skills.' },
      'mentoringSession { minutes }',
    );

  const byIdCases = (): AttackCase[] => [
    {
      name: "Birmingham's admin records a review on Coventry's ASYE",
      send: () => asyeStep('asyeRecordReview', { id: coventryAsye.id, point: 'THREE_MONTH', heldOn: TEST_TODAY, outcome: 'ON_TRACK' })(),
      status: 200,
      code: null,
      check: (reply) => refusedWith('asyeRecordReview', ['input.id: NOT_FOUND'], notFound('ASYE record', coventryAsye.id))(reply),
      control: asyeSeen,
    },
    {
      name: "Birmingham's admin pauses Coventry's ASYE by the upper-case form of its id",
      send: () => asyeStep('asyePause', { id: coventryAsye.id.toUpperCase(), on: TEST_TODAY })(),
      status: 200,
      code: null,
      check: (reply) => refusedWith('asyePause', ['input.id: NOT_FOUND'], notFound('ASYE record', coventryAsye.id))(reply),
      control: asyeSeen,
    },
    {
      name: "Birmingham's admin withdraws Coventry's ASYE with a date in the future: not found first, so the date tells nothing",
      send: () => asyeStep('asyeWithdraw', { id: coventryAsye.id, on: addDays(TEST_TODAY, 3) })(),
      status: 200,
      code: null,
      check: refusedWith('asyeWithdraw', ['input.id: NOT_FOUND']),
      control: asyeSeen,
    },
    {
      name: 'Birmingham’s admin withdraws an ASYE id that names no record: the same refusal',
      send: () => asyeStep('asyeWithdraw', { id: unknownId, on: TEST_TODAY })(),
      status: 200,
      code: null,
      check: refusedWith('asyeWithdraw', ['input.id: NOT_FOUND'], notFound('ASYE record', unknownId)),
      control: asyeSeen,
    },
    {
      name: "Birmingham's admin signs off a stage of Coventry's pathway enrolment",
      send: () =>
        enrolmentStep('pathwayEnrolmentSignOffStage', { id: coventryEnrolment.id, signedOffOn: TEST_TODAY, evidenceNote: 'Seen.' })(),
      status: 200,
      code: null,
      check: (reply) =>
        refusedWith('pathwayEnrolmentSignOffStage', ['input.id: NOT_FOUND'], notFound('enrolment', coventryEnrolment.id))(reply),
      control: enrolmentSeen,
    },
    {
      name: "Birmingham's admin withdraws Coventry's enrolment by the upper-case form of its id",
      send: () => enrolmentStep('pathwayEnrolmentWithdraw', { id: coventryEnrolment.id.toUpperCase(), on: TEST_TODAY })(),
      status: 200,
      code: null,
      check: (reply) =>
        refusedWith('pathwayEnrolmentWithdraw', ['input.id: NOT_FOUND'], notFound('enrolment', coventryEnrolment.id))(reply),
      control: enrolmentSeen,
    },
    {
      name: "Birmingham's admin ends Coventry's mentoring, also by the upper-case form of its id",
      send: async () => {
        const lower = await mutate(
          birminghamAdmin,
          'mentoringEnd',
          'DatedStepInput',
          { id: coventryMentoring.id, on: TEST_TODAY },
          'mentoringRelationship { id }',
        );
        refusedWith('mentoringEnd', ['input.id: NOT_FOUND'], notFound('mentoring relationship', coventryMentoring.id))(lower);
        return mutate(
          birminghamAdmin,
          'mentoringEnd',
          'DatedStepInput',
          { id: coventryMentoring.id.toUpperCase(), on: TEST_TODAY },
          'mentoringRelationship { id }',
        );
      },
      status: 200,
      code: null,
      check: (reply) =>
        refusedWith('mentoringEnd', ['input.id: NOT_FOUND'], notFound('mentoring relationship', coventryMentoring.id))(reply),
      control: mentoringSeen,
    },
    {
      name: "Birmingham's admin logs a session of Coventry's mentoring",
      send: sessionLog(
        () => birminghamAdmin,
        () => coventryMentoring.id,
      ),
      status: 200,
      code: null,
      check: (reply) =>
        refusedWith(
          'mentoringSessionLog',
          ['input.relationshipId: NOT_FOUND'],
          notFound('mentoring relationship', coventryMentoring.id),
        )(reply),
      control: mentoringSeen,
    },
    {
      name: "a lecturer who is not the mentor logs a session of Coventry's mentoring: as for a relationship that does not exist",
      send: sessionLog(
        () => strangerLecturer,
        () => coventryMentoring.id,
      ),
      status: 200,
      code: null,
      check: refusedWith('mentoringSessionLog', ['input.relationshipId: NOT_FOUND']),
      control: mentoringSeen,
    },
    {
      name: "Coventry's own admin ends its mentoring on a day still to come",
      send: () =>
        mutate(
          coventryAdmin,
          'mentoringEnd',
          'DatedStepInput',
          { id: coventryMentoring.id, on: addDays(TEST_TODAY, 1) },
          'mentoringRelationship { id }',
        ),
      status: 200,
      code: null,
      check: refusedWith('mentoringEnd', ['input.on: DATE_IN_FUTURE']),
      control: mentoringSeen,
    },
  ];

  const enrol = (pathwayId: () => string, practitionerId: () => string) => () =>
    mutate(
      birminghamAdmin,
      'pathwayEnrol',
      'PathwayEnrolInput',
      { pathwayId: pathwayId(), practitionerId: practitionerId(), councilId: BIRMINGHAM_ID, startedOn: TEST_TODAY },
      'enrolment { id }',
    );

  const pathwayCases = (): AttackCase[] => [
    {
      name: "Birmingham's admin enrols its practitioner on a pathway of a partnership Birmingham is not in",
      send: enrol(
        () => otherPathwayId,
        () => birminghamPractitioner,
      ),
      status: 200,
      code: null,
      check: refusedWith('pathwayEnrol', ['input.pathwayId: PATHWAY_OF_OTHER_PARTNERSHIP']),
      control: otherPartnershipWithoutMembers,
    },
    {
      name: "Birmingham's admin enrols its practitioner on Coventry's own pathway",
      send: enrol(
        () => coventryPathwayId,
        () => birminghamPractitioner,
      ),
      status: 200,
      code: null,
      check: refusedWith('pathwayEnrol', ['input.pathwayId: PATHWAY_OF_OTHER_COUNCIL']),
      control: {
        send: () => graphql(birminghamAdmin, `{ pathways(councilId: "${COVENTRY_ID}") { id } }`),
        check: (reply) => expect(reply.body?.data?.pathways).toEqual([{ id: coventryPathwayId }]),
      },
    },
    {
      name: "Birmingham's admin enrols Coventry's practitioner, by the upper-case form of their id, on the partnership's pathway",
      send: enrol(
        () => demoPathwayId,
        () => coventryPractitioner.toUpperCase(),
      ),
      status: 200,
      code: null,
      check: refusedWith('pathwayEnrol', ['input.practitionerId: PRACTITIONER_NOT_FOUND']),
      control: practitionerSeenBy(
        () => coventryPractitioner,
        () => coventryAdmin,
      ),
    },
    {
      name: 'an admin of a partnership the hub does not hold creates a pathway for it',
      send: () =>
        mutate(
          phantomPartnershipAdmin,
          'pathwayCreate',
          'PathwayCreateInput',
          {
            name: 'Phantom leaders',
            kind: 'PRACTICE_LEADER',
            ownerPartnershipId: PHANTOM_PARTNERSHIP_ID,
            stages: [{ name: 'One', targetPcfLevel: 'STRATEGIC', expectedMonths: 6 }],
          },
          'pathway { id }',
        ),
      status: 200,
      code: null,
      check: refusedWith('pathwayCreate', ['input.ownerPartnershipId: NOT_FOUND']),
      control: {
        send: () => graphql(partnershipAdmin, `{ pathways(partnershipId: "${DEMO_PARTNERSHIP_ID}") { id } }`),
        check: (reply) => expect(reply.body?.data?.pathways).toContainEqual({ id: demoPathwayId }),
      },
    },
    {
      name: 'an admin of a council the hub does not hold creates a pathway for it',
      send: () =>
        mutate(
          phantomCouncilAdmin,
          'pathwayCreate',
          'PathwayCreateInput',
          {
            name: 'Phantom managers',
            kind: 'ASPIRING_MANAGER',
            ownerCouncilId: PHANTOM_COUNCIL_ID,
            stages: [{ name: 'One', targetPcfLevel: 'ADVANCED', expectedMonths: 6 }],
          },
          'pathway { id }',
        ),
      status: 200,
      code: null,
      check: refusedWith('pathwayCreate', ['input.ownerCouncilId: NOT_FOUND']),
      control: {
        send: () => graphql(coventryAdmin, `{ pathways(councilId: "${COVENTRY_ID}") { id } }`),
        check: (reply) => expect(reply.body?.data?.pathways).toEqual([{ id: coventryPathwayId }]),
      },
    },
    {
      name: 'an admin of a partnership the hub does not hold sets its minimum learning days',
      send: () =>
        mutate(
          phantomPartnershipAdmin,
          'leadershipSettingsUpdate',
          'LeadershipSettingsUpdateInput',
          { partnershipId: PHANTOM_PARTNERSHIP_ID, minLearningDays: 5 },
          'leadershipSettings { minLearningDays }',
        ),
      status: 200,
      code: null,
      check: refusedWith('leadershipSettingsUpdate', ['input.partnershipId: NOT_FOUND']),
      control: {
        send: () => graphql(partnershipAdmin, `{ partnership(id: "${DEMO_PARTNERSHIP_ID}") { leadershipSettings { minLearningDays } } }`),
        check: (reply) => expect(reply.body?.data?.partnership).toEqual({ leadershipSettings: { minLearningDays: 0 } }),
      },
    },
    {
      name: 'an admin of a partnership the hub does not hold rewords a shared KSS heading',
      send: async () => {
        const [heading] = await leadershipRows<{ id: string }>("SELECT id FROM leadership.kss_standard WHERE code = 'PL1'", []);
        return mutate(
          phantomPartnershipAdmin,
          'kssStandardUpdate',
          'KssStandardUpdateInput',
          { id: heading.id, heading: 'Rewritten' },
          'kssStandard { id }',
        );
      },
      status: 200,
      code: 'FORBIDDEN',
      control: headingsOpen,
    },
    {
      name: 'an admin of a partnership the hub does not hold adds a KSS heading',
      send: () =>
        mutate(
          phantomPartnershipAdmin,
          'kssStandardCreate',
          'KssStandardCreateInput',
          { framework: 'PRACTICE_LEADER', code: 'PL9', heading: 'Invented' },
          'kssStandard { id }',
        ),
      status: 200,
      code: 'FORBIDDEN',
      control: headingsOpen,
    },
  ];

  const mentoring =
    (mentor: Record<string, string>, menteePractitionerId = () => birminghamPractitioner) =>
    () =>
      mutate(
        birminghamAdmin,
        'mentoringStart',
        'MentoringStartInput',
        {
          menteePractitionerId: menteePractitionerId(),
          menteeCouncilId: BIRMINGHAM_ID,
          ...mentor,
          purpose: 'LEADERSHIP',
          startedOn: TEST_TODAY,
        },
        'mentoringRelationship { id }',
      );
  const mentorNotFound = (id: string) => `No practitioner ${id} is on the register of a council whose records you may see.`;
  const lecturerNotFound = (id: string) =>
    `No lecturer ${id} of a university in a partnership with the mentee’s council is on the universities register.`;

  const mentoringCases = (): AttackCase[] => [
    {
      name: "Birmingham's admin pairs its practitioner with Coventry's practitioner as mentor",
      send: () => mentoring({ mentorPractitionerId: coventryPractitioner })(),
      status: 200,
      code: null,
      check: refusedWith('mentoringStart', ['input.mentorPractitionerId: PRACTITIONER_NOT_FOUND'], mentorNotFound(coventryPractitioner)),
      control: practitionerSeenBy(
        () => coventryPractitioner,
        () => coventryAdmin,
      ),
    },
    {
      name: "Birmingham's admin names Coventry's practitioner as mentor by the upper-case form of their id",
      send: () => mentoring({ mentorPractitionerId: coventryPractitioner.toUpperCase() })(),
      status: 200,
      code: null,
      check: refusedWith('mentoringStart', ['input.mentorPractitionerId: PRACTITIONER_NOT_FOUND'], mentorNotFound(coventryPractitioner)),
      control: practitionerSeenBy(
        () => coventryPractitioner,
        () => coventryAdmin,
      ),
    },
    {
      name: 'Birmingham’s admin names a practitioner id on no register as mentor: the same refusal',
      send: () => mentoring({ mentorPractitionerId: unknownId })(),
      status: 200,
      code: null,
      check: refusedWith('mentoringStart', ['input.mentorPractitionerId: PRACTITIONER_NOT_FOUND'], mentorNotFound(unknownId)),
      control: practitionerSeenBy(
        () => birminghamMentor,
        () => birminghamAdmin,
      ),
    },
    {
      name: "Birmingham's admin arranges mentoring for Coventry's practitioner under Birmingham",
      send: () => mentoring({ mentorPractitionerId: birminghamMentor }, () => coventryPractitioner)(),
      status: 200,
      code: null,
      check: refusedWith('mentoringStart', ['input.menteePractitionerId: PRACTITIONER_NOT_FOUND']),
      control: practitionerSeenBy(
        () => coventryPractitioner,
        () => coventryAdmin,
      ),
    },
    {
      name: 'Birmingham’s admin names as mentor a lecturer of a university in no partnership with Birmingham',
      send: () => mentoring({ mentorLecturerId: outsiderLecturerId })(),
      status: 200,
      code: null,
      check: (reply) =>
        refusedWith('mentoringStart', ['input.mentorLecturerId: LECTURER_NOT_FOUND'], lecturerNotFound(outsiderLecturerId))(reply),
      control: {
        send: () => graphql(birminghamAdmin, `{ lecturer(id: "${outsiderLecturerId}") { university { id partnerships { id } } } }`),
        check: (reply) => expect(reply.body?.data?.lecturer).toEqual({ university: { id: OUTSIDER_UNIVERSITY_ID, partnerships: [] } }),
      },
    },
    {
      name: 'Birmingham’s admin names a lecturer id on no register as mentor: the same refusal',
      send: () => mentoring({ mentorLecturerId: unknownId })(),
      status: 200,
      code: null,
      check: refusedWith('mentoringStart', ['input.mentorLecturerId: LECTURER_NOT_FOUND'], lecturerNotFound(unknownId)),
      control: {
        send: () => graphql(birminghamAdmin, `{ lecturer(id: "${demoLecturerId(0)}") { university { id } } }`),
        check: (reply) => expect(reply.body?.data?.lecturer).toEqual({ university: { id: DEMO_UNIVERSITY_ID } }),
      },
    },
    {
      name: "Birmingham's admin starts an ASYE with Coventry's practitioner, by the upper-case form of their id, as assessor",
      send: () =>
        mutate(
          birminghamAdmin,
          'asyeStart',
          'AsyeStartInput',
          {
            practitionerId: birminghamPractitioner,
            councilId: BIRMINGHAM_ID,
            assessorPractitionerId: coventryPractitioner.toUpperCase(),
            startedOn: TEST_TODAY,
          },
          'asyeRecord { id }',
        ),
      status: 200,
      code: null,
      check: refusedWith('asyeStart', ['input.assessorPractitionerId: PRACTITIONER_NOT_FOUND'], mentorNotFound(coventryPractitioner)),
      control: practitionerSeenBy(
        () => coventryPractitioner,
        () => coventryAdmin,
      ),
    },
  ];

  const cpd = (teachingSessionId: string, completedOn = TEST_TODAY) =>
    mutate(
      birminghamAdmin,
      'cpdRecordAdd',
      'CpdRecordAddInput',
      {
        practitionerId: birminghamPractitioner,
        councilId: BIRMINGHAM_ID,
        type: 'MASTERCLASS',
        title: 'Working with risk',
        completedOn,
        hours: 1.5,
        learning: 'Mapping risk outside the home.',
        impact: 'Better safety plans.',
        teachingSessionId,
      },
      'cpdRecord { id }',
    );
  const sessionNotFound = (id: string) =>
    `No teaching session ${id} of a university in a partnership with the practitioner’s council is on the universities register.`;

  const cpdCases = (): AttackCase[] => [
    {
      name: 'CPD from a teaching session of a university in no partnership with the council',
      send: () => cpd(outsiderSessionId),
      status: 200,
      code: null,
      check: (reply) => refusedWith('cpdRecordAdd', ['input.teachingSessionId: NOT_FOUND'], sessionNotFound(outsiderSessionId))(reply),
      control: sessionSeen(() => outsiderSessionId, { cancelled: false, university: { id: OUTSIDER_UNIVERSITY_ID } }),
    },
    {
      name: 'CPD from a teaching session id on no register: the same refusal',
      send: () => cpd(unknownId),
      status: 200,
      code: null,
      check: refusedWith('cpdRecordAdd', ['input.teachingSessionId: NOT_FOUND'], sessionNotFound(unknownId)),
      control: sessionSeen(() => heldSessionId, { cancelled: false, university: { id: DEMO_UNIVERSITY_ID } }),
    },
    {
      name: 'CPD from a cancelled teaching session of the partnership’s university',
      send: () => cpd(cancelledSessionId),
      status: 200,
      code: null,
      check: refusedWith('cpdRecordAdd', ['input.teachingSessionId: TEACHING_SESSION_CANCELLED']),
      control: sessionSeen(() => cancelledSessionId, { cancelled: true, university: { id: DEMO_UNIVERSITY_ID } }),
    },
    {
      name: 'CPD completed today from a teaching session still to come',
      send: () => cpd(comingSessionId),
      status: 200,
      code: null,
      check: refusedWith('cpdRecordAdd', ['input.teachingSessionId: DATE_ORDER']),
      control: sessionSeen(() => comingSessionId, { cancelled: false, university: { id: DEMO_UNIVERSITY_ID } }),
    },
  ];

  const cases: AttackCase[] = [...byIdCases(), ...pathwayCases(), ...mentoringCases(), ...cpdCases()];

  it.each(cases)('$name: refused, nothing written, still answering', runAttack);

  it('lets those who hold the roles make the same writes', async () => {
    await setUp(
      birminghamAdmin,
      'pathwayEnrol',
      'PathwayEnrolInput',
      { pathwayId: demoPathwayId, practitionerId: birminghamPractitioner, councilId: BIRMINGHAM_ID, startedOn: TEST_TODAY },
      'enrolment { id }',
    );
    await setUp(
      birminghamAdmin,
      'mentoringStart',
      'MentoringStartInput',
      {
        menteePractitionerId: birminghamPractitioner,
        menteeCouncilId: BIRMINGHAM_ID,
        mentorPractitionerId: birminghamMentor.toUpperCase(),
        purpose: 'LEADERSHIP',
        startedOn: TEST_TODAY,
      },
      'mentoringRelationship { id }',
    );
    await setUp(
      birminghamAdmin,
      'mentoringStart',
      'MentoringStartInput',
      {
        menteePractitionerId: birminghamMentor,
        menteeCouncilId: BIRMINGHAM_ID,
        mentorLecturerId: demoLecturerId(0),
        purpose: 'CO_DELIVERY_OF_TEACHING',
        startedOn: TEST_TODAY,
      },
      'mentoringRelationship { id }',
    );
    const recorded = await cpd(heldSessionId.toUpperCase());
    expect(recorded.body?.data?.cpdRecordAdd.userErrors).toEqual([]);
    const [row] = await leadershipRows<{ sessionId: string }>(
      'SELECT teaching_session_id AS "sessionId" FROM leadership.cpd_record WHERE id = $1',
      [recorded.body?.data?.cpdRecordAdd.cpdRecord.id],
    );
    expect(row.sessionId).toBe(heldSessionId);
    await setUp(
      coventryAdmin,
      'mentoringEnd',
      'DatedStepInput',
      { id: coventryMentoring.id, on: TEST_TODAY },
      'mentoringRelationship { id }',
    );
    await setUp(
      coventryAdmin,
      'pathwayEnrolmentWithdraw',
      'DatedStepInput',
      { id: coventryEnrolment.id.toUpperCase(), on: TEST_TODAY },
      'enrolment { id }',
    );
    await setUp(
      partnershipAdmin,
      'leadershipSettingsUpdate',
      'LeadershipSettingsUpdateInput',
      { partnershipId: DEMO_PARTNERSHIP_ID, minLearningDays: 5 },
      'leadershipSettings { minLearningDays }',
    );
    await setUp(
      partnershipAdmin,
      'kssStandardCreate',
      'KssStandardCreateInput',
      { framework: 'PRACTICE_LEADER', code: 'PL9', heading: 'Leading across a partnership' },
      'kssStandard { id }',
    );
  });
});
