import { BIRMINGHAM_ID, COVENTRY_ID, DEMO_PARTNERSHIP_ID, DEMO_UNIVERSITY_ID } from './support/demo';
import { enrolDemoStudents } from './support/students';
import { errorCode, startTestHub, type TestHub } from './support/test-hub';
import { TEST_ACADEMIC_YEAR } from './support/test-clock';

/** Next academic year has no demo offers, so every figure in it comes from this file. */
const nextYearStart = Number(TEST_ACADEMIC_YEAR.slice(0, 4)) + 1;
const NEXT_YEAR = `${nextYearStart}/${String((nextYearStart + 1) % 100).padStart(2, '0')}`;

const CREATE_OFFER = `mutation ($input: PlacementOfferCreateInput!) {
  placementOfferCreate(input: $input) { placementOffer { id capacity allocated placesLeft statutory requiredDays } userErrors { field code message } }
}`;
const ALLOCATE = `mutation ($input: PlacementAllocateInput!) {
  placementAllocate(input: $input) { placement { id status level statutory } userErrors { field code message } }
}`;

describe('allocating students to placement offers', () => {
  let hub: TestHub;
  let birminghamAdmin: string;
  let universityAdmin: string;
  /** Students of the demo university with no placements, each allocated once at most. */
  let freeStudents: string[];
  const freeStudent = () => freeStudents.shift()!;

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    birminghamAdmin = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
    universityAdmin = await hub.token({ roles: ['university_admin'], universities: [DEMO_UNIVERSITY_ID] });
    freeStudents = await enrolDemoStudents(hub, 60, 'ALLOC');
  });
  afterAll(() => hub.stop());

  const offerInput = (overrides: Record<string, unknown> = {}) => ({
    partnershipId: DEMO_PARTNERSHIP_ID,
    councilId: BIRMINGHAM_ID,
    academicYear: NEXT_YEAR,
    setting: 'STATUTORY_CHILDREN',
    level: 'FIRST',
    capacity: 5,
    startsOn: `${nextYearStart + 1}-01-11`,
    endsOn: `${nextYearStart + 1}-04-23`,
    ...overrides,
  });
  const createOffer = async (overrides: Record<string, unknown> = {}) => {
    const response = await hub.query(birminghamAdmin, CREATE_OFFER, { input: offerInput(overrides) });
    expect(response.data!.placementOfferCreate.userErrors).toEqual([]);
    return response.data!.placementOfferCreate.placementOffer as { id: string };
  };
  const allocate = (offerId: string, studentId = freeStudent(), extra: Record<string, unknown> = {}) =>
    hub.query(universityAdmin, ALLOCATE, { input: { offerId, studentId, universityId: DEMO_UNIVERSITY_ID, ...extra } });

  it('gives exactly 5 of 50 simultaneous allocations to an offer with 5 places, and a clear refusal to the other 45', async () => {
    const offer = await createOffer();
    const attempts = await Promise.all(Array.from({ length: 50 }, () => allocate(offer.id)));
    // Errors first, so a failed attempt shows its error rather than a missing payload.
    expect(attempts.filter((attempt) => attempt.errors).map((attempt) => attempt.errors)).toEqual([]);
    const allocated = attempts.filter((attempt) => attempt.data?.placementAllocate.placement);
    const refusals = attempts.flatMap((attempt) => attempt.data?.placementAllocate.userErrors ?? []);
    expect(allocated).toHaveLength(5);
    expect(refusals).toHaveLength(45);
    for (const refusal of refusals) {
      expect(refusal).toEqual({
        field: ['input', 'offerId'],
        code: 'PLACEMENT_CAPACITY_FULL',
        message: 'All 5 places on this offer are allocated.',
      });
    }
    const after = await hub.query(
      birminghamAdmin,
      `{ placementOffer(id: "${offer.id}") { allocated placesLeft placements(first: 50) { totalCount } } }`,
    );
    expect(after.data!.placementOffer).toEqual({ allocated: 5, placesLeft: 0, placements: { totalCount: 5 } });
  });

  it('frees a place when a placement is cancelled, and will not cut capacity below what is allocated', async () => {
    const offer = await createOffer({ capacity: 2 });
    const first = await allocate(offer.id);
    await allocate(offer.id);
    expect((await allocate(offer.id)).data!.placementAllocate.userErrors[0].code).toBe('PLACEMENT_CAPACITY_FULL');
    const cut = await hub.query(
      birminghamAdmin,
      `mutation ($id: ID!) { placementOfferUpdate(input: { id: $id, capacity: 1 }) { placementOffer { capacity } userErrors { field code } } }`,
      { id: offer.id },
    );
    expect(cut.data!.placementOfferUpdate.userErrors).toEqual([{ field: ['input', 'capacity'], code: 'CAPACITY_BELOW_ALLOCATED' }]);
    const cancel = await hub.query(
      universityAdmin,
      `mutation ($id: ID!) { placementCancel(input: { id: $id, reason: "The student changed programme." }) { placement { status } userErrors { code } } }`,
      { id: first.data!.placementAllocate.placement.id },
    );
    expect(cancel.data!.placementCancel).toEqual({ placement: { status: 'CANCELLED' }, userErrors: [] });
    expect((await allocate(offer.id)).data!.placementAllocate.userErrors).toEqual([]);
  });

  it('shows each council’s committed, offered and allocated statutory places for the year, and the shortfall', async () => {
    await hub.query(
      birminghamAdmin,
      `mutation ($input: PlacementCommitmentSetInput!) { placementCommitmentSet(input: $input) { placementCommitment { statutoryPlaces } userErrors { code } } }`,
      { input: { partnershipId: DEMO_PARTNERSHIP_ID, councilId: BIRMINGHAM_ID, academicYear: NEXT_YEAR, statutoryPlaces: 12 } },
    );
    const partnershipAdmin = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
    const response = await hub.query(
      partnershipAdmin,
      `query ($year: AcademicYear!) { partnership(id: "${DEMO_PARTNERSHIP_ID}") { placementSupply(academicYear: $year) {
        total { committedStatutoryPlaces offeredStatutoryPlaces allocatedStatutoryPlaces shortfall }
        byCouncil { council { id name } committedStatutoryPlaces offeredStatutoryPlaces allocatedStatutoryPlaces filledStatutoryPlaces shortfall statutoryShare }
      } } }`,
      { year: NEXT_YEAR },
    );
    expect(response.errors).toBeUndefined();
    const supply = response.data!.partnership.placementSupply;
    expect(supply.byCouncil).toHaveLength(7);
    const birmingham = supply.byCouncil.find((row: { council: { id: string } }) => row.council.id === BIRMINGHAM_ID);
    expect(birmingham).toEqual({
      council: { id: BIRMINGHAM_ID, name: 'Birmingham City Council' },
      committedStatutoryPlaces: 12,
      offeredStatutoryPlaces: 7,
      allocatedStatutoryPlaces: 7,
      filledStatutoryPlaces: 0,
      shortfall: 5,
      statutoryShare: 1,
    });
    const coventry = supply.byCouncil.find((row: { council: { id: string } }) => row.council.id === COVENTRY_ID);
    expect(coventry).toMatchObject({ committedStatutoryPlaces: 0, offeredStatutoryPlaces: 0, shortfall: 0, statutoryShare: null });
    expect(supply.total).toEqual({ committedStatutoryPlaces: 12, offeredStatutoryPlaces: 7, allocatedStatutoryPlaces: 7, shortfall: 5 });
  });

  it('lets only a council’s admins offer its places, and only a university’s admins allocate its students', async () => {
    const coventryAdmin = await hub.token({ roles: ['council_admin'], councils: [COVENTRY_ID] });
    expect(errorCode(await hub.query(coventryAdmin, CREATE_OFFER, { input: offerInput() }))).toBe('FORBIDDEN');
    const offer = await createOffer({ capacity: 1 });
    const otherUniversity = await hub.token({ roles: ['university_admin'], universities: ['5a0e7c4b-0000-4000-8000-000000000001'] });
    const response = await hub.query(otherUniversity, ALLOCATE, {
      input: { offerId: offer.id, studentId: freeStudent(), universityId: DEMO_UNIVERSITY_ID },
    });
    expect(errorCode(response)).toBe('FORBIDDEN');
    const student = freeStudent();
    await allocate(offer.id, student);
    const otherAdmin = await hub.token({ roles: ['university_admin'], universities: ['5a0e7c4b-0000-4000-8000-000000000001'] });
    const claim = await hub.query(
      otherAdmin,
      `mutation ($s: ID!) { studentSkillsDaysSet(input: { studentId: $s, universityId: "5a0e7c4b-0000-4000-8000-000000000001", days: 10 }) { userErrors { code } } }`,
      { s: student },
    );
    expect(claim.data!.studentSkillsDaysSet.userErrors).toEqual([{ code: 'STUDENT_NOT_FOUND' }]);
    expect(
      errorCode(
        await hub.query(birminghamAdmin, ALLOCATE, {
          input: { offerId: offer.id, studentId: freeStudent(), universityId: DEMO_UNIVERSITY_ID },
        }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('keeps an offer’s default practice educator when the field is left out, and clears it with an explicit null', async () => {
    const educators = await hub.query(birminghamAdmin, `{ council(id: "${BIRMINGHAM_ID}") { practiceEducators { id stage } } }`);
    const educatorId = educators.data!.council.practiceEducators[0].id as string;
    const offer = await createOffer({ capacity: 1, practiceEducatorId: educatorId });
    const update = (input: Record<string, unknown>) =>
      hub.query(
        birminghamAdmin,
        `mutation ($input: PlacementOfferUpdateInput!) { placementOfferUpdate(input: $input) { placementOffer { capacity practiceEducator { id } } userErrors { code } } }`,
        { input: { id: offer.id, ...input } },
      );
    expect((await update({ capacity: 2 })).data!.placementOfferUpdate).toEqual({
      placementOffer: { capacity: 2, practiceEducator: { id: educatorId } },
      userErrors: [],
    });
    expect((await update({ practiceEducatorId: null })).data!.placementOfferUpdate).toEqual({
      placementOffer: { capacity: 2, practiceEducator: null },
      userErrors: [],
    });
  });

  it('refuses a bad offer, naming each field, and writes nothing', async () => {
    const response = await hub.query(birminghamAdmin, CREATE_OFFER, {
      input: offerInput({ capacity: 0, startsOn: '2020-01-06', endsOn: '2019-12-01', teamId: 'team-1' }),
    });
    expect(
      response.data!.placementOfferCreate.userErrors.map((error: { field: string[]; code: string }) => [error.field.at(-1), error.code]),
    ).toEqual([
      ['teamId', 'INVALID_ID'],
      ['capacity', 'OUT_OF_RANGE'],
      ['endsOn', 'DATE_ORDER'],
      ['startsOn', 'OUTSIDE_ACADEMIC_YEAR'],
    ]);
    expect(errorCode(await hub.query(birminghamAdmin, CREATE_OFFER, { input: offerInput({ academicYear: '2025-26' }) }))).toBe(
      'BAD_USER_INPUT',
    );
  });
});
