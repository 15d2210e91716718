/**
 * Membership squatting: a partnership's admins reach a council's staff records, and a university's
 * teaching and visits, only once both sides have agreed to the membership. An invitation or a
 * request waiting for the other side gives nobody anything, and a partnership that is not on the
 * hub has no members.
 */
import { naturalKeyId } from '#hub/shared/natural-key-id';
import { attacksOn, userErrorCodes, type AttackCase } from './support/attack-harness';
import { BIRMINGHAM_ID, COVENTRY_ID, DEMO_PARTNERSHIP_ID } from './support/demo';
import { startTestHub, type TestHub } from './support/test-hub';
import { TEST_TODAY } from './support/test-clock';

/** A council not on the hub until a partnership admin records it "into" their partnership. */
const WAKEFIELD_ID = naturalKeyId('council', 'E08000036');
const OTHER_UNIVERSITY_ID = naturalKeyId('university', '10001726');
const PARTNERSHIP_NOT_ON_THE_HUB = '5a0e7c4b-0000-4000-8000-00000000abcd';

describe('joining a partnership takes both sides’ say-so', () => {
  let hub: TestHub;
  let partnershipAdmin: string;
  let wakefieldAdmin: string;
  let birminghamAdmin: string;
  let coventryAdmin: string;
  let invitingAdmin: string;
  let otherUniversityAdmin: string;
  let wakefieldPractitionerId: string;
  let requestingUniversityVisitId: string;
  const { graphql, mutate, setUp, runAttack } = attacksOn(() => hub);

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    partnershipAdmin = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
    wakefieldAdmin = await hub.token({ roles: ['council_admin'], councils: [WAKEFIELD_ID] });
    birminghamAdmin = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
    coventryAdmin = await hub.token({ roles: ['council_admin'], councils: [COVENTRY_ID] });
    otherUniversityAdmin = await hub.token({ roles: ['university_admin'], universities: [OTHER_UNIVERSITY_ID] });

    // The squat: the demo partnership's admin records Wakefield "into" the partnership before Wakefield is on the hub.
    await setUp(
      partnershipAdmin,
      'councilCreate',
      'CouncilCreateInput',
      { gssCode: 'E08000036', name: 'Wakefield Council', region: 'YORKSHIRE_AND_THE_HUMBER', partnershipId: DEMO_PARTNERSHIP_ID },
      'council { id }',
    );
    const recorded = await setUp(
      wakefieldAdmin,
      'practitionerCreate',
      'PractitionerCreateInput',
      {
        sweNumber: 'SW777001',
        givenName: 'Robin',
        familyName: 'Hale',
        councilId: WAKEFIELD_ID,
        role: 'SOCIAL_WORKER',
        pcfLevel: 'SOCIAL_WORKER',
        employment: 'PERMANENT',
        qualifiedOn: '2020-07-01',
        startedOn: '2020-09-01',
      },
      'practitioner { id }',
    );
    wakefieldPractitionerId = recorded.practitioner.id;

    // A partnership that invited Birmingham, which has not answered.
    const started = await setUp(
      await hub.token({ roles: ['partnership_admin'] }),
      'partnershipCreate',
      'PartnershipCreateInput',
      { name: 'Invitation Only Partnership', councilIds: [BIRMINGHAM_ID] },
      'partnership { id }',
    );
    invitingAdmin = await hub.token({ roles: ['partnership_admin'], partnerships: [started.partnership.id] });

    // A university that asked to join the demo partnership, which has not answered, and a visit it asked for.
    await setUp(
      otherUniversityAdmin,
      'universityCreate',
      'UniversityCreateInput',
      { ukprn: '10001726', name: 'Coventry University' },
      'university { id }',
    );
    await setUp(
      otherUniversityAdmin,
      'partnershipAddUniversity',
      'PartnershipUniversityInput',
      { partnershipId: DEMO_PARTNERSHIP_ID, universityId: OTHER_UNIVERSITY_ID },
      'status',
    );
    const lecturer = await setUp(
      otherUniversityAdmin,
      'lecturerCreate',
      'LecturerCreateInput',
      { universityId: OTHER_UNIVERSITY_ID, givenName: 'Sam', familyName: 'Okafor', jobTitle: 'Senior Lecturer' },
      'lecturer { id }',
    );
    const visit = await setUp(
      otherUniversityAdmin,
      'shadowingVisitRequest',
      'ShadowingVisitRequestInput',
      {
        lecturerId: lecturer.lecturer.id,
        councilId: BIRMINGHAM_ID,
        kind: 'LEADERSHIP_TEAM',
        visitOn: TEST_TODAY,
        plannedHours: 3,
        purpose: 'To see how the leadership team plans its workforce.',
      },
      'shadowingVisit { id }',
    );
    requestingUniversityVisitId = visit.shadowingVisit.id;
  });
  afterAll(() => hub.stop());

  const wakefieldStaff = (token: string, councilId = WAKEFIELD_ID) =>
    graphql(token, 'query ($id: ID!) { practitioners(filter: { councilId: $id }) { nodes { id } } }', { id: councilId });
  const seesWakefieldStaff = {
    send: () => wakefieldStaff(wakefieldAdmin),
    check: (reply: { body: { data?: Record<string, any> | null } | null }) =>
      expect(reply.body?.data?.practitioners.nodes).toEqual([{ id: wakefieldPractitionerId }]),
  };

  const cases = (): AttackCase[] => [
    {
      name: 'a partnership admin lists the staff of a council it recorded into its partnership',
      send: () => wakefieldStaff(partnershipAdmin),
      status: 200,
      code: 'FORBIDDEN',
      control: seesWakefieldStaff,
    },
    {
      name: 'the same by the council’s upper-case id',
      send: () => wakefieldStaff(partnershipAdmin, WAKEFIELD_ID.toUpperCase()),
      status: 200,
      code: 'FORBIDDEN',
      control: seesWakefieldStaff,
    },
    {
      name: 'the same through Council.practitioners',
      send: () => graphql(partnershipAdmin, `{ council(id: "${WAKEFIELD_ID}") { practitioners { nodes { id } } } }`),
      status: 200,
      code: 'FORBIDDEN',
      control: seesWakefieldStaff,
    },
    {
      name: 'a partnership admin changes a practitioner of a council it recorded into its partnership',
      send: () =>
        mutate(
          partnershipAdmin,
          'practitionerUpdate',
          'PractitionerUpdateInput',
          { id: wakefieldPractitionerId, familyName: 'Changed' },
          'practitioner { id }',
        ),
      status: 200,
      code: null,
      check: (reply) => expect(userErrorCodes(reply, 'practitionerUpdate')).toEqual(['input.id: PRACTITIONER_NOT_FOUND']),
      control: seesWakefieldStaff,
    },
    {
      name: 'a partnership admin files a workforce return for a council it recorded into its partnership',
      send: () =>
        mutate(
          partnershipAdmin,
          'workforceSnapshotCreate',
          'WorkforceSnapshotCreateInput',
          { councilId: WAKEFIELD_ID, censusDate: '2025-09-30', permanentFte: 100, agencyFte: 10, vacancyFte: 5, leaverFte: 8 },
          'workforceSnapshot { id }',
        ),
      status: 200,
      code: 'FORBIDDEN',
      control: seesWakefieldStaff,
    },
    {
      name: 'a partnership counts a council it only invited among its members',
      send: () => graphql(partnershipAdmin, `{ partnership(id: "${DEMO_PARTNERSHIP_ID}") { councils { id } } }`),
      status: 200,
      code: null,
      check: (reply) => expect(reply.body?.data?.partnership.councils).not.toContainEqual({ id: WAKEFIELD_ID }),
      control: {
        send: () =>
          graphql(partnershipAdmin, `{ partnership(id: "${DEMO_PARTNERSHIP_ID}") { councilRequests { council { id } status } } }`),
        check: (reply) =>
          expect(reply.body?.data?.partnership.councilRequests).toContainEqual({ council: { id: WAKEFIELD_ID }, status: 'INVITED' }),
      },
    },
    {
      name: 'a partnership admin lists the staff of a council it invited that has not answered',
      send: () => wakefieldStaff(invitingAdmin, BIRMINGHAM_ID),
      status: 200,
      code: 'FORBIDDEN',
      control: {
        send: () => wakefieldStaff(birminghamAdmin, BIRMINGHAM_ID),
        check: (reply) => expect(reply.body?.data?.practitioners.nodes.length).toBeGreaterThan(0),
      },
    },
    {
      name: 'another council’s admin takes Birmingham out of the demo partnership',
      send: () =>
        mutate(
          coventryAdmin,
          'partnershipRemoveCouncil',
          'PartnershipCouncilInput',
          { partnershipId: DEMO_PARTNERSHIP_ID, councilId: BIRMINGHAM_ID },
          'status',
        ),
      status: 200,
      code: 'FORBIDDEN',
      control: {
        send: () => graphql(birminghamAdmin, `{ council(id: "${BIRMINGHAM_ID}") { partnerships { id } } }`),
        check: (reply) => expect(reply.body?.data?.council.partnerships).toContainEqual({ id: DEMO_PARTNERSHIP_ID }),
      },
    },
    {
      name: 'a partnership admin reads a visit of a university that only asked to join',
      send: () => graphql(partnershipAdmin, `{ shadowingVisit(id: "${requestingUniversityVisitId}") { id purpose } }`),
      status: 200,
      code: null,
      check: (reply) => expect(reply.body?.data?.shadowingVisit).toBeNull(),
      control: {
        send: () => graphql(otherUniversityAdmin, `{ shadowingVisit(id: "${requestingUniversityVisitId}") { id } }`),
        check: (reply) => expect(reply.body?.data?.shadowingVisit).toEqual({ id: requestingUniversityVisitId }),
      },
    },
    {
      name: 'a partnership counts a university that only asked to join among its members',
      send: () => graphql(partnershipAdmin, `{ partnership(id: "${DEMO_PARTNERSHIP_ID}") { universities { id } } }`),
      status: 200,
      code: null,
      check: (reply) => expect(reply.body?.data?.partnership.universities).not.toContainEqual({ id: OTHER_UNIVERSITY_ID }),
      control: {
        send: () =>
          graphql(partnershipAdmin, `{ partnership(id: "${DEMO_PARTNERSHIP_ID}") { universityRequests { university { id } status } } }`),
        check: (reply) =>
          expect(reply.body?.data?.partnership.universityRequests).toEqual([
            { university: { id: OTHER_UNIVERSITY_ID }, status: 'REQUESTED' },
          ]),
      },
    },
    {
      name: 'a university joins a partnership that is not on the hub, with a token naming both',
      send: async () =>
        mutate(
          await hub.token({
            roles: ['university_admin', 'partnership_admin'],
            universities: [OTHER_UNIVERSITY_ID],
            partnerships: [PARTNERSHIP_NOT_ON_THE_HUB],
          }),
          'partnershipAddUniversity',
          'PartnershipUniversityInput',
          { partnershipId: PARTNERSHIP_NOT_ON_THE_HUB, universityId: OTHER_UNIVERSITY_ID },
          'status',
        ),
      status: 200,
      code: null,
      check: (reply) => expect(userErrorCodes(reply, 'partnershipAddUniversity')).toEqual(['input.partnershipId: NOT_FOUND']),
      control: {
        send: () =>
          graphql(otherUniversityAdmin, `{ university(id: "${OTHER_UNIVERSITY_ID}") { partnershipRequests { partnership { id } } } }`),
        check: (reply) => expect(reply.body?.data?.university.partnershipRequests).toEqual([{ partnership: { id: DEMO_PARTNERSHIP_ID } }]),
      },
    },
  ];

  it.each(cases())('$name: a clear error, nothing written, still answering', runAttack);
});
