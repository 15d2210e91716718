/**
 * Placements writes that name organisations or people the caller holds no role for: each row must
 * be refused, write nothing and leave every server answering. Whose a student, a practitioner or a
 * team is, and who is a member of which partnership, is the owning subgraph's register's to say,
 * so each row names real records of another organisation (or ids on no register) in an input that
 * would otherwise be accepted; the control beside it shows the record is there to be reached.
 */
import { randomUUID } from 'node:crypto';
import { academicYearOf } from '#hub/shared/academic-year';
import { naturalKeyId } from '#hub/shared/natural-key-id';
import { DEMO_PROGRAMMES, demoStudentId } from '../subgraphs/demo-partnership';
import { attacksOn, refusedWith, type AttackCase, type Reply } from './support/attack-harness';
import {
  BIRMINGHAM_ID,
  COVENTRY_ID,
  DEMO_PARTNERSHIP_ID,
  DEMO_UNIVERSITY_ID,
  demoPermanentPractitionerIds,
  demoTeamIdOf,
} from './support/demo';
import { TEST_TODAY } from './support/test-clock';
import { startTestHub, type TestHub } from './support/test-hub';

/** A university the hub records in no partnership, and one added to the demo partnership by both sides. */
const OUTSIDER_UNIVERSITY_ID = naturalKeyId('university', '10001726');
const MEMBER_UNIVERSITY_ID = naturalKeyId('university', '10007140');
/** Ids on no register: a university and a partnership tokens may still name. */
const PHANTOM_UNIVERSITY_ID = naturalKeyId('university', '10099999');
const PHANTOM_PARTNERSHIP_ID = randomUUID();

describe('placements attacks: writes naming organisations the caller holds no role for', () => {
  let hub: TestHub;
  let birminghamAdmin: string;
  let coventryAdmin: string;
  let partnershipAdmin: string;
  let universityAdmin: string;
  let memberUniversityAdmin: string;
  let outsiderUniversityAdmin: string;
  let phantomUniversityAdmin: string;
  let otherPartnershipAdmin: string;
  let phantomPartnershipAdmin: string;
  let dashboardViewer: string;
  /** A partnership on the hub with neither Birmingham nor Coventry in it. */
  let otherPartnershipId: string;
  /** The outsider university's own student, and an open Coventry offer to the demo partnership. */
  let outsiderStudentId: string;
  let openOfferId: string;

  // Demo students of the newer cohort with no placements or skills days: free to place, and the demo university's.
  const squattedStudent = demoStudentId(DEMO_PROGRAMMES[2], 'current', DEMO_PROGRAMMES[2].studentsPerCohort - 1);
  const skillsDaysStudent = demoStudentId(DEMO_PROGRAMMES[2], 'current', DEMO_PROGRAMMES[2].studentsPerCohort - 2);
  const birminghamPractitioner = demoPermanentPractitionerIds('E08000025')[0];
  const coventryPractitioner = demoPermanentPractitionerIds('E08000026')[0];
  const unknownId = randomUUID();
  const academicYear = academicYearOf(TEST_TODAY);
  const academicYearEnd = Number(academicYear.slice(0, 4)) + 1;

  const { graphql, mutate, setUp, runAttack } = attacksOn(() => hub);

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    birminghamAdmin = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
    coventryAdmin = await hub.token({ roles: ['council_admin'], councils: [COVENTRY_ID] });
    partnershipAdmin = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
    universityAdmin = await hub.token({ roles: ['university_admin'], universities: [DEMO_UNIVERSITY_ID] });
    memberUniversityAdmin = await hub.token({ roles: ['university_admin'], universities: [MEMBER_UNIVERSITY_ID] });
    outsiderUniversityAdmin = await hub.token({ roles: ['university_admin'], universities: [OUTSIDER_UNIVERSITY_ID] });
    phantomUniversityAdmin = await hub.token({ roles: ['university_admin'], universities: [PHANTOM_UNIVERSITY_ID] });
    phantomPartnershipAdmin = await hub.token({ roles: ['partnership_admin'], partnerships: [PHANTOM_PARTNERSHIP_ID] });
    dashboardViewer = await hub.token({ roles: ['dashboard_viewer'] });

    const university = (ukprn: string, name: string, token: string) =>
      setUp(token, 'universityCreate', 'UniversityCreateInput', { ukprn, name }, 'university { id }');
    await university('10001726', 'Coventry University', outsiderUniversityAdmin);
    await university('10007140', 'Birmingham City University', memberUniversityAdmin);
    const bothSides = await hub.token({
      roles: ['partnership_admin', 'university_admin'],
      partnerships: [DEMO_PARTNERSHIP_ID],
      universities: [MEMBER_UNIVERSITY_ID],
    });
    await setUp(
      bothSides,
      'partnershipAddUniversity',
      'PartnershipUniversityInput',
      { partnershipId: DEMO_PARTNERSHIP_ID, universityId: MEMBER_UNIVERSITY_ID },
      'university { id }',
    );
    const programme = await setUp(
      outsiderUniversityAdmin,
      'programmeCreate',
      'ProgrammeCreateInput',
      { universityId: OUTSIDER_UNIVERSITY_ID, name: 'BA (Hons) Social Work', route: 'BA' },
      'programme { id }',
    );
    const student = await setUp(
      outsiderUniversityAdmin,
      'studentCreate',
      'StudentCreateInput',
      {
        programmeId: programme.programme.id,
        studentNumber: 'CU-1',
        givenName: 'Ada',
        familyName: 'Outsider',
        cohortYear: academicYearEnd - 1,
      },
      'student { id }',
    );
    outsiderStudentId = student.student.id;
    const partnership = await setUp(
      partnershipAdmin,
      'partnershipCreate',
      'PartnershipCreateInput',
      { name: 'Black Country Teaching Partnership' },
      'partnership { id }',
    );
    otherPartnershipId = partnership.partnership.id;
    otherPartnershipAdmin = await hub.token({ roles: ['partnership_admin'], partnerships: [otherPartnershipId] });
    const offer = await setUp(
      coventryAdmin,
      'placementOfferCreate',
      'PlacementOfferCreateInput',
      offerInput(COVENTRY_ID),
      'placementOffer { id }',
    );
    openOfferId = offer.placementOffer.id;
  });
  afterAll(() => hub.stop());

  function offerInput(councilId: string, overrides: Record<string, unknown> = {}) {
    return {
      partnershipId: DEMO_PARTNERSHIP_ID,
      councilId,
      academicYear,
      setting: 'VOLUNTARY_OR_PRIVATE',
      level: 'FIRST',
      capacity: 2,
      startsOn: `${academicYearEnd}-06-01`,
      endsOn: `${academicYearEnd}-07-15`,
      ...overrides,
    };
  }
  const allocation = (studentId: string, universityId: string) => ({ offerId: openOfferId, studentId, universityId });
  const commitment = (partnershipId: string, councilId = COVENTRY_ID) => ({ partnershipId, councilId, academicYear, statutoryPlaces: 258 });
  const educator = (practitionerId: string, partnershipId = DEMO_PARTNERSHIP_ID) => ({
    partnershipId,
    practitionerId,
    councilId: BIRMINGHAM_ID,
    stage: 'STAGE_1',
    qualifiedOn: '2015-07-15',
    approvedOn: TEST_TODAY,
  });

  /** The one refusal for a student who does not exist, one the caller may not see and another university's. */
  const studentNotFound = (studentId: string, universityId: string) =>
    `No student ${studentId} of university ${universityId} is on a register you may see.`;
  const practitionerNotFound = (practitionerId: string) =>
    `No practitioner ${practitionerId} is on the register of council ${BIRMINGHAM_ID} as far as you may see it.`;
  const teamNotFound = (teamId: string) => `No team ${teamId} of council ${BIRMINGHAM_ID} is on the councils register.`;

  /** Controls: the records each row aims at are there, for a caller who may reach them. */
  const studentSeenByOwnUniversity = (studentId: string) => ({
    send: () => graphql(universityAdmin, `{ student(id: "${studentId}") { id } placementOffer(id: "${openOfferId}") { placesLeft } }`),
    check: (reply: Reply) => expect(reply.body?.data).toEqual({ student: { id: studentId }, placementOffer: { placesLeft: 2 } }),
  });
  const coventrySupply = {
    send: () => graphql(dashboardViewer, `{ council(id: "${COVENTRY_ID}") { placementSupply { committedStatutoryPlaces shortfall } } }`),
    check: (reply: Reply) => expect(reply.body?.data?.council?.placementSupply).toEqual({ committedStatutoryPlaces: 8, shortfall: 0 }),
  };
  const practitionerSeenBy = (practitionerId: string, token: () => string) => ({
    send: () => graphql(token(), `{ practitioner(id: "${practitionerId}") { id } }`),
    check: (reply: Reply) => expect(reply.body?.data?.practitioner).toEqual({ id: practitionerId }),
  });
  const otherPartnershipWithoutMembers = {
    send: () => graphql(partnershipAdmin, `{ partnership(id: "${otherPartnershipId}") { id councils { id } } }`),
    check: (reply: Reply) => expect(reply.body?.data?.partnership).toEqual({ id: otherPartnershipId, councils: [] }),
  };

  const squattingCases = (): AttackCase[] => [
    {
      name: "a university in no partnership allocates the demo university's student to a partnership offer",
      send: () =>
        mutate(
          outsiderUniversityAdmin,
          'placementAllocate',
          'PlacementAllocateInput',
          allocation(squattedStudent, OUTSIDER_UNIVERSITY_ID),
          'placement { id }',
        ),
      status: 200,
      code: null,
      check: refusedWith(
        'placementAllocate',
        ['input.studentId: STUDENT_NOT_FOUND', 'input.universityId: NOT_A_MEMBER'],
        studentNotFound(squattedStudent, OUTSIDER_UNIVERSITY_ID),
      ),
      control: studentSeenByOwnUniversity(squattedStudent),
    },
    {
      name: "a university not on the hub allocates the demo university's student to a partnership offer",
      send: () =>
        mutate(
          phantomUniversityAdmin,
          'placementAllocate',
          'PlacementAllocateInput',
          allocation(squattedStudent, PHANTOM_UNIVERSITY_ID),
          'placement { id }',
        ),
      status: 200,
      code: null,
      check: refusedWith('placementAllocate', ['input.studentId: STUDENT_NOT_FOUND', 'input.universityId: NOT_A_MEMBER']),
      control: studentSeenByOwnUniversity(squattedStudent),
    },
    {
      name: "another member university allocates the demo university's student by the upper-case form of their id",
      send: () =>
        mutate(
          memberUniversityAdmin,
          'placementAllocate',
          'PlacementAllocateInput',
          allocation(squattedStudent.toUpperCase(), MEMBER_UNIVERSITY_ID),
          'placement { id }',
        ),
      status: 200,
      code: null,
      check: refusedWith('placementAllocate', ['input.studentId: STUDENT_NOT_FOUND']),
      control: studentSeenByOwnUniversity(squattedStudent),
    },
    {
      name: "another member university of the partnership allocates the demo university's student",
      send: () =>
        mutate(
          memberUniversityAdmin,
          'placementAllocate',
          'PlacementAllocateInput',
          allocation(squattedStudent, MEMBER_UNIVERSITY_ID),
          'placement { id }',
        ),
      status: 200,
      code: null,
      check: refusedWith(
        'placementAllocate',
        ['input.studentId: STUDENT_NOT_FOUND'],
        studentNotFound(squattedStudent, MEMBER_UNIVERSITY_ID),
      ),
      control: studentSeenByOwnUniversity(squattedStudent),
    },
    {
      name: 'a member university allocates a student id on no register: the same refusal as for another university’s student',
      send: () =>
        mutate(
          memberUniversityAdmin,
          'placementAllocate',
          'PlacementAllocateInput',
          allocation(unknownId, MEMBER_UNIVERSITY_ID),
          'placement { id }',
        ),
      status: 200,
      code: null,
      check: refusedWith('placementAllocate', ['input.studentId: STUDENT_NOT_FOUND'], studentNotFound(unknownId, MEMBER_UNIVERSITY_ID)),
      control: {
        send: () => graphql(memberUniversityAdmin, `{ university(id: "${MEMBER_UNIVERSITY_ID}") { partnerships { id } } }`),
        check: (reply) => expect(reply.body?.data?.university?.partnerships).toEqual([{ id: DEMO_PARTNERSHIP_ID }]),
      },
    },
    {
      name: 'a university in no partnership allocates its own student to a partnership offer',
      send: () =>
        mutate(
          outsiderUniversityAdmin,
          'placementAllocate',
          'PlacementAllocateInput',
          allocation(outsiderStudentId, OUTSIDER_UNIVERSITY_ID),
          'placement { id }',
        ),
      status: 200,
      code: null,
      check: refusedWith('placementAllocate', ['input.universityId: NOT_A_MEMBER']),
      control: {
        send: () => graphql(outsiderUniversityAdmin, `{ student(id: "${outsiderStudentId}") { university { id } } }`),
        check: (reply) => expect(reply.body?.data?.student).toEqual({ university: { id: OUTSIDER_UNIVERSITY_ID } }),
      },
    },
    {
      name: "a university in no partnership records skills days for the demo university's student",
      send: () =>
        mutate(
          outsiderUniversityAdmin,
          'studentSkillsDaysSet',
          'StudentSkillsDaysInput',
          { studentId: skillsDaysStudent, universityId: OUTSIDER_UNIVERSITY_ID, days: 30 },
          'practiceDays { skillsDays }',
        ),
      status: 200,
      code: null,
      check: refusedWith(
        'studentSkillsDaysSet',
        ['input.studentId: STUDENT_NOT_FOUND'],
        studentNotFound(skillsDaysStudent, OUTSIDER_UNIVERSITY_ID),
      ),
      control: studentSeenByOwnUniversity(skillsDaysStudent),
    },
    {
      name: "another member university records skills days for the demo university's student",
      send: () =>
        mutate(
          memberUniversityAdmin,
          'studentSkillsDaysSet',
          'StudentSkillsDaysInput',
          { studentId: skillsDaysStudent, universityId: MEMBER_UNIVERSITY_ID, days: 30 },
          'practiceDays { skillsDays }',
        ),
      status: 200,
      code: null,
      check: refusedWith('studentSkillsDaysSet', ['input.studentId: STUDENT_NOT_FOUND']),
      control: studentSeenByOwnUniversity(skillsDaysStudent),
    },
  ];

  const commitmentCases = (): AttackCase[] => [
    {
      name: "a partnership admin of a partnership that does not exist sets Coventry's commitment",
      send: () =>
        mutate(
          phantomPartnershipAdmin,
          'placementCommitmentSet',
          'PlacementCommitmentSetInput',
          commitment(PHANTOM_PARTNERSHIP_ID),
          'placementCommitment { id }',
        ),
      status: 200,
      code: null,
      check: refusedWith('placementCommitmentSet', ['input.partnershipId: NOT_A_MEMBER']),
      control: coventrySupply,
    },
    {
      name: "a partnership admin of a partnership Coventry is not in sets Coventry's commitment to it",
      send: () =>
        mutate(
          otherPartnershipAdmin,
          'placementCommitmentSet',
          'PlacementCommitmentSetInput',
          commitment(otherPartnershipId),
          'placementCommitment { id }',
        ),
      status: 200,
      code: null,
      check: refusedWith('placementCommitmentSet', ['input.partnershipId: NOT_A_MEMBER']),
      control: coventrySupply,
    },
    {
      name: "Coventry's admin promises places to a partnership Coventry is not in",
      send: () =>
        mutate(
          coventryAdmin,
          'placementCommitmentSet',
          'PlacementCommitmentSetInput',
          commitment(otherPartnershipId),
          'placementCommitment { id }',
        ),
      status: 200,
      code: null,
      check: refusedWith('placementCommitmentSet', ['input.partnershipId: NOT_A_MEMBER']),
      control: otherPartnershipWithoutMembers,
    },
  ];

  const registerCases = (): AttackCase[] => [
    {
      name: "a council admin registers another council's practitioner as its practice educator",
      send: () =>
        mutate(
          birminghamAdmin,
          'practiceEducatorRegister',
          'PracticeEducatorRegisterInput',
          educator(coventryPractitioner),
          'practiceEducator { id }',
        ),
      status: 200,
      code: null,
      check: refusedWith(
        'practiceEducatorRegister',
        ['input.practitionerId: PRACTITIONER_NOT_FOUND'],
        practitionerNotFound(coventryPractitioner),
      ),
      control: practitionerSeenBy(coventryPractitioner, () => coventryAdmin),
    },
    {
      name: "a council admin registers another council's practitioner by the upper-case form of their id",
      send: () =>
        mutate(
          birminghamAdmin,
          'practiceEducatorRegister',
          'PracticeEducatorRegisterInput',
          educator(coventryPractitioner.toUpperCase()),
          'practiceEducator { id }',
        ),
      status: 200,
      code: null,
      check: refusedWith('practiceEducatorRegister', ['input.practitionerId: PRACTITIONER_NOT_FOUND']),
      control: practitionerSeenBy(coventryPractitioner, () => coventryAdmin),
    },
    {
      name: 'a council admin registers a practitioner id on no register: the same refusal as for another council’s practitioner',
      send: () =>
        mutate(
          birminghamAdmin,
          'practiceEducatorRegister',
          'PracticeEducatorRegisterInput',
          educator(unknownId),
          'practiceEducator { id }',
        ),
      status: 200,
      code: null,
      check: refusedWith('practiceEducatorRegister', ['input.practitionerId: PRACTITIONER_NOT_FOUND'], practitionerNotFound(unknownId)),
      control: practitionerSeenBy(birminghamPractitioner, () => birminghamAdmin),
    },
    {
      name: 'a council admin registers its own practitioner on the register of a partnership the council is not in',
      send: () =>
        mutate(
          birminghamAdmin,
          'practiceEducatorRegister',
          'PracticeEducatorRegisterInput',
          educator(birminghamPractitioner, otherPartnershipId),
          'practiceEducator { id }',
        ),
      status: 200,
      code: null,
      check: refusedWith('practiceEducatorRegister', ['input.partnershipId: NOT_A_MEMBER']),
      control: otherPartnershipWithoutMembers,
    },
  ];

  const offerCases = (): AttackCase[] => [
    {
      name: "a council admin's offer names another council's team as the host team",
      send: () =>
        mutate(
          birminghamAdmin,
          'placementOfferCreate',
          'PlacementOfferCreateInput',
          offerInput(BIRMINGHAM_ID, { teamId: demoTeamIdOf('E08000026') }),
          'placementOffer { id }',
        ),
      status: 200,
      code: null,
      check: refusedWith('placementOfferCreate', ['input.teamId: TEAM_NOT_FOUND'], teamNotFound(demoTeamIdOf('E08000026'))),
      control: {
        send: () => graphql(coventryAdmin, `{ team(id: "${demoTeamIdOf('E08000026')}") { council { id } } }`),
        check: (reply) => expect(reply.body?.data?.team).toEqual({ council: { id: COVENTRY_ID } }),
      },
    },
    {
      name: "a council admin's offer names a team on no register: the same refusal",
      send: () =>
        mutate(
          birminghamAdmin,
          'placementOfferCreate',
          'PlacementOfferCreateInput',
          offerInput(BIRMINGHAM_ID, { teamId: unknownId }),
          'placementOffer { id }',
        ),
      status: 200,
      code: null,
      check: refusedWith('placementOfferCreate', ['input.teamId: TEAM_NOT_FOUND'], teamNotFound(unknownId)),
      control: {
        send: () => graphql(birminghamAdmin, `{ team(id: "${demoTeamIdOf('E08000025')}") { council { id } } }`),
        check: (reply) => expect(reply.body?.data?.team).toEqual({ council: { id: BIRMINGHAM_ID } }),
      },
    },
    {
      name: 'a council admin offers places to a partnership the council is not in',
      send: () =>
        mutate(
          birminghamAdmin,
          'placementOfferCreate',
          'PlacementOfferCreateInput',
          offerInput(BIRMINGHAM_ID, { partnershipId: otherPartnershipId }),
          'placementOffer { id }',
        ),
      status: 200,
      code: null,
      check: refusedWith('placementOfferCreate', ['input.partnershipId: NOT_A_MEMBER']),
      control: otherPartnershipWithoutMembers,
    },
    {
      name: 'a partnership admin changes the placement rules of a partnership not on the hub',
      send: () =>
        mutate(
          phantomPartnershipAdmin,
          'placementSettingsUpdate',
          'PlacementSettingsUpdateInput',
          { partnershipId: PHANTOM_PARTNERSHIP_ID, statutoryPlacementsRequired: 2 },
          'placementSettings { statutoryPlacementsRequired }',
        ),
      status: 200,
      code: null,
      check: refusedWith('placementSettingsUpdate', ['input.partnershipId: NOT_FOUND']),
      control: {
        send: () =>
          graphql(partnershipAdmin, `{ partnership(id: "${DEMO_PARTNERSHIP_ID}") { placementSettings { statutoryPlacementsRequired } } }`),
        check: (reply) => expect(reply.body?.data?.partnership).toEqual({ placementSettings: { statutoryPlacementsRequired: 1 } }),
      },
    },
  ];

  const cases: AttackCase[] = [...squattingCases(), ...commitmentCases(), ...registerCases(), ...offerCases()];

  it.each(cases)('$name: refused, nothing written, still answering', runAttack);

  it('lets those who hold the roles make the same writes, and the demo university still manages the students the attacks named', async () => {
    await setUp(
      universityAdmin,
      'placementAllocate',
      'PlacementAllocateInput',
      allocation(squattedStudent, DEMO_UNIVERSITY_ID),
      'placement { id }',
    );
    await setUp(
      universityAdmin,
      'studentSkillsDaysSet',
      'StudentSkillsDaysInput',
      { studentId: skillsDaysStudent, universityId: DEMO_UNIVERSITY_ID, days: 30 },
      'practiceDays { skillsDays }',
    );
    const students = await graphql(
      universityAdmin,
      `{ placed: student(id: "${squattedStudent}") { placements { status } } skilled: student(id: "${skillsDaysStudent}") { practiceDays { skillsDays } } }`,
    );
    expect(students.body?.data).toEqual({
      placed: { placements: [{ status: 'PROPOSED' }] },
      skilled: { practiceDays: { skillsDays: 30 } },
    });
    // The council's promise, set by its own admins or, for a member council, by the partnership's.
    await setUp(
      coventryAdmin,
      'placementCommitmentSet',
      'PlacementCommitmentSetInput',
      commitment(DEMO_PARTNERSHIP_ID),
      'placementCommitment { id }',
    );
    await setUp(
      partnershipAdmin,
      'placementCommitmentSet',
      'PlacementCommitmentSetInput',
      { ...commitment(DEMO_PARTNERSHIP_ID), statutoryPlaces: 8 },
      'placementCommitment { id }',
    );
    await setUp(
      birminghamAdmin,
      'practiceEducatorRegister',
      'PracticeEducatorRegisterInput',
      educator(birminghamPractitioner),
      'practiceEducator { id }',
    );
    await setUp(
      birminghamAdmin,
      'placementOfferCreate',
      'PlacementOfferCreateInput',
      offerInput(BIRMINGHAM_ID, { teamId: demoTeamIdOf('E08000025') }),
      'placementOffer { id }',
    );
  });
});
