/**
 * Bad input and attacks, one table: each case must get a clear error (HTTP status and code), write
 * nothing, and leave every server answering. "Nothing written" is read off the audit log: every
 * write makes an audit event, so an unchanged count of events in every subgraph means no change.
 * Rows that aim at another organisation's records name real ones, so a missing check would show.
 */
import { SignJWT, UnsecuredJWT } from 'jose';
import { academicYearOf } from '#hub/shared/academic-year';
import { naturalKeyId } from '#hub/shared/natural-key-id';
import { subgraphRegistry } from '#hub/shared/subgraph-registry';
import { DEMO_COUNCILS, DEMO_PROGRAMMES, demoLecturerId, demoPractitionerPlaces, demoStudentId } from '../subgraphs/demo-partnership';
import { BIRMINGHAM_ID, COVENTRY_ID, DEMO_PARTNERSHIP_ID, DEMO_UNIVERSITY_ID, demoPermanentPractitionerIds } from './support/demo';
import { aliasedQuery, costlyQuery, directiveQuery, nestedQuery, tokenQuery } from './support/query-shapes';
import { startTestHub, type TestHub } from './support/test-hub';
import { TEST_TODAY } from './support/test-clock';
import { attacksOn, ENTITIES, entities, get, post, userErrorCodes, type AttackCase, type Reply } from './support/attack-harness';

const BIRMINGHAM_GSS = 'E08000025';
const COVENTRY_GSS = 'E08000026';
/** A second university, recorded by its own admin before the attacks, to attack the demo university from. */
const OTHER_UNIVERSITY_UKPRN = '10001726';
const OTHER_UNIVERSITY_ID = naturalKeyId('university', OTHER_UNIVERSITY_UKPRN);
const SQL_METACHARACTERS = [
  `' OR '1'='1`,
  `'; DROP TABLE councils.council; --`,
  `%`,
  `_`,
  `\\`,
  `") OR 1=1 --`,
  `$1`,
  `*/ SELECT pg_sleep(5) /*`,
];
/** Organisation claims that look like a way to name organisations but are not ids. */
const NOT_IDS = [
  BIRMINGHAM_GSS,
  'Birmingham City Council',
  '*',
  '%',
  `' OR '1'='1`,
  '',
  `${BIRMINGHAM_ID} `,
  BIRMINGHAM_ID.replace(/-/g, ''),
  DEMO_PARTNERSHIP_ID.replace(/-/g, ''),
  DEMO_UNIVERSITY_ID.replace(/-/g, ''),
];

describe('the attack and bad-input suite', () => {
  let hub: TestHub;
  let birminghamAdmin: string;
  let coventryAdmin: string;
  let partnershipAdmin: string;
  let universityAdmin: string;
  let otherUniversityAdmin: string;
  let dashboardViewer: string;
  /** Coventry's stage 2 practice educator's registration, and a Coventry offer of theirs with one place taken and one free. */
  let coventryEducatorId: string;
  let coventryOfferId: string;
  const claims = { roles: ['council_admin' as const], councils: [BIRMINGHAM_ID] };

  const birminghamPractitioner = demoPermanentPractitionerIds(BIRMINGHAM_GSS)[0];
  const coventryStaff = demoPermanentPractitionerIds(COVENTRY_GSS);
  // The leadership demo records Coventry's first 24 permanent staff (CPD) and some of its last; the 25th to 30th, used here, it has never heard of.
  const coventryPractitioner = coventryStaff[0];
  const coventryPractitionersUnknownToLeadership = coventryStaff.slice(24, 30);
  // The placements demo registers each council's last four permanent staff as practice educators, the last at stage 2.
  const coventryEducatorPractitioner = coventryStaff.at(-1)!;
  // A student of the demo university's older cohort with skills days but no placements: free to place, but the demo university's.
  const demoUniversityStudent = demoStudentId(DEMO_PROGRAMMES[3], 'previous', DEMO_PROGRAMMES[3].studentsPerCohort - 1);
  // A student of the demo university's newer cohort with no records here, placed on the Coventry offer below.
  const placedStudent = demoStudentId(DEMO_PROGRAMMES[3], 'current', DEMO_PROGRAMMES[3].studentsPerCohort - 1);
  const academicYear = academicYearOf(TEST_TODAY);
  const academicYearEnd = Number(academicYear.slice(0, 4)) + 1;

  const { graphql, setUp, runAttack } = attacksOn(() => hub);

  const offerInput = (councilId: string, practiceEducatorId: string | null) => ({
    partnershipId: DEMO_PARTNERSHIP_ID,
    councilId,
    academicYear,
    setting: 'VOLUNTARY_OR_PRIVATE',
    level: 'FIRST',
    capacity: 2,
    startsOn: `${academicYearEnd}-06-01`,
    endsOn: `${academicYearEnd}-07-15`,
    practiceEducatorId,
  });

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    birminghamAdmin = await hub.token(claims);
    coventryAdmin = await hub.token({ roles: ['council_admin'], councils: [COVENTRY_ID] });
    partnershipAdmin = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
    universityAdmin = await hub.token({ roles: ['university_admin'], universities: [DEMO_UNIVERSITY_ID] });
    otherUniversityAdmin = await hub.token({ roles: ['university_admin'], universities: [OTHER_UNIVERSITY_ID] });
    dashboardViewer = await hub.token({ roles: ['dashboard_viewer'] });

    await setUp(
      otherUniversityAdmin,
      'universityCreate',
      'UniversityCreateInput',
      { ukprn: OTHER_UNIVERSITY_UKPRN, name: 'Coventry University' },
      'university { id }',
    );
    const educator = await graphql(coventryAdmin, `{ practitioner(id: "${coventryEducatorPractitioner}") { practiceEducator { id } } }`);
    coventryEducatorId = educator.body!.data!.practitioner.practiceEducator.id;
    // A placement that is live whatever today's date, so the educator's current placements are never empty.
    const created = await setUp(
      coventryAdmin,
      'placementOfferCreate',
      'PlacementOfferCreateInput',
      offerInput(COVENTRY_ID, coventryEducatorId),
      'placementOffer { id }',
    );
    coventryOfferId = created.placementOffer.id;
    await setUp(
      universityAdmin,
      'placementAllocate',
      'PlacementAllocateInput',
      { offerId: coventryOfferId, studentId: placedStudent, universityId: DEMO_UNIVERSITY_ID },
      'placement { id }',
    );
  });
  afterAll(() => hub.stop());

  interface TokenOptions {
    issuer?: string;
    audience?: string;
    /** `null` leaves `exp` out. */
    expires?: number | string | null;
    notBefore?: string;
    algorithm?: string;
    claims?: Record<string, unknown>;
  }
  const signedWith = (secret: string, options: TokenOptions = {}) => {
    const token = new SignJWT(options.claims ?? { ...claims })
      .setProtectedHeader({ alg: options.algorithm ?? 'HS256' })
      .setSubject('attacker')
      .setIssuer(options.issuer ?? hub.config.jwt.issuer)
      .setAudience(options.audience ?? hub.config.jwt.audience)
      .setIssuedAt();
    if (options.expires !== null) token.setExpirationTime(options.expires ?? '1h');
    if (options.notBefore) token.setNotBefore(options.notBefore);
    return token.sign(new TextEncoder().encode(secret));
  };
  const devSecret = () => hub.config.jwt.secret!;
  const RENAME_BIRMINGHAM = `mutation { councilUpdate(input: { id: "${BIRMINGHAM_ID}", name: "Renamed by an attacker" }) { council { name } userErrors { code } } }`;

  const tokenCases = (): AttackCase[] =>
    ['gateway', ...subgraphRegistry.map((entry) => entry.name)].flatMap((target) => {
      const url = () => (target === 'gateway' ? hub.gatewayUrl : hub.subgraphs[target].url);
      const refused = (name: string, token: () => Promise<string | null>): AttackCase => ({
        name: `${target}: ${name}`,
        send: async () => graphql(await token(), RENAME_BIRMINGHAM, {}, url()),
        status: 401,
        code: 'UNAUTHENTICATED',
      });
      return [
        refused('no token', async () => null),
        refused('an expired token', () => signedWith(devSecret(), { expires: Math.floor(Date.now() / 1000) - 60 })),
        refused('a token with no expiry (no "exp")', () => signedWith(devSecret(), { expires: null })),
        refused('a token not valid for another 30 minutes ("nbf")', () => signedWith(devSecret(), { notBefore: '30m' })),
        refused('a token signed with another secret', () => signedWith('another-secret-that-is-long-enough-to-be-accepted')),
        refused('an HS512 token signed with the right secret', () => signedWith(devSecret(), { algorithm: 'HS512' })),
        refused('an alg:none token', async () =>
          new UnsecuredJWT({ ...claims })
            .setSubject('attacker')
            .setIssuer(hub.config.jwt.issuer)
            .setAudience(hub.config.jwt.audience)
            .setExpirationTime('1h')
            .encode(),
        ),
        refused('a token for another audience', () => signedWith(devSecret(), { audience: 'another-service' })),
        refused('a token from another issuer', () => signedWith(devSecret(), { issuer: 'someone-else' })),
        refused('a token whose only role is unknown', () =>
          signedWith(devSecret(), { claims: { roles: ['superuser'], councils: [BIRMINGHAM_ID] } }),
        ),
        refused('a token with its payload altered', async () => {
          const [header, , signature] = (await signedWith(devSecret())).split('.');
          const payload = Buffer.from(JSON.stringify({ ...claims, councils: [COVENTRY_ID], sub: 'attacker' })).toString('base64url');
          return `${header}.${payload}.${signature}`;
        }),
        refused('garbage in place of a token', async () => 'not.a.jwt'),
      ];
    });

  /** A valid token for every admin role, whose organisation claims are all things other than ids. */
  const notIdsToken = () =>
    hub.token({
      roles: ['council_admin', 'university_admin', 'partnership_admin'],
      councils: NOT_IDS,
      universities: NOT_IDS,
      partnerships: NOT_IDS,
    });
  const claimCases = (): AttackCase[] => [
    {
      name: 'organisation claims that are not ids: renaming Birmingham',
      send: async () => graphql(await notIdsToken(), RENAME_BIRMINGHAM),
      status: 200,
      code: 'FORBIDDEN',
    },
    {
      name: 'organisation claims that are not ids: the demo university’s students',
      send: async () =>
        graphql(await notIdsToken(), `{ students(filter: { universityId: "${DEMO_UNIVERSITY_ID}" }) { totalCount nodes { id } } }`),
      status: 200,
      code: 'FORBIDDEN',
    },
    {
      name: 'organisation claims that are not ids: renaming the demo partnership',
      send: async () =>
        graphql(
          await notIdsToken(),
          `mutation { partnershipRename(input: { id: "${DEMO_PARTNERSHIP_ID}", name: "Taken over" }) { partnership { name } userErrors { code } } }`,
        ),
      status: 200,
      code: 'FORBIDDEN',
    },
  ];

  const otherOrganisationReadCases = (): AttackCase[] => {
    const practitionerById = (token: () => string) => () =>
      graphql(token(), `{ practitioner(id: "${coventryPractitioner}") { id familyName } }`);
    const practitionerEntity = (token: () => string) => () =>
      graphql(
        token(),
        ENTITIES('... on Practitioner { id sweNumber familyName }'),
        { r: [{ __typename: 'Practitioner', id: coventryPractitioner }] },
        hub.subgraphs.councils.url,
      );
    const asyeAndCpdEntity = (token: () => string) => () =>
      graphql(
        token(),
        ENTITIES('... on Practitioner { asye { id } cpd { id title } }'),
        { r: [{ __typename: 'Practitioner', id: coventryPractitioner }] },
        hub.subgraphs.leadership.url,
      );
    const educatorEntity = (token: () => string) => () =>
      graphql(
        token(),
        ENTITIES('... on Practitioner { practiceEducator { id stage currentPlacements { id student { id } } } }'),
        { r: [{ __typename: 'Practitioner', id: coventryEducatorPractitioner }] },
        hub.subgraphs.placements.url,
      );
    const firstStudent = async () => {
      const students = await graphql(
        universityAdmin,
        `{ students(filter: { universityId: "${DEMO_UNIVERSITY_ID}" }, first: 1) { nodes { id } } }`,
      );
      return students.body!.data!.students.nodes[0].id;
    };
    const studentEntity = (token: () => string) => async () =>
      graphql(
        token(),
        ENTITIES('... on Student { id givenName familyName }'),
        { r: [{ __typename: 'Student', id: await firstStudent() }] },
        hub.subgraphs.universities.url,
      );
    return [
      {
        name: "a council admin asks for another council's practitioner by id",
        send: practitionerById(() => birminghamAdmin),
        status: 200,
        code: null,
        check: (reply) => expect(reply.body?.data?.practitioner).toBeNull(),
        control: {
          send: practitionerById(() => coventryAdmin),
          check: (reply) => expect(reply.body?.data?.practitioner).toEqual({ id: coventryPractitioner, familyName: expect.any(String) }),
        },
      },
      {
        name: "a council admin lists another council's practitioners",
        send: () => graphql(birminghamAdmin, `{ practitioners(filter: { councilId: "${COVENTRY_ID}" }) { nodes { id familyName } } }`),
        status: 200,
        code: 'FORBIDDEN',
      },
      {
        name: "councils subgraph _entities: another council's practitioner",
        send: practitionerEntity(() => birminghamAdmin),
        status: 200,
        code: 'FORBIDDEN',
        check: (reply) => expect(entities(reply)).toEqual([null]),
        control: {
          send: practitionerEntity(() => coventryAdmin),
          check: (reply) => expect(entities(reply)).toEqual([expect.objectContaining({ id: coventryPractitioner })]),
        },
      },
      {
        name: 'universities subgraph _entities: a student, asked by a council admin',
        send: studentEntity(() => birminghamAdmin),
        status: 200,
        code: 'FORBIDDEN',
        check: (reply) => expect(entities(reply)).toEqual([null]),
        control: {
          send: studentEntity(() => universityAdmin),
          check: (reply) => expect(entities(reply)).toEqual([expect.objectContaining({ givenName: expect.any(String) })]),
        },
      },
      {
        name: "leadership subgraph _entities: another council's practitioner's ASYE and CPD",
        send: asyeAndCpdEntity(() => birminghamAdmin),
        status: 200,
        code: null,
        check: (reply) => expect(entities(reply)).toEqual([{ asye: null, cpd: [] }]),
        control: {
          send: asyeAndCpdEntity(() => coventryAdmin),
          check: (reply) => expect(entities(reply)?.[0]?.asye).toEqual({ id: expect.any(String) }),
        },
      },
      {
        // The register itself is open to every signed-in user but dashboard_viewer; the students on it are not.
        name: "placements subgraph _entities: another council's practice educator's current placements",
        send: educatorEntity(() => birminghamAdmin),
        status: 200,
        code: null,
        check: (reply) =>
          expect(entities(reply)).toEqual([{ practiceEducator: { id: coventryEducatorId, stage: 'STAGE_2', currentPlacements: [] } }]),
        control: {
          send: educatorEntity(() => coventryAdmin),
          check: (reply) => expect(entities(reply)?.[0]?.practiceEducator?.currentPlacements?.length).toBeGreaterThan(0),
        },
      },
      {
        name: 'placements subgraph _entities: a practice educator record, asked by a dashboard viewer',
        send: educatorEntity(() => dashboardViewer),
        status: 200,
        code: null,
        check: (reply) => expect(entities(reply)).toEqual([{ practiceEducator: null }]),
        control: {
          send: educatorEntity(() => coventryAdmin),
          check: (reply) => expect(entities(reply)?.[0]?.practiceEducator?.id).toBe(coventryEducatorId),
        },
      },
      {
        name: 'a partnership admin of another partnership reads the demo partnership’s practitioners',
        send: async () =>
          graphql(
            await hub.token({ roles: ['partnership_admin'], partnerships: ['00000000-0000-4000-8000-000000000001'] }),
            `{ practitioner(id: "${birminghamPractitioner}") { id familyName } }`,
          ),
        status: 200,
        code: null,
        check: (reply) => expect(reply.body?.data?.practitioner).toBeNull(),
        control: {
          send: () => graphql(partnershipAdmin, `{ practitioner(id: "${birminghamPractitioner}") { id familyName } }`),
          check: (reply) => expect(reply.body?.data?.practitioner?.id).toBe(birminghamPractitioner),
        },
      },
    ];
  };

  /** Each input is valid but for whose records it names, so a missing check would write. */
  const otherOrganisationWriteCases = (): AttackCase[] => {
    const mutate =
      (token: () => string, payload: string, inputType: string, input: () => Record<string, unknown>, selection: string) => () =>
        graphql(token(), `mutation ($input: ${inputType}!) { ${payload}(input: $input) { ${selection} userErrors { field code } } }`, {
          input: input(),
        });
    const cpdInput = (practitionerId: string, councilId: string) => ({
      practitionerId,
      councilId,
      type: 'COURSE',
      title: 'Court skills',
      completedOn: `${academicYearEnd - 1}-07-01`,
      hours: 3,
      learning: 'Giving evidence in care proceedings.',
      impact: 'Better prepared statements.',
    });
    const [asyePractitioner, asyeAssessor, cpdPractitioner, unrecordedCpdPractitioner, unrecordedAsyePractitioner, unrecordedAssessor] =
      coventryPractitionersUnknownToLeadership;
    const sessionInput = (universityId: string, lecturerIds: string[]) => ({
      universityId,
      title: 'Assessing risk with families',
      topic: 'Risk assessment',
      kind: 'SEMINAR',
      startsAt: `${academicYearEnd}-03-10T14:00:00.000Z`,
      durationMinutes: 90,
      place: 'Muirhead Tower, room 112',
      capacity: 30,
      lecturerIds,
    });
    return [
      {
        name: "a council admin updates another council's practitioner, refused as an unknown id is",
        send: () =>
          graphql(
            birminghamAdmin,
            `mutation { practitionerUpdate(input: { id: "${coventryPractitioner}", familyName: "Changed" }) { userErrors { code } } }`,
          ),
        status: 200,
        code: null,
        check: (reply) => expect(reply.body?.data?.practitionerUpdate.userErrors).toEqual([{ code: 'PRACTITIONER_NOT_FOUND' }]),
      },
      {
        name: 'a council admin renames another council',
        send: () =>
          graphql(birminghamAdmin, `mutation { councilUpdate(input: { id: "${COVENTRY_ID}", name: "Taken" }) { userErrors { code } } }`),
        status: 200,
        code: 'FORBIDDEN',
      },
      {
        name: 'placements: a council admin offers places as another council',
        send: mutate(
          () => birminghamAdmin,
          'placementOfferCreate',
          'PlacementOfferCreateInput',
          () => offerInput(COVENTRY_ID, coventryEducatorId),
          'placementOffer { id }',
        ),
        status: 200,
        code: 'FORBIDDEN',
      },
      {
        name: "placements: a council admin changes another council's offer",
        send: mutate(
          () => birminghamAdmin,
          'placementOfferUpdate',
          'PlacementOfferUpdateInput',
          () => ({ id: coventryOfferId, capacity: 20 }),
          'placementOffer { capacity }',
        ),
        status: 200,
        code: 'FORBIDDEN',
      },
      {
        name: "placements: a council admin's own offer with another council's practice educator",
        send: mutate(
          () => birminghamAdmin,
          'placementOfferCreate',
          'PlacementOfferCreateInput',
          () => offerInput(BIRMINGHAM_ID, coventryEducatorId),
          'placementOffer { id }',
        ),
        status: 200,
        code: null,
        check: (reply) =>
          expect(userErrorCodes(reply, 'placementOfferCreate')).toEqual(['input.practiceEducatorId: EDUCATOR_OF_OTHER_COUNCIL']),
      },
      {
        name: "placements: a university admin places another university's student on an offer with a free place",
        send: mutate(
          () => otherUniversityAdmin,
          'placementAllocate',
          'PlacementAllocateInput',
          () => ({ offerId: coventryOfferId, studentId: demoUniversityStudent, universityId: OTHER_UNIVERSITY_ID }),
          'placement { id }',
        ),
        status: 200,
        code: null,
        check: (reply) =>
          expect(userErrorCodes(reply, 'placementAllocate')).toEqual([
            'input.studentId: STUDENT_NOT_FOUND',
            'input.universityId: NOT_A_MEMBER',
          ]),
      },
      {
        name: 'universities: a university admin schedules a session for another university',
        send: mutate(
          () => otherUniversityAdmin,
          'teachingSessionCreate',
          'TeachingSessionCreateInput',
          () => sessionInput(DEMO_UNIVERSITY_ID, [demoLecturerId(0)]),
          'teachingSession { id }',
        ),
        status: 200,
        code: 'FORBIDDEN',
      },
      {
        name: "universities: a university admin's own session with another university's lecturer",
        send: mutate(
          () => otherUniversityAdmin,
          'teachingSessionCreate',
          'TeachingSessionCreateInput',
          () => sessionInput(OTHER_UNIVERSITY_ID, [demoLecturerId(0)]),
          'teachingSession { id }',
        ),
        status: 200,
        code: null,
        check: (reply) =>
          expect(userErrorCodes(reply, 'teachingSessionCreate')).toEqual(['input.lecturerIds: LECTURER_OF_OTHER_UNIVERSITY']),
      },
      {
        name: "leadership: a council admin starts an ASYE for another council's practitioner",
        send: mutate(
          () => birminghamAdmin,
          'asyeStart',
          'AsyeStartInput',
          () => ({
            practitionerId: asyePractitioner,
            councilId: COVENTRY_ID,
            assessorPractitionerId: asyeAssessor,
            startedOn: `${academicYearEnd - 1}-08-01`,
          }),
          'asyeRecord { id }',
        ),
        status: 200,
        code: 'FORBIDDEN',
      },
      {
        name: "leadership: a council admin records CPD for another council's practitioner",
        send: mutate(
          () => birminghamAdmin,
          'cpdRecordAdd',
          'CpdRecordAddInput',
          () => cpdInput(cpdPractitioner, COVENTRY_ID),
          'cpdRecord { id }',
        ),
        status: 200,
        code: 'FORBIDDEN',
      },
      {
        name: "leadership: a council admin records CPD under their own council for another council's practitioner",
        send: mutate(
          () => birminghamAdmin,
          'cpdRecordAdd',
          'CpdRecordAddInput',
          () => cpdInput(coventryPractitioner, BIRMINGHAM_ID),
          'cpdRecord { id }',
        ),
        status: 200,
        code: null,
        check: (reply) => expect(userErrorCodes(reply, 'cpdRecordAdd')).toEqual(['input.practitionerId: PRACTITIONER_NOT_FOUND']),
      },
      {
        name: "leadership: a council admin records CPD under their own council for another council's practitioner new to leadership",
        send: mutate(
          () => birminghamAdmin,
          'cpdRecordAdd',
          'CpdRecordAddInput',
          () => cpdInput(unrecordedCpdPractitioner, BIRMINGHAM_ID),
          'cpdRecord { id }',
        ),
        status: 200,
        code: null,
        check: (reply) =>
          expect(reply.body?.data?.cpdRecordAdd).toMatchObject({ cpdRecord: null, userErrors: [{ code: 'PRACTITIONER_NOT_FOUND' }] }),
      },
      {
        name: "leadership: a council admin starts an ASYE under their own council for another council's practitioner new to leadership",
        send: mutate(
          () => birminghamAdmin,
          'asyeStart',
          'AsyeStartInput',
          () => ({
            practitionerId: unrecordedAsyePractitioner,
            councilId: BIRMINGHAM_ID,
            assessorPractitionerId: unrecordedAssessor,
            startedOn: `${academicYearEnd - 1}-08-01`,
          }),
          'asyeRecord { id }',
        ),
        status: 200,
        code: null,
        check: (reply) =>
          expect(reply.body?.data?.asyeStart).toMatchObject({
            asyeRecord: null,
            userErrors: [{ code: 'PRACTITIONER_NOT_FOUND' }, { code: 'PRACTITIONER_NOT_FOUND' }],
          }),
      },
    ];
  };

  const inputCases = (): AttackCase[] => {
    const allDemoPractitioners = DEMO_COUNCILS.flatMap((council) => demoPractitionerPlaces(council).map((place) => place.id));
    const birminghamPractitioners = demoPractitionerPlaces(DEMO_COUNCILS[0]).map((place) => place.id);
    // Every demo practitioner of every council, then short ids that match nobody: 2,000 in all, within the body limit.
    const manyRepresentations = [
      ...allDemoPractitioners,
      ...Array.from({ length: 2_000 - allDemoPractitioners.length }, (_, index) => String(index)),
    ].map((id) => ({ __typename: 'Practitioner', id }));
    const updatePractitioner = (variable: string, type: string, value: unknown) => () =>
      graphql(
        birminghamAdmin,
        `mutation ($value: ${type}) { practitionerUpdate(input: { id: "${birminghamPractitioner}", ${variable}: $value }) { userErrors { code } } }`,
        { value },
      );
    return [
      {
        name: 'a 200,000-character council name',
        send: () =>
          graphql(
            birminghamAdmin,
            `mutation ($name: String!) { councilUpdate(input: { id: "${BIRMINGHAM_ID}", name: $name }) { council { id } userErrors { field code } } }`,
            {
              name: 'B'.repeat(200_000),
            },
          ),
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
      },
      {
        name: 'a 5,000-character council name within the body limit',
        send: () =>
          graphql(
            birminghamAdmin,
            `mutation ($name: String!) { councilUpdate(input: { id: "${BIRMINGHAM_ID}", name: $name }) { council { id } userErrors { field code } } }`,
            {
              name: 'B'.repeat(5_000),
            },
          ),
        status: 200,
        code: null,
        check: (reply) =>
          expect(reply.body?.data?.councilUpdate).toEqual({ council: null, userErrors: [{ field: ['input', 'name'], code: 'TOO_LONG' }] }),
      },
      {
        name: "an enum value that does not exist, in a variable, for one's own practitioner",
        send: updatePractitioner('pcfLevel', 'PcfLevel', 'GRAND_WIZARD'),
        status: 400,
        code: 'BAD_USER_INPUT',
      },
      {
        name: "an enum value that does not exist, in the query text, for one's own practitioner",
        send: () =>
          graphql(
            birminghamAdmin,
            `mutation { practitionerUpdate(input: { id: "${birminghamPractitioner}", pcfLevel: GRAND_WIZARD }) { userErrors { code } } }`,
          ),
        status: 400,
        code: 'GRAPHQL_VALIDATION_FAILED',
      },
      {
        name: "an impossible date (30 February) for one's own practitioner",
        send: updatePractitioner('leftOn', 'Date', '2025-02-30'),
        status: 200,
        code: 'BAD_USER_INPUT',
      },
      {
        name: "a date in another format for one's own practitioner",
        send: updatePractitioner('leftOn', 'Date', '01/02/2025'),
        status: 200,
        code: 'BAD_USER_INPUT',
      },
      {
        name: 'an id that is not a UUID',
        send: () =>
          graphql(
            birminghamAdmin,
            `
              mutation {
                councilUpdate(input: { id: "1 OR 1=1", name: "x" }) {
                  userErrors {
                    field
                    code
                  }
                }
              }
            `,
          ),
        status: 200,
        code: null,
        check: (reply) => expect(reply.body?.data?.councilUpdate.userErrors).toEqual([{ field: ['input', 'id'], code: 'NOT_FOUND' }]),
      },
      {
        name: 'first: 1000000 written in the query',
        send: () => graphql(birminghamAdmin, '{ practitioners(first: 1000000) { nodes { id } } }'),
        status: 400,
        code: 'QUERY_COST_LIMIT',
      },
      {
        name: 'first: 1000000 in a variable',
        send: () => graphql(birminghamAdmin, 'query ($first: Int) { practitioners(first: $first) { nodes { id } } }', { first: 1_000_000 }),
        status: 200,
        code: 'BAD_USER_INPUT',
      },
      {
        name: 'first: -1',
        send: () => graphql(birminghamAdmin, '{ practitioners(first: -1) { nodes { id } } }'),
        status: 200,
        code: 'BAD_USER_INPUT',
      },
      {
        name: 'a text filter one character over its 100-character limit',
        send: () =>
          graphql(birminghamAdmin, 'query ($text: String!) { councils(filter: { nameContains: $text }) { totalCount } }', {
            text: 'B'.repeat(101),
          }),
        status: 200,
        code: 'BAD_USER_INPUT',
      },
      {
        name: 'councils subgraph _entities: 2,000 representations, every demo practitioner among them',
        send: () =>
          graphql(
            birminghamAdmin,
            ENTITIES('... on Practitioner { id familyName }'),
            { r: manyRepresentations },
            hub.subgraphs.councils.url,
          ),
        status: 200,
        code: 'FORBIDDEN',
        check: (reply) => {
          expect(entities(reply)).toHaveLength(2_000);
          const shown = entities(reply)
            .filter(Boolean)
            .map((practitioner: { id: string }) => practitioner.id);
          expect(shown.sort()).toEqual([...birminghamPractitioners].sort());
        },
      },
      {
        name: 'malformed JSON',
        send: () => post(hub.gatewayUrl, '{"query": "{ councils { totalCount } }"', birminghamAdmin),
        status: 400,
        code: 'BAD_REQUEST',
      },
      {
        name: 'a JSON body that is not an object',
        send: () => post(hub.gatewayUrl, '"{ councils { totalCount } }"', birminghamAdmin),
        status: 400,
        code: 'BAD_REQUEST',
      },
      {
        name: 'a query that does not parse',
        send: () => graphql(birminghamAdmin, '{ councils(first: 1 { totalCount } }'),
        status: 400,
        code: 'GRAPHQL_PARSE_FAILED',
      },
    ];
  };

  /** Requests a browser could be made to send for a signed-in user (cross-site request forgery), and mutations by GET. */
  const methodCases = (): AttackCase[] => [
    {
      name: 'a form post (CSRF)',
      send: () => post(hub.gatewayUrl, 'query={councils{totalCount}}', null, 'application/x-www-form-urlencoded'),
      status: 400,
      code: 'BAD_REQUEST',
    },
    ...['gateway', 'councils'].flatMap((target): AttackCase[] => {
      const url = () => (target === 'gateway' ? hub.gatewayUrl : hub.subgraphs[target].url);
      const where = target === 'gateway' ? 'the gateway' : `the ${target} subgraph`;
      return [
        {
          name: `a GET to ${where} with a mutation in the query string and no preflight header (CSRF)`,
          send: () => get(url(), RENAME_BIRMINGHAM, birminghamAdmin),
          status: 400,
          code: 'BAD_REQUEST',
        },
        {
          name: `a GET to ${where} with a mutation in the query string and a preflight header`,
          send: () => get(url(), RENAME_BIRMINGHAM, birminghamAdmin, { 'apollo-require-preflight': 'true' }),
          status: 405,
          code: 'BAD_REQUEST',
        },
      ];
    }),
  ];

  /** Query shapes over the gateway's limits (the same in development as in production), and batches. */
  const queryShapeCases = (): AttackCase[] => {
    const batch = (operations: string[], url: () => string) => () =>
      post(url(), JSON.stringify(operations.map((query) => ({ query }))), birminghamAdmin);
    return [
      {
        name: 'a query nested 11 levels deep',
        send: () => graphql(birminghamAdmin, nestedQuery(11)),
        status: 400,
        code: 'QUERY_DEPTH_LIMIT',
      },
      { name: 'a query with 16 aliases', send: () => graphql(birminghamAdmin, aliasedQuery(16)), status: 400, code: 'QUERY_ALIAS_LIMIT' },
      {
        name: 'a query with 51 directives',
        send: () => graphql(birminghamAdmin, directiveQuery(51)),
        status: 400,
        code: 'QUERY_DIRECTIVE_LIMIT',
      },
      { name: 'a query of 1,001 tokens', send: () => graphql(birminghamAdmin, tokenQuery(1_001)), status: 400, code: 'QUERY_TOKEN_LIMIT' },
      {
        name: 'a query costing 50,400',
        send: () => graphql(birminghamAdmin, costlyQuery(['id'])),
        status: 400,
        code: 'QUERY_COST_LIMIT',
      },
      {
        name: 'a batch of 50 queries',
        send: batch(Array(50).fill('{ councils { totalCount } }'), () => hub.gatewayUrl),
        status: 400,
        code: 'BATCHING_NOT_SUPPORTED',
      },
      {
        name: 'a mutation inside a batch',
        send: batch(['{ councils { totalCount } }', RENAME_BIRMINGHAM], () => hub.gatewayUrl),
        status: 400,
        code: 'BATCHING_NOT_SUPPORTED',
      },
      {
        name: 'a mutation inside a batch, sent to the councils subgraph',
        send: batch(['{ councils { totalCount } }', RENAME_BIRMINGHAM], () => hub.subgraphs.councils.url),
        status: 400,
        code: 'BATCHING_NOT_SUPPORTED',
      },
    ];
  };

  /** Every text filter in the schema: the list, its filter, and a caller who may use it. */
  const textFilters: { list: string; filter: string; caller: () => string }[] = [
    { list: 'councils', filter: 'nameContains: $text', caller: () => birminghamAdmin },
    { list: 'practitioners', filter: 'familyNameContains: $text', caller: () => partnershipAdmin },
    { list: 'students', filter: `universityId: "${DEMO_UNIVERSITY_ID}", familyNameContains: $text`, caller: () => universityAdmin },
    { list: 'lecturers', filter: 'familyNameContains: $text', caller: () => universityAdmin },
  ];
  const textFilterCases = (): AttackCase[] =>
    SQL_METACHARACTERS.flatMap((text) =>
      textFilters.map(({ list, filter, caller }) => ({
        name: `${list}(${filter.replace('$text', JSON.stringify(text))})`,
        send: () => graphql(caller(), `query ($text: String!) { ${list}(filter: { ${filter} }) { totalCount } }`, { text }),
        status: 200,
        code: null,
        check: (reply: Reply) => expect(reply.body?.data?.[list].totalCount).toBe(0),
      })),
    );

  const controlCharacterCase: AttackCase = {
    name: 'a NUL byte in a text filter',
    send: () =>
      graphql(
        birminghamAdmin,
        `
          query ($text: String!) {
            councils(filter: { nameContains: $text }) {
              totalCount
            }
          }
        `,
        { text: 'Bir\u0000' },
      ),
    status: 200,
    code: 'BAD_USER_INPUT',
  };

  const cases: AttackCase[] = [
    ...tokenCases(),
    ...claimCases(),
    ...otherOrganisationReadCases(),
    ...otherOrganisationWriteCases(),
    ...inputCases(),
    ...methodCases(),
    ...queryShapeCases(),
    ...textFilterCases(),
    controlCharacterCase,
  ];

  it.each(cases)('$name: a clear error, nothing written, still answering', runAttack);

  it('keeps the tables the SQL metacharacters named', async () => {
    const [row] = await hub.subgraphs.councils.database.dataSource.query('SELECT count(*)::int AS n FROM councils.council');
    expect(row.n).toBeGreaterThan(0);
  });
});
