import { academicYearBounds } from '#hub/shared/academic-year';
import { addDays, laterDate } from '#hub/shared/iso-date';
import { DEMO_COUNCILS, demoLecturerId, demoPractitionerPlaces } from '../subgraphs/demo-partnership';
import { addMonths } from '../subgraphs/leadership/src/rules/calendar';
import { registrationYearBounds, registrationYearOf } from '../subgraphs/leadership/src/rules/cpd-compliance';
import { addLeedsToDemoPartnership, BIRMINGHAM_ID, COVENTRY_ID, DEMO_PARTNERSHIP_ID, LEEDS_ID } from './support/demo';
import { errorCode, startTestHub, type TestHub } from './support/test-hub';
import { TEST_ACADEMIC_YEAR, TEST_TODAY } from './support/test-clock';

const today = TEST_TODAY;
/** `days` ago, or the first day of the registration year if that is later: CPD the report counts as this year's. */
const inThisRegistrationYear = (days: number) => laterDate(addDays(today, -days), registrationYearBounds(registrationYearOf(today)).from);
/** The same for the academic year, which mentoring sessions are counted in. */
const inThisAcademicYear = (days: number) => laterDate(addDays(today, -days), academicYearBounds(TEST_ACADEMIC_YEAR).from);

const REPORT = `{
  asOf
  pathways { pathway { name } enrolled completedInAcademicYear withdrawnInAcademicYear stages { stage { position } enrolled onTrack overdue paused } }
  asye { inProgress paused reviewsDueSoon reviewsOverdue recordsWithOverdueReviews evidenceGapsNearFinalReview completedInAcademicYear }
  cpd { practitioners compliant complianceRate }
  mentoring { activeRelationships sessionsInAcademicYear hoursInAcademicYear }
}`;

describe('leadership pathways, ASYE, mentoring and CPD through the gateway', () => {
  let hub: TestHub;
  let leedsAdmin: string;
  let pathwayId: string;
  /** Leeds practitioners on the councils register: the leadership subgraph checks a practitioner's first record against it. */
  const staff: string[] = [];
  let newcomer: string;

  const mutate = async (token: string, name: string, inputType: string, input: Record<string, unknown>, selection: string) => {
    const response = await hub.query(
      token,
      `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${selection} userErrors { field code message } } }`,
      { input },
    );
    return response;
  };
  const ok = async (token: string, name: string, inputType: string, input: Record<string, unknown>, selection: string) => {
    const response = await mutate(token, name, inputType, input, selection);
    expect(response.errors).toBeUndefined();
    expect(response.data![name].userErrors).toEqual([]);
    return response.data![name];
  };

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    leedsAdmin = await hub.token({ roles: ['council_admin'], councils: [LEEDS_ID] });
    await addLeedsToDemoPartnership(hub);
    for (let index = 0; index < 5; index += 1) {
      const created = await ok(
        leedsAdmin,
        'practitionerCreate',
        'PractitionerCreateInput',
        {
          sweNumber: `SW8800${index}`,
          givenName: 'Sam',
          familyName: `Leeds${index}`,
          councilId: LEEDS_ID,
          role: 'SOCIAL_WORKER',
          pcfLevel: 'ASYE',
          employment: 'PERMANENT',
          qualifiedOn: '2024-06-30',
          startedOn: '2024-09-02',
        },
        'practitioner { id }',
      );
      if (index < 4) staff.push(created.practitioner.id);
      else newcomer = created.practitioner.id;
    }
    const pathway = await ok(
      leedsAdmin,
      'pathwayCreate',
      'PathwayCreateInput',
      {
        name: 'Leeds aspiring leaders',
        kind: 'ASPIRING_MANAGER',
        ownerCouncilId: LEEDS_ID,
        stages: [
          { name: 'Leading in the team', targetPcfLevel: 'EXPERIENCED_SOCIAL_WORKER', expectedMonths: 3 },
          { name: 'Acting up', targetPcfLevel: 'ADVANCED', expectedMonths: 6 },
        ],
      },
      'pathway { id stages { position } }',
    );
    pathwayId = pathway.pathway.id;
  });
  afterAll(() => hub.stop());

  const leedsReport = async (token = leedsAdmin) => hub.query(token, `{ council(id: "${LEEDS_ID}") { leadershipProgress ${REPORT} } }`);

  it('takes an enrolment through its stages, paused and resumed, and reports it per stage', async () => {
    const enrol = (practitionerId: string, startedOn: string) =>
      ok(
        leedsAdmin,
        'pathwayEnrol',
        'PathwayEnrolInput',
        { pathwayId, practitionerId, councilId: LEEDS_ID, startedOn },
        'enrolment { id status progress }',
      );
    const onTrack = await enrol(staff[0], addMonths(today, -1));
    expect(onTrack.enrolment).toMatchObject({ status: 'ACTIVE', progress: 'ON_TRACK' });
    const overdue = await enrol(staff[1], addMonths(today, -5));
    expect(overdue.enrolment.progress).toBe('OVERDUE');
    const signedOff = await ok(
      leedsAdmin,
      'pathwayEnrolmentSignOffStage',
      'PathwayStageSignOffInput',
      { id: overdue.enrolment.id, signedOffOn: addDays(today, -3), evidenceNote: 'Led two team meetings and a case review.' },
      'enrolment { currentStage { position } progress signOffs { position evidenceNote } }',
    );
    expect(signedOff.enrolment).toMatchObject({ currentStage: { position: 2 }, progress: 'ON_TRACK', signOffs: [{ position: 1 }] });
    const paused = await enrol(staff[2], addMonths(today, -2));
    await ok(
      leedsAdmin,
      'pathwayEnrolmentPause',
      'DatedStepInput',
      { id: paused.enrolment.id, on: addDays(today, -10) },
      'enrolment { status }',
    );
    const again = await mutate(
      leedsAdmin,
      'pathwayEnrolmentPause',
      'DatedStepInput',
      { id: paused.enrolment.id, on: today },
      'enrolment { status }',
    );
    expect(again.data!.pathwayEnrolmentPause.userErrors.map((error: { code: string }) => error.code)).toEqual(['ENROLMENT_NOT_ACTIVE']);

    const report = (await leedsReport()).data!.council.leadershipProgress;
    expect(report.pathways).toEqual([
      {
        pathway: { name: 'Leeds aspiring leaders' },
        enrolled: 3,
        completedInAcademicYear: 0,
        withdrawnInAcademicYear: 0,
        stages: [
          { stage: { position: 1 }, enrolled: 2, onTrack: 1, overdue: 0, paused: 1 },
          { stage: { position: 2 }, enrolled: 1, onTrack: 1, overdue: 0, paused: 0 },
        ],
      },
    ]);
  });

  it('runs an ASYE: review dates move with a pause, and completion needs the final review and all evidence', async () => {
    const startedOn = addMonths(today, -4);
    const record = await ok(
      leedsAdmin,
      'asyeStart',
      'AsyeStartInput',
      { practitionerId: staff[3], councilId: LEEDS_ID, assessorPractitionerId: staff[0], startedOn },
      'asyeRecord { id reviews { point dueOn overdue } }',
    );
    const id = record.asyeRecord.id;
    expect(record.asyeRecord.reviews.map((review: { point: string }) => review.point)).toEqual([
      'AGREEMENT',
      'THREE_MONTH',
      'SIX_MONTH',
      'FINAL',
    ]);
    expect(record.asyeRecord.reviews[1]).toEqual({ point: 'THREE_MONTH', dueOn: addMonths(startedOn, 3), overdue: true });
    await ok(
      leedsAdmin,
      'asyeRecordReview',
      'AsyeReviewInput',
      { id, point: 'AGREEMENT', heldOn: startedOn, outcome: 'ON_TRACK' },
      'asyeRecord { id }',
    );

    const before = (await leedsReport()).data!.council.leadershipProgress.asye;
    expect(before).toMatchObject({ inProgress: 1, paused: 0, reviewsOverdue: 1, recordsWithOverdueReviews: 1 });

    const pauseFrom = addMonths(startedOn, 2);
    await ok(leedsAdmin, 'asyePause', 'DatedStepInput', { id, on: pauseFrom }, 'asyeRecord { status }');
    const resumed = await ok(
      leedsAdmin,
      'asyeResume',
      'DatedStepInput',
      { id, on: addDays(pauseFrom, 45) },
      'asyeRecord { status reviews { point dueOn } }',
    );
    expect(resumed.asyeRecord.status).toBe('IN_PROGRESS');
    expect(resumed.asyeRecord.reviews[1]).toEqual({ point: 'THREE_MONTH', dueOn: addDays(addMonths(startedOn, 3), 45) });

    const refused = await mutate(leedsAdmin, 'asyeComplete', 'DatedStepInput', { id, on: today }, 'asyeRecord { status }');
    expect(refused.data!.asyeComplete.userErrors.map((error: { code: string }) => error.code)).toEqual([
      'ASYE_FINAL_REVIEW_NOT_HELD',
      'ASYE_EVIDENCE_MISSING',
    ]);
    const evidence = await ok(
      leedsAdmin,
      'asyeRecordEvidence',
      'AsyeEvidenceInput',
      { id, directObservations: 2, writtenReports: 1 },
      'asyeRecord { evidenceGaps { item required recorded } }',
    );
    expect(evidence.asyeRecord.evidenceGaps).toContainEqual({ item: 'directObservations', required: 3, recorded: 2 });
    const tooMany = await mutate(
      leedsAdmin,
      'asyeRecordEvidence',
      'AsyeEvidenceInput',
      { id, directObservations: -1 },
      'asyeRecord { id }',
    );
    expect(tooMany.data!.asyeRecordEvidence.userErrors[0]).toMatchObject({ field: ['input', 'directObservations'], code: 'OUT_OF_RANGE' });
  });

  it('lets a practitioner record their own CPD, counts compliance, and keeps a practitioner to one council', async () => {
    const practitioner = await hub.token({ roles: ['practitioner'], practitioner: staff[0] });
    const add = (token: string, extra: Record<string, unknown>) =>
      mutate(
        token,
        'cpdRecordAdd',
        'CpdRecordAddInput',
        {
          practitionerId: staff[0],
          councilId: LEEDS_ID,
          type: 'COURSE',
          title: 'Working with domestic abuse',
          completedOn: inThisRegistrationYear(10),
          hours: 6,
          learning: 'Risk assessment tools and safety planning.',
          impact: 'Better safety plans.',
          ...extra,
        },
        'cpdRecord { peerReflection }',
      );
    expect((await add(practitioner, {})).data!.cpdRecordAdd.userErrors).toEqual([]);
    const compliance = `{ _entities(representations: [{ __typename: "Practitioner", id: "${staff[0]}" }]) { ... on Practitioner { cpdCompliance { records withPeerReflection compliant gaps } } } }`;
    const first = await hub.query(practitioner, compliance, {}, hub.subgraphs.leadership.url);
    expect(first.data!._entities[0].cpdCompliance).toEqual({
      records: 1,
      withPeerReflection: 0,
      compliant: false,
      gaps: ['1 of 2 CPD records', 'no record with a peer reflection'],
    });
    expect(
      (await add(practitioner, { peerReflectionSetting: 'TEAM_REFLECTION', completedOn: inThisRegistrationYear(2) })).data!.cpdRecordAdd
        .userErrors,
    ).toEqual([]);
    const second = await hub.query(practitioner, compliance, {}, hub.subgraphs.leadership.url);
    expect(second.data!._entities[0].cpdCompliance).toMatchObject({ records: 2, withPeerReflection: 1, compliant: true });

    const colleague = await hub.token({ roles: ['practitioner'], practitioner: staff[1] });
    expect(errorCode(await add(colleague, {}))).toBe('FORBIDDEN');
    const elsewhere = await add(practitioner, { councilId: COVENTRY_ID });
    expect(elsewhere.data!.cpdRecordAdd.userErrors.map((error: { code: string }) => error.code)).toEqual(['PRACTITIONER_COUNCIL_MISMATCH']);
    const notes = await add(practitioner, { learning: 'Discussed the family at LS1 4AP.' });
    expect(notes.data!.cpdRecordAdd.userErrors.map((error: { code: string }) => error.code)).toEqual(['CASE_DETAILS_SUSPECTED']);
    const otherSees = await hub.query(colleague, compliance, {}, hub.subgraphs.leadership.url);
    expect(otherSees.data!._entities[0].cpdCompliance).toBeNull();
  });

  it('shows mentoring logs to the mentee, their lecturer mentor and their council, and to nobody else', async () => {
    const lecturerId = demoLecturerId(24);
    const relationship = await ok(
      leedsAdmin,
      'mentoringStart',
      'MentoringStartInput',
      {
        menteePractitionerId: staff[1],
        menteeCouncilId: LEEDS_ID,
        mentorLecturerId: lecturerId,
        purpose: 'CO_DELIVERY_OF_TEACHING',
        startedOn: addMonths(today, -2),
      },
      'mentoringRelationship { id }',
    );
    const mentee = await hub.token({ roles: ['practitioner'], practitioner: staff[1] });
    await ok(
      mentee,
      'mentoringSessionLog',
      'MentoringSessionLogInput',
      {
        relationshipId: relationship.mentoringRelationship.id,
        heldOn: inThisAcademicYear(7),
        minutes: 90,
        topics: 'Planning a co-delivered seminar.',
      },
      'mentoringSession { minutes }',
    );
    const sessions = `{ _entities(representations: [{ __typename: "Lecturer", id: "${lecturerId}" }]) { ... on Lecturer { mentees { sessions { minutes topics } minutesLogged } } } }`;
    const lecturer = await hub.token({ roles: ['lecturer'], lecturer: lecturerId });
    const seen = await hub.query(lecturer, sessions, {}, hub.subgraphs.leadership.url);
    expect(seen.data!._entities[0].mentees).toContainEqual({
      sessions: [{ minutes: 90, topics: 'Planning a co-delivered seminar.' }],
      minutesLogged: 90,
    });
    const stranger = await hub.token({ roles: ['lecturer'], lecturer: demoLecturerId(0) });
    const hidden = await hub.query(stranger, sessions, {}, hub.subgraphs.leadership.url);
    expect(hidden.data!._entities[0].mentees).toEqual([]);
    const coventryAdmin = await hub.token({ roles: ['council_admin'], councils: [COVENTRY_ID] });
    const otherCouncil = await mutate(
      coventryAdmin,
      'mentoringSessionLog',
      'MentoringSessionLogInput',
      { relationshipId: relationship.mentoringRelationship.id, heldOn: today, minutes: 30, topics: 'x' },
      'mentoringSession { minutes }',
    );
    // As for a relationship that does not exist: another council is not told it does.
    expect(otherCouncil.data!.mentoringSessionLog.userErrors.map((error: { code: string }) => error.code)).toEqual(['NOT_FOUND']);

    const report = (await leedsReport()).data!.council.leadershipProgress;
    expect(report.mentoring).toEqual({ activeRelationships: 1, sessionsInAcademicYear: 1, hoursInAcademicYear: 1.5 });
    expect(report.cpd).toEqual({ practitioners: 4, compliant: 1, complianceRate: 0.25 });
  });

  it('starts one ASYE at a time even when asked twice at once, and another only after a withdrawal', async () => {
    const practitionerId = newcomer;
    const start = () =>
      mutate(
        leedsAdmin,
        'asyeStart',
        'AsyeStartInput',
        { practitionerId, councilId: LEEDS_ID, assessorPractitionerId: staff[0], startedOn: addDays(today, -30) },
        'asyeRecord { id }',
      );
    const [first, second] = await Promise.all([start(), start()]);
    const codes = [first, second].map((response) =>
      response.data!.asyeStart.userErrors.map((error: { code: string }) => error.code).join(),
    );
    expect(codes.sort()).toEqual(['', 'ASYE_EXISTS']);
    const id = (first.data!.asyeStart.asyeRecord ?? second.data!.asyeStart.asyeRecord).id;
    await ok(leedsAdmin, 'asyeWithdraw', 'DatedStepInput', { id, on: today }, 'asyeRecord { status }');
    expect((await start()).data!.asyeStart.userErrors).toEqual([]);
    const tooSmall = await mutate(
      leedsAdmin,
      'cpdRecordAdd',
      'CpdRecordAddInput',
      {
        practitionerId,
        councilId: LEEDS_ID,
        type: 'READING',
        title: 'A short article',
        completedOn: today,
        hours: 0.04,
        learning: 'Notes.',
        impact: 'Better notes.',
      },
      'cpdRecord { id }',
    );
    expect(tooSmall.data!.cpdRecordAdd.userErrors.map((error: { code: string }) => error.code)).toEqual(['OUT_OF_RANGE']);
  });

  it('gives a council’s admins their own report only, and the partnership’s admins the roll-up, whose figures match the councils’', async () => {
    const birminghamAdmin = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
    expect(errorCode(await leedsReport(birminghamAdmin))).toBe('FORBIDDEN');
    expect(
      (await hub.query(birminghamAdmin, `{ council(id: "${BIRMINGHAM_ID}") { leadershipProgress { asye { inProgress } } } }`)).errors,
    ).toBeUndefined();

    const rollUp = await hub.query(
      await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] }),
      `{ partnership(id: "${DEMO_PARTNERSHIP_ID}") { leadershipProgress { total ${REPORT} byCouncil { council { id name } asye { inProgress paused reviewsOverdue completedInAcademicYear } cpd { practitioners compliant } mentoring { sessionsInAcademicYear } } } } }`,
    );
    expect(rollUp.errors).toBeUndefined();
    const { total, byCouncil } = rollUp.data!.partnership.leadershipProgress;
    expect(byCouncil).toHaveLength(8);
    const sum = (pick: (row: any) => number) => byCouncil.reduce((acc: number, row: any) => acc + pick(row), 0);
    expect(total.asye.inProgress).toBe(sum((row) => row.asye.inProgress));
    expect(total.asye.reviewsOverdue).toBe(sum((row) => row.asye.reviewsOverdue));
    expect(total.cpd.practitioners).toBe(sum((row) => row.cpd.practitioners));
    expect(total.cpd.compliant).toBe(sum((row) => row.cpd.compliant));
    expect(total.mentoring.sessionsInAcademicYear).toBe(sum((row) => row.mentoring.sessionsInAcademicYear));
    const leeds = byCouncil.find((row: any) => row.council.id === LEEDS_ID);
    expect(leeds).toMatchObject({
      council: { name: 'Leeds City Council' },
      asye: { inProgress: 2, paused: 0 },
      cpd: { practitioners: 5, compliant: 1 },
    });
    expect(total.asye.inProgress + total.asye.paused).toBeGreaterThanOrEqual(30);

    const rollUpAsOf = `{ partnership(id: "${DEMO_PARTNERSHIP_ID}") { leadershipProgress { total { asOf } } } }`;
    expect(errorCode(await hub.query(leedsAdmin, rollUpAsOf))).toBe('FORBIDDEN');
    expect(errorCode(await hub.query(await hub.token({ roles: ['dashboard_viewer'] }), rollUpAsOf))).toBe('FORBIDDEN');
    const partnershipDashboard = await hub.token({ roles: ['dashboard_viewer'], partnerships: [DEMO_PARTNERSHIP_ID] });
    expect((await hub.query(partnershipDashboard, rollUpAsOf)).errors).toBeUndefined();
  });
  it('tells a council admin nothing about another council’s practitioners: every one is simply not found', async () => {
    const birminghamAdmin = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
    const codes = new Set<string>();
    // Some of Coventry's staff have leadership records, some do not; the answer must not tell them apart.
    for (const place of demoPractitionerPlaces(DEMO_COUNCILS[1])) {
      const reply = await mutate(
        birminghamAdmin,
        'cpdRecordAdd',
        'CpdRecordAddInput',
        {
          practitionerId: place.id,
          councilId: BIRMINGHAM_ID,
          type: 'COURSE',
          title: 'A course',
          completedOn: addDays(today, -1),
          hours: 1,
          learning: 'Notes.',
          impact: 'Better notes.',
        },
        'cpdRecord { id }',
      );
      for (const error of reply.data!.cpdRecordAdd.userErrors) codes.add(`${error.code}: ${error.message.includes(COVENTRY_ID)}`);
    }
    expect([...codes]).toEqual(['PRACTITIONER_NOT_FOUND: false']);
  });
});
