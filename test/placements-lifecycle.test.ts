import { BIRMINGHAM_ID, COVENTRY_ID, DEMO_PARTNERSHIP_ID, DEMO_UNIVERSITY_ID, demoPermanentPractitionerIds } from './support/demo';
import { enrolDemoStudents } from './support/students';
import { errorCode, startTestHub, type TestHub } from './support/test-hub';
import { TEST_ACADEMIC_YEAR, TEST_TODAY } from './support/test-clock';

const yearStart = Number(TEST_ACADEMIC_YEAR.slice(0, 4));
const THIS_YEAR = TEST_ACADEMIC_YEAR;
const today = TEST_TODAY;

const PLACEMENT = 'id status daysCompleted missedDays daysRemaining midpointOutcome finalOutcome learningAgreementSignedOn';
const CREATE_OFFER = `mutation ($input: PlacementOfferCreateInput!) { placementOfferCreate(input: $input) { placementOffer { id } userErrors { field code message } } }`;
const ALLOCATE = `mutation ($input: PlacementAllocateInput!) { placementAllocate(input: $input) { placement { ${PLACEMENT} } userErrors { field code message } } }`;

describe('a placement’s rules and lifecycle through the gateway', () => {
  let hub: TestHub;
  let birminghamAdmin: string;
  let universityAdmin: string;
  let stageOne: string;
  let stageTwo: string;
  /** Students of the demo university with no placements, each taken by one test. */
  let freeStudents: string[];
  const freeStudent = () => freeStudents.shift()!;

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    birminghamAdmin = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
    universityAdmin = await hub.token({ roles: ['university_admin'], universities: [DEMO_UNIVERSITY_ID] });
    const educators = await hub.query(birminghamAdmin, `{ council(id: "${BIRMINGHAM_ID}") { practiceEducators { id stage } } }`);
    const list = educators.data!.council.practiceEducators as { id: string; stage: string }[];
    stageOne = list.find((educator) => educator.stage === 'STAGE_1')!.id;
    stageTwo = list.find((educator) => educator.stage === 'STAGE_2')!.id;
    freeStudents = await enrolDemoStudents(hub, 8, 'LIFE');
  });
  afterAll(() => hub.stop());

  /** An offer running from `startsOn` for about four months, in this academic year. */
  const offer = async (level: string, setting: string, startsOn: string, educatorId?: string) => {
    const endsOn = new Date(`${startsOn}T00:00:00Z`);
    endsOn.setUTCMonth(endsOn.getUTCMonth() + 4);
    const response = await hub.query(birminghamAdmin, CREATE_OFFER, {
      input: {
        partnershipId: DEMO_PARTNERSHIP_ID,
        councilId: BIRMINGHAM_ID,
        academicYear: THIS_YEAR,
        setting,
        level,
        capacity: 3,
        startsOn,
        endsOn: endsOn.toISOString().slice(0, 10),
        practiceEducatorId: educatorId,
      },
    });
    expect(response.data!.placementOfferCreate.userErrors).toEqual([]);
    return response.data!.placementOfferCreate.placementOffer.id as string;
  };
  const allocate = (offerId: string, studentId: string, practiceEducatorId?: string) =>
    hub.query(universityAdmin, ALLOCATE, { input: { offerId, studentId, universityId: DEMO_UNIVERSITY_ID, practiceEducatorId } });
  const step = (token: string, name: string, input: Record<string, unknown>) =>
    hub.query(
      token,
      `mutation ($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { placement { ${PLACEMENT} } userErrors { field code message } } }`,
      {
        input,
      },
    );
  const codes = (response: Awaited<ReturnType<typeof step>>) =>
    (Object.values(response.data!)[0] as { userErrors: { code: string }[] }).userErrors.map((error) => error.code);

  it('needs a stage 2 practice educator for a final placement', async () => {
    const finalOffer = await offer('FINAL', 'STATUTORY_ADULTS', `${yearStart}-08-03`);
    const refused = await allocate(finalOffer, freeStudent(), stageOne);
    expect(refused.data!.placementAllocate.userErrors).toEqual([
      {
        field: ['input', 'practiceEducatorId'],
        code: 'PE_STAGE_TOO_LOW',
        message: 'A final placement needs a stage 2 practice educator; this educator is stage 1.',
      },
    ]);
    expect((await allocate(finalOffer, freeStudent(), stageTwo)).data!.placementAllocate.userErrors).toEqual([]);
  });

  it('refuses overlapping placements, a repeated level, the same setting twice and a missing statutory placement', async () => {
    const student = freeStudent();
    const firstOffer = await offer('FIRST', 'VOLUNTARY_OR_PRIVATE', `${yearStart}-08-10`);
    expect((await allocate(firstOffer, student)).data!.placementAllocate.userErrors).toEqual([]);
    const overlapping = await offer('FINAL', 'STATUTORY_CHILDREN', `${yearStart}-09-01`, stageTwo);
    expect(codes(await allocate(overlapping, student))).toEqual(['PLACEMENT_OVERLAP']);
    const nonStatutoryFinal = await offer('FINAL', 'VOLUNTARY_OR_PRIVATE', `${yearStart + 1}-01-04`, stageTwo);
    expect(codes(await allocate(nonStatutoryFinal, student))).toEqual(['SETTINGS_NOT_CONTRASTING', 'STATUTORY_REQUIREMENT_NOT_MET']);
    const secondFirst = await offer('FIRST', 'STATUTORY_ADULTS', `${yearStart + 1}-01-04`);
    expect(codes(await allocate(secondFirst, student))).toEqual(['PLACEMENT_LEVEL_TAKEN']);
    const statutoryFinal = await offer('FINAL', 'STATUTORY_CHILDREN', `${yearStart + 1}-01-04`, stageTwo);
    expect(codes(await allocate(statutoryFinal, student))).toEqual([]);
  });

  it('asks for two statutory placements once the partnership promises two', async () => {
    const partnershipAdmin = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
    const update = (value: number) =>
      hub.query(
        partnershipAdmin,
        `mutation ($value: Int!) { placementSettingsUpdate(input: { partnershipId: "${DEMO_PARTNERSHIP_ID}", statutoryPlacementsRequired: $value }) { placementSettings { statutoryPlacementsRequired } userErrors { code } } }`,
        { value },
      );
    expect((await update(3)).data!.placementSettingsUpdate.userErrors).toEqual([{ code: 'OUT_OF_RANGE' }]);
    expect((await update(2)).data!.placementSettingsUpdate.placementSettings).toEqual({ statutoryPlacementsRequired: 2 });
    try {
      const voluntaryFirst = await offer('FIRST', 'VOLUNTARY_OR_PRIVATE', `${yearStart + 1}-02-01`);
      expect(codes(await allocate(voluntaryFirst, freeStudent()))).toEqual(['STATUTORY_REQUIREMENT_NOT_MET']);
    } finally {
      await update(1);
    }
  });

  it('runs proposed → confirmed → active → completed, with days, a midpoint review and the final outcome, counted toward 200', async () => {
    const student = freeStudent();
    // Starting on the first day of the academic year, the placement can start whatever today is.
    const firstOffer = await offer('FIRST', 'STATUTORY_CHILDREN', `${yearStart}-08-01`, stageOne);
    const proposed = (await allocate(firstOffer, student)).data!.placementAllocate.placement;
    expect(proposed.status).toBe('PROPOSED');
    const coventryAdmin = await hub.token({ roles: ['council_admin'], councils: [COVENTRY_ID] });
    // Coventry may not see the placement: refused as an unknown id. The student's university sees it but may not confirm it.
    expect(codes(await step(coventryAdmin, 'placementConfirm', { id: proposed.id }))).toEqual(['NOT_FOUND']);
    expect(errorCode(await step(universityAdmin, 'placementConfirm', { id: proposed.id }))).toBe('FORBIDDEN');
    expect(codes(await step(birminghamAdmin, 'placementStart', { id: proposed.id }))).toEqual(['PLACEMENT_TRANSITION_NOT_ALLOWED']);
    expect(codes(await step(birminghamAdmin, 'placementConfirm', { id: proposed.id }))).toEqual([]);
    expect(codes(await step(birminghamAdmin, 'placementStart', { id: proposed.id }))).toEqual(['LEARNING_AGREEMENT_MISSING']);
    const agreement = await hub.query(
      universityAdmin,
      `mutation ($id: ID!, $on: Date!) { placementRecordLearningAgreement(input: { id: $id, signedOn: $on }) { placement { learningAgreementSignedOn } userErrors { code } } }`,
      { id: proposed.id, on: `${yearStart}-08-01` },
    );
    expect(agreement.data!.placementRecordLearningAgreement.userErrors).toEqual([]);
    expect(codes(await step(birminghamAdmin, 'placementStart', { id: proposed.id }))).toEqual([]);

    const logged = await step(birminghamAdmin, 'placementLogDays', { id: proposed.id, daysCompleted: 40, missedDays: 2 });
    expect(logged.data!.placementLogDays.placement).toMatchObject({
      status: 'ACTIVE',
      daysCompleted: 40,
      missedDays: 2,
      daysRemaining: 30,
    });
    const concerns = await step(birminghamAdmin, 'placementRecordMidpointReview', {
      id: proposed.id,
      outcome: 'CONCERNS',
      reviewedOn: today,
    });
    expect(concerns.data!.placementRecordMidpointReview.userErrors).toEqual([
      {
        field: ['input', 'actionPlan'],
        code: 'ACTION_PLAN_REQUIRED',
        message: 'A midpoint review with concerns needs the action plan agreed.',
      },
    ]);
    const reviewed = await step(birminghamAdmin, 'placementRecordMidpointReview', {
      id: proposed.id,
      outcome: 'CONCERNS',
      actionPlan: 'Weekly supervision and a second direct observation.',
      reviewedOn: today,
    });
    expect(reviewed.data!.placementRecordMidpointReview.placement.midpointOutcome).toBe('CONCERNS');
    expect(codes(await step(universityAdmin, 'placementComplete', { id: proposed.id, finalOutcome: 'PASS', endedOn: today }))).toEqual([
      'PLACEMENT_DAYS_SHORT',
    ]);
    await step(birminghamAdmin, 'placementLogDays', { id: proposed.id, daysCompleted: 30 });
    const completed = await step(universityAdmin, 'placementComplete', { id: proposed.id, finalOutcome: 'PASS', endedOn: today });
    expect(completed.data!.placementComplete.placement).toMatchObject({ status: 'COMPLETED', finalOutcome: 'PASS', daysCompleted: 70 });
    expect(codes(await step(birminghamAdmin, 'placementLogDays', { id: proposed.id, daysCompleted: 1 }))).toEqual([
      'PLACEMENT_TRANSITION_NOT_ALLOWED',
    ]);

    await hub.query(
      universityAdmin,
      `mutation ($s: ID!) { studentSkillsDaysSet(input: { studentId: $s, universityId: "${DEMO_UNIVERSITY_ID}", days: 30 }) { userErrors { code } } }`,
      {
        s: student,
      },
    );
    const days = await hub.query(
      universityAdmin,
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Student { practiceDays { skillsDays firstPlacementDays finalPlacementDays totalDays daysToGo statutoryPlacements breaches { code } } placements { status } } } }`,
      { representations: [{ __typename: 'Student', id: student }] },
      hub.subgraphs.placements.url,
    );
    expect(days.data!._entities[0]).toEqual({
      practiceDays: {
        skillsDays: 30,
        firstPlacementDays: 70,
        finalPlacementDays: 0,
        totalDays: 100,
        daysToGo: 100,
        statutoryPlacements: 1,
        breaches: [],
      },
      placements: [{ status: 'COMPLETED' }],
    });
    const otherCouncil = await hub.query(
      coventryAdmin,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Student { placements { id } } } }`,
      {
        r: [{ __typename: 'Student', id: student }],
      },
      hub.subgraphs.placements.url,
    );
    expect(otherCouncil.data!._entities[0].placements).toEqual([]);

    const review = await hub.query(
      birminghamAdmin,
      `mutation ($id: ID!, $on: Date!) { qaplReviewComplete(input: { placementId: $id, rating: MEETS_STANDARDS, actions: "Keep the induction pack.", completedOn: $on }) { qaplReview { id scrutinisedOn } userErrors { code } } }`,
      { id: proposed.id, on: today },
    );
    const reviewId = review.data!.qaplReviewComplete.qaplReview.id;
    const outstanding = async () =>
      (
        await hub.query(birminghamAdmin, `{ council(id: "${BIRMINGHAM_ID}") { outstandingQaplReviews { id } } }`)
      ).data!.council.outstandingQaplReviews.map((row: { id: string }) => row.id);
    expect(await outstanding()).toContain(proposed.id);
    expect(
      errorCode(
        await hub.query(
          birminghamAdmin,
          `mutation { qaplReviewScrutinise(input: { id: "${reviewId}", scrutinisedOn: "${today}" }) { userErrors { code } } }`,
        ),
      ),
    ).toBe('FORBIDDEN');
    await hub.query(
      universityAdmin,
      `mutation { qaplReviewScrutinise(input: { id: "${reviewId}", scrutinisedOn: "${today}" }) { userErrors { code } } }`,
    );
    expect(await outstanding()).not.toContain(proposed.id);
  });

  it('ends a running placement early with a reason, and cancels only before it starts', async () => {
    const running = await offer('FIRST', 'STATUTORY_ADULTS', `${yearStart}-08-01`, stageOne);
    const placement = (await allocate(running, freeStudent())).data!.placementAllocate.placement;
    expect(
      codes(await step(universityAdmin, 'placementEndEarly', { id: placement.id, reason: 'Leave of absence.', endedOn: today })),
    ).toEqual(['PLACEMENT_TRANSITION_NOT_ALLOWED']);
    await step(birminghamAdmin, 'placementConfirm', { id: placement.id });
    await hub.query(
      universityAdmin,
      `mutation { placementRecordLearningAgreement(input: { id: "${placement.id}", signedOn: "${yearStart}-08-01" }) { userErrors { code } } }`,
    );
    await step(universityAdmin, 'placementStart', { id: placement.id });
    expect(codes(await step(universityAdmin, 'placementCancel', { id: placement.id }))).toEqual(['PLACEMENT_TRANSITION_NOT_ALLOWED']);
    const ended = await step(universityAdmin, 'placementEndEarly', { id: placement.id, reason: 'Leave of absence.', endedOn: today });
    expect(ended.data!.placementEndEarly.placement.status).toBe('ENDED_EARLY');
  });

  it('registers a practice educator only with enough experience since qualifying', async () => {
    const [practitionerId] = demoPermanentPractitionerIds('E08000025');
    const register = (stage: string, qualifiedOn: string) =>
      hub.query(
        birminghamAdmin,
        `mutation ($input: PracticeEducatorRegisterInput!) { practiceEducatorRegister(input: $input) { practiceEducator { stage } userErrors { field code } } }`,
        { input: { partnershipId: DEMO_PARTNERSHIP_ID, practitionerId, councilId: BIRMINGHAM_ID, stage, qualifiedOn, approvedOn: today } },
      );
    const tooSoon = `${Number(today.slice(0, 4)) - 1}-01-01`;
    expect((await register('STAGE_1', tooSoon)).data!.practiceEducatorRegister.userErrors).toEqual([
      { field: ['input', 'approvedOn'], code: 'PQ_EXPERIENCE_TOO_SHORT' },
    ]);
    const registered = await register('STAGE_2', '2015-07-15');
    expect(registered.data!.practiceEducatorRegister.practiceEducator).toEqual({ stage: 'STAGE_2' });
    const practitioner = await hub.query(
      birminghamAdmin,
      `{ practitioner(id: "${practitionerId}") { practiceEducator { stage currentStudentCount } } }`,
    );
    expect(practitioner.data!.practitioner.practiceEducator).toEqual({ stage: 'STAGE_2', currentStudentCount: 0 });
    expect((await register('STAGE_1', '2015-07-15')).data!.practiceEducatorRegister.userErrors).toEqual([
      { field: ['input', 'practitionerId'], code: 'PRACTICE_EDUCATOR_REGISTERED' },
    ]);
  });
});
