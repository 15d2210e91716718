import { BIRMINGHAM_ID, DEMO_PARTNERSHIP_ID, DEMO_UNIVERSITY_ID, demoPermanentPractitionerIds, demoTeamIdOf } from './support/demo';
import { TEST_TODAY } from './support/test-clock';
import { errorCode, startTestHub, type GraphQLResponse, type TestHub } from './support/test-hub';

const HEADCOUNT = 'headcount { inPost permanent agency agencyRate suppressed }';

/** Every count field of every figures object the hub serves. */
const COUNT_FIELDS = new Set([
  ...['inPost', 'permanent', 'agency', 'practitioners', 'sessions', 'coDeliveredSessions', 'studentAttendances'],
  ...['practitionerAttendances', 'requested', 'approved', 'declined', 'completed', 'cancelled', 'lecturerDaysInPractice'],
  ...['allocatedStatutoryPlaces', 'filledStatutoryPlaces', 'enrolled', 'onTrack', 'overdue', 'paused', 'completedInAcademicYear'],
  ...['withdrawnInAcademicYear', 'inProgress', 'reviewsDueSoon', 'reviewsOverdue', 'recordsWithOverdueReviews'],
  ...['evidenceGapsNearFinalReview', 'compliant', 'activeRelationships', 'sessionsInAcademicYear'],
]);

/** Each figures object (one with `suppressed`) in a response, wherever it sits. */
function figuresObjects(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(figuresObjects);
  if (value === null || typeof value !== 'object') return [];
  const object = value as Record<string, unknown>;
  return [...('suppressed' in object ? [object] : []), ...Object.values(object).flatMap(figuresObjects)];
}

/**
 * Each figure with a part of it shown beside it, as [whole, part]: the whole is the sum of the
 * listed fields of the same object. The difference counts people or events, so neither it nor a
 * shown part may leave a count from 1 to 4 to work out.
 */
const WHOLES_AND_PARTS: [string[], string][] = [
  [['inPost'], 'permanent'],
  [['inPost'], 'agency'],
  [['sessions'], 'coDeliveredSessions'],
  [['allocatedStatutoryPlaces'], 'filledStatutoryPlaces'],
  [['practitioners'], 'compliant'],
  [['inProgress', 'paused'], 'recordsWithOverdueReviews'],
  [['inProgress', 'paused'], 'evidenceGapsNearFinalReview'],
  [['enrolled'], 'onTrack'],
  [['enrolled'], 'overdue'],
  [['enrolled'], 'paused'],
];

/** "whole − part = difference" for every shown whole and shown part whose difference is from 1 to 4. */
const smallDifferences = (objects: Record<string, unknown>[]) =>
  objects.flatMap((object) =>
    WHOLES_AND_PARTS.flatMap(([whole, part]) => {
      if (![...whole, part].every((field) => typeof object[field] === 'number')) return [];
      const difference = whole.reduce((sum, field) => sum + (object[field] as number), 0) - (object[part] as number);
      return difference > 0 && difference < 5 ? [`${whole.join(' + ')} − ${part} = ${difference}`] : [];
    }),
  );

const smallCounts = (objects: Record<string, unknown>[]) =>
  objects.flatMap((object) =>
    Object.entries(object).filter(([field, value]) => COUNT_FIELDS.has(field) && typeof value === 'number' && value > 0 && value < 5),
  );

const DASHBOARD = `query ($id: ID!) {
  partnership(id: $id) {
    ${HEADCOUNT}
    councils { ${HEADCOUNT} latestWorkforceSnapshot { agencyFte agencyRate suppressed } placementSupply { allocatedStatutoryPlaces filledStatutoryPlaces suppressed } teaching { practitionerTeaching { practitioners sessions hours suppressed } shadowing { completed hours suppressed } } }
    teaching {
      sessions coDeliveredSessions coDeliveredShare studentAttendances practitionerAttendances suppressed
      practitionerTeaching { practitioners sessions coDeliveredSessions hours suppressed }
      shadowing { requested approved declined completed cancelled hours lecturerDaysInPractice suppressed }
      byCouncil { practitionerTeaching { practitioners sessions coDeliveredSessions hours suppressed } shadowing { requested approved declined completed cancelled hours lecturerDaysInPractice suppressed } }
    }
    placementSupply {
      total { allocatedStatutoryPlaces filledStatutoryPlaces offeredPlaces suppressed }
      byCouncil { allocatedStatutoryPlaces filledStatutoryPlaces offeredPlaces suppressed }
    }
    leadershipProgress {
      total { ...report }
      byCouncil { ...report }
    }
  }
}
fragment report on LeadershipProgress {
  asOf
  pathways { enrolled completedInAcademicYear withdrawnInAcademicYear suppressed stages { enrolled onTrack overdue paused suppressed } }
  asye { inProgress paused reviewsDueSoon reviewsOverdue recordsWithOverdueReviews evidenceGapsNearFinalReview completedInAcademicYear suppressed }
  cpd { practitioners compliant complianceRate suppressed }
  cpdYearJustEnded { practitioners compliant complianceRate suppressed }
  mentoring { activeRelationships sessionsInAcademicYear hoursInAcademicYear suppressed }
}`;

describe('the aggregate-only role and small counts', () => {
  let hub: TestHub;
  let viewer: string;
  let demoAdmin: string;
  let smallAdmin: string;
  let partnershipId: string;
  let threeCouncilsId: string;
  const councilIds: Record<'even' | 'small' | 'a' | 'b' | 'c', string> = { even: '', small: '', a: '', b: '', c: '' };

  const practitioner = (councilId: string, index: number, employment: string) => ({
    sweNumber: `SW8${String(index).padStart(5, '0')}`,
    givenName: 'Sam',
    familyName: `Tester${index}`,
    councilId,
    role: 'SOCIAL_WORKER',
    pcfLevel: 'SOCIAL_WORKER',
    employment,
    qualifiedOn: '2020-07-01',
    startedOn: '2021-09-01',
  });

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    demoAdmin = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
    const creator = await hub.token({ roles: ['partnership_admin'] });
    for (const [key, gssCode] of [
      ['even', 'E06000901'],
      ['small', 'E06000902'],
      ['a', 'E06000903'],
      ['b', 'E06000904'],
      ['c', 'E06000905'],
    ] as const) {
      const created = await hub.query(
        creator,
        `mutation ($input: CouncilCreateInput!) { councilCreate(input: $input) { council { id } userErrors { code } } }`,
        { input: { gssCode, name: `Small Count Council ${gssCode}`, region: 'WEST_MIDLANDS' } },
      );
      councilIds[key] = created.data!.councilCreate.council.id;
    }
    const joiner = await hub.token({ roles: ['partnership_admin', 'council_admin'], councils: Object.values(councilIds) });
    const partnership = await hub.query(
      joiner,
      `mutation ($input: PartnershipCreateInput!) { partnershipCreate(input: $input) { partnership { id } userErrors { code } } }`,
      { input: { name: 'Small Counts Partnership', councilIds: [councilIds.even, councilIds.small] } },
    );
    partnershipId = partnership.data!.partnershipCreate.partnership.id;
    const threeCouncils = await hub.query(
      joiner,
      `mutation ($input: PartnershipCreateInput!) { partnershipCreate(input: $input) { partnership { id } userErrors { code } } }`,
      { input: { name: 'Three Councils Partnership', councilIds: [councilIds.a, councilIds.b, councilIds.c] } },
    );
    threeCouncilsId = threeCouncils.data!.partnershipCreate.partnership.id;
    viewer = await hub.token({ roles: ['dashboard_viewer'], partnerships: [DEMO_PARTNERSHIP_ID, partnershipId] });
    smallAdmin = await hub.token({ roles: ['council_admin'], councils: [councilIds.small] });

    // "even": 5 permanent and no agency staff; "small": 5 permanent and 3 agency; a, b and c: 5 permanent and 3, 2 and 10 agency.
    let index = 0;
    const staffOf = (councilId: string, permanent: number, agency: number) => [
      ...Array.from({ length: permanent }, () => practitioner(councilId, index++, 'PERMANENT')),
      ...Array.from({ length: agency }, () => practitioner(councilId, index++, 'AGENCY')),
    ];
    const staff = [
      ...staffOf(councilIds.even, 5, 0),
      ...staffOf(councilIds.small, 5, 3),
      ...staffOf(councilIds.a, 5, 3),
      ...staffOf(councilIds.b, 5, 2),
      ...staffOf(councilIds.c, 5, 10),
    ];
    for (const input of staff) {
      const created = await hub.query(
        joiner,
        `mutation ($input: PractitionerCreateInput!) { practitionerCreate(input: $input) { userErrors { code } } }`,
        { input },
      );
      expect(created.data!.practitionerCreate.userErrors).toEqual([]);
    }
    const snapshot = await hub.query(
      joiner,
      `mutation ($input: WorkforceSnapshotCreateInput!) { workforceSnapshotCreate(input: $input) { userErrors { code } } }`,
      {
        input: { councilId: councilIds.small, censusDate: '2024-09-30', permanentFte: 50, agencyFte: 3, vacancyFte: 0, leaverFte: 6.5 },
      },
    );
    expect(snapshot.data!.workforceSnapshotCreate.userErrors).toEqual([]);
  });
  afterAll(() => hub.stop());

  const headcounts = (token: string) =>
    hub.query(
      token,
      `query ($even: ID!, $small: ID!) { even: council(id: $even) { ${HEADCOUNT} } small: council(id: $small) { ${HEADCOUNT} } }`,
      {
        even: councilIds.even,
        small: councilIds.small,
      },
    );

  it('shows a dashboard_viewer 0 and 5 as numbers, and a count of 3 as null with its rate and the total that would give it away', async () => {
    const response = await headcounts(viewer);
    expect(response.errors).toBeUndefined();
    expect(response.data!.even.headcount).toEqual({ inPost: 5, permanent: 5, agency: 0, agencyRate: 0, suppressed: [] });
    expect(response.data!.small.headcount).toEqual({
      inPost: null,
      permanent: 5,
      agency: null,
      agencyRate: null,
      suppressed: ['inPost', 'agency', 'agencyRate'],
    });
  });

  it('shows the council’s own admin the exact figures', async () => {
    const response = await headcounts(smallAdmin);
    expect(response.data!.small.headcount).toEqual({ inPost: 8, permanent: 5, agency: 3, agencyRate: 0.375, suppressed: [] });
    expect(response.data!.even.headcount.suppressed).toEqual([]);
  });

  it('withholds a partnership total that would give one council’s small count away, except for the partnership’s admins', async () => {
    const query = `query ($id: ID!) { partnership(id: $id) { ${HEADCOUNT} } }`;
    const seen = await hub.query(viewer, query, { id: partnershipId });
    expect(seen.data!.partnership.headcount).toEqual({
      inPost: null,
      permanent: 10,
      agency: null,
      agencyRate: null,
      suppressed: ['inPost', 'agency', 'agencyRate'],
    });
    const admin = await hub.token({ roles: ['partnership_admin'], partnerships: [partnershipId] });
    const exact = await hub.query(admin, query, { id: partnershipId });
    expect(exact.data!.partnership.headcount).toEqual({ inPost: 13, permanent: 10, agency: 3, agencyRate: 0.2308, suppressed: [] });
  });

  it('withholds a partnership total that a council’s admin could subtract their own council’s figures from', async () => {
    // a, b and c have 3, 2 and 10 agency staff: anyone may see the total of 15, since it gives away only a + b = 5;
    // a's admin knows a's 3 exactly, so for them the total would give b's 2 away.
    const query = `query ($id: ID!) { partnership(id: $id) { ${HEADCOUNT} } }`;
    const seen = await hub.query(viewer, query, { id: threeCouncilsId });
    expect(seen.data!.partnership.headcount).toEqual({ inPost: 30, permanent: 15, agency: 15, agencyRate: 0.5, suppressed: [] });
    const aAdmin = await hub.token({ roles: ['council_admin'], councils: [councilIds.a] });
    const known = await hub.query(aAdmin, query, { id: threeCouncilsId });
    expect(known.errors).toBeUndefined();
    expect(known.data!.partnership.headcount).toEqual({
      inPost: null,
      permanent: 15,
      agency: null,
      agencyRate: null,
      suppressed: ['inPost', 'agency', 'agencyRate'],
    });
    // A partnership admin of another partnership that a belongs to sees a exactly too.
    const otherPartnershipAdmin = await hub.token({ roles: ['partnership_admin', 'council_admin'], councils: [councilIds.a] });
    const other = await hub.query(
      otherPartnershipAdmin,
      `mutation ($input: PartnershipCreateInput!) { partnershipCreate(input: $input) { partnership { id } userErrors { code } } }`,
      { input: { name: 'Council A Partnership', councilIds: [councilIds.a] } },
    );
    const otherAdmin = await hub.token({ roles: ['partnership_admin'], partnerships: [other.data!.partnershipCreate.partnership.id] });
    const throughPartnership = await hub.query(otherAdmin, query, { id: threeCouncilsId });
    expect(throughPartnership.data!.partnership.headcount.agency).toBeNull();
  });

  it('withholds FTE figures under 5 in a workforce return, and the rates computed from them', async () => {
    const query = `query ($id: ID!) { council(id: $id) { latestWorkforceSnapshot {
      permanentFte agencyFte vacancyFte leaverFte agencyRate vacancyRate turnoverRate suppressed } } }`;
    const seen = await hub.query(viewer, query, { id: councilIds.small });
    expect(seen.data!.council.latestWorkforceSnapshot).toEqual({
      permanentFte: 50,
      agencyFte: null,
      vacancyFte: 0,
      leaverFte: 6.5,
      agencyRate: null,
      vacancyRate: 0,
      turnoverRate: 0.13,
      suppressed: ['agencyFte', 'agencyRate'],
    });
    const exact = await hub.query(smallAdmin, query, { id: councilIds.small });
    expect(exact.data!.council.latestWorkforceSnapshot).toMatchObject({ agencyFte: 3, agencyRate: 0.0566, suppressed: [] });
  });

  it('never shows a dashboard_viewer a count from 1 to 4, nor a whole and its part 1 to 4 apart, in any subgraph’s figures, and names every null it withheld', async () => {
    const seen = await hub.query(viewer, DASHBOARD, { id: DEMO_PARTNERSHIP_ID });
    expect(seen.errors).toBeUndefined();
    // The demo was seeded on the tests' date, and the report is of that day; run at every boundary date by `npm run test:dates`.
    expect(seen.data!.partnership.leadershipProgress.total.asOf).toBe(TEST_TODAY);
    const objects = figuresObjects(seen.data);
    expect(smallCounts(objects)).toEqual([]);
    expect(smallDifferences(objects)).toEqual([]);
    // Sessions with no practitioner facilitating are events too.
    const { teaching } = seen.data!.partnership;
    if (teaching.practitionerTeaching.sessions !== null && teaching.sessions !== null) {
      expect([1, 2, 3, 4]).not.toContain(teaching.sessions - teaching.practitionerTeaching.sessions);
    }
    for (const object of objects) {
      const asked = (object.suppressed as string[]).filter((field) => field in object);
      expect(asked.map((field) => object[field])).toEqual(asked.map(() => null));
    }
    expect(objects.some((object) => (object.suppressed as string[]).length > 0)).toBe(true);

    // The partnership's admins see the same figures exactly, small counts included.
    const exact = await hub.query(demoAdmin, DASHBOARD, { id: DEMO_PARTNERSHIP_ID });
    const partnershipFigures = figuresObjects({
      teaching: exact.data!.partnership.teaching,
      placementSupply: exact.data!.partnership.placementSupply,
      leadershipProgress: exact.data!.partnership.leadershipProgress,
    });
    expect(partnershipFigures.every((object) => (object.suppressed as string[]).length === 0)).toBe(true);
    expect(smallCounts(partnershipFigures).length).toBeGreaterThan(0);
  });

  it('shows a council’s admin their own rows of a partnership’s tables exactly, and leaves them no other row to subtract out', async () => {
    const token = await hub.token({
      roles: ['dashboard_viewer', 'council_admin'],
      councils: [BIRMINGHAM_ID],
      partnerships: [DEMO_PARTNERSHIP_ID],
    });
    const query = `query ($id: ID!) { partnership(id: $id) {
      teaching {
        practitionerTeaching { practitioners suppressed }
        shadowing { requested approved declined completed cancelled suppressed }
        byCouncil { council { id } practitionerTeaching { practitioners suppressed } shadowing { requested approved declined completed cancelled suppressed } }
      }
      placementSupply { total { allocatedStatutoryPlaces filledStatutoryPlaces suppressed } byCouncil { council { id } allocatedStatutoryPlaces filledStatutoryPlaces suppressed } }
      leadershipProgress { total { ...report } byCouncil { council { id } ...report } }
    } }
    fragment report on LeadershipProgress {
      asye { inProgress paused reviewsDueSoon reviewsOverdue recordsWithOverdueReviews evidenceGapsNearFinalReview completedInAcademicYear suppressed }
      cpd { practitioners compliant suppressed }
      mentoring { activeRelationships sessionsInAcademicYear suppressed }
    }`;
    const seen = await hub.query(token, query, { id: DEMO_PARTNERSHIP_ID });
    expect(seen.errors).toBeUndefined();
    const { teaching, placementSupply, leadershipProgress } = seen.data!.partnership;
    const tables = [
      { total: teaching, rows: teaching.byCouncil },
      { total: placementSupply.total, rows: placementSupply.byCouncil },
      { total: leadershipProgress.total, rows: leadershipProgress.byCouncil },
    ];
    for (const { total, rows } of tables) {
      const own = rows.filter((row: any) => row.council.id === BIRMINGHAM_ID);
      expect(own).toHaveLength(1);
      expect(figuresObjects(own).every((object) => (object.suppressed as string[]).length === 0)).toBe(true);
      // Every count in a row adds up to the total's: with Birmingham's known, no field may have exactly one withheld member.
      const cells = (object: unknown, path = ''): [string, unknown][] =>
        object === null || typeof object !== 'object'
          ? [[path, object]]
          : Object.entries(object).flatMap(([key, value]) =>
              key === 'council' || key === 'suppressed' ? [] : cells(value, `${path}.${key}`),
            );
      const totalCells = cells({ ...total, byCouncil: undefined });
      for (const [path, value] of totalCells) {
        if (!COUNT_FIELDS.has(path.split('.').pop()!)) continue;
        const members = [value, ...rows.map((row: any) => new Map(cells(row)).get(path))];
        expect({ path, withheld: members.filter((member) => member === null).length }).not.toEqual({ path, withheld: 1 });
      }
    }
  });

  describe('refuses a dashboard_viewer every kind of row-level record', () => {
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      const universityAdmin = await hub.token({ roles: ['university_admin'], universities: [DEMO_UNIVERSITY_ID] });
      const rows = await hub.query(
        universityAdmin,
        `query ($university: ID!) {
          teachingSessions(first: 1) { nodes { id } }
          placementOffers(first: 1) { nodes { id } }
          lecturers(first: 1) { nodes { id } }
          students(first: 1, filter: { universityId: $university }) { nodes { id } }
          shadowingVisits(first: 1) { nodes { id } }
          placements(first: 1) { nodes { id } }
        }`,
        { university: DEMO_UNIVERSITY_ID },
      );
      const first = (field: string) => rows.data![field].nodes[0].id;
      Object.assign(ids, {
        session: first('teachingSessions'),
        offer: first('placementOffers'),
        lecturer: first('lecturers'),
        student: first('students'),
        visit: first('shadowingVisits'),
        placement: first('placements'),
        practitioner: demoPermanentPractitionerIds('E08000025')[0],
        team: demoTeamIdOf('E08000025'),
      });
    });

    const refused = 'FORBIDDEN';
    const cases: [string, string, (ids: Record<string, string>) => Record<string, unknown>, unknown][] = [
      ['practitioners', '{ practitioners { nodes { id } } }', () => ({}), refused],
      ['a practitioner', 'query ($id: ID!) { practitioner(id: $id) { id } }', (ids) => ({ id: ids.practitioner }), refused],
      [
        'a council’s practitioners',
        'query ($id: ID!) { council(id: $id) { practitioners { nodes { id } } } }',
        () => ({ id: BIRMINGHAM_ID }),
        refused,
      ],
      [
        'a team’s practitioners',
        'query ($id: ID!) { team(id: $id) { practitioners { nodes { id } } } }',
        (ids) => ({ id: ids.team }),
        refused,
      ],
      [
        'students',
        'query ($id: ID!) { students(filter: { universityId: $id }) { nodes { id } } }',
        () => ({ id: DEMO_UNIVERSITY_ID }),
        refused,
      ],
      ['a student', 'query ($id: ID!) { student(id: $id) { id } }', (ids) => ({ id: ids.student }), null],
      [
        'a university’s students',
        'query ($id: ID!) { university(id: $id) { students { nodes { id } } } }',
        () => ({ id: DEMO_UNIVERSITY_ID }),
        refused,
      ],
      ['lecturers', '{ lecturers { nodes { familyName } } }', () => ({}), refused],
      ['a lecturer', 'query ($id: ID!) { lecturer(id: $id) { familyName } }', (ids) => ({ id: ids.lecturer }), refused],
      ['teaching sessions', '{ teachingSessions { nodes { id } } }', () => ({}), refused],
      ['a teaching session', 'query ($id: ID!) { teachingSession(id: $id) { id } }', (ids) => ({ id: ids.session }), refused],
      ['a shadowing visit', 'query ($id: ID!) { shadowingVisit(id: $id) { id } }', (ids) => ({ id: ids.visit }), null],
      ['shadowing visits', '{ shadowingVisits { nodes { id } } }', () => ({}), { nodes: [] }],
      [
        'a council’s shadowing visits',
        'query ($id: ID!) { council(id: $id) { shadowingVisits { nodes { id } } } }',
        () => ({ id: BIRMINGHAM_ID }),
        { shadowingVisits: { nodes: [] } },
      ],
      ['placement offers', '{ placementOffers { nodes { id } } }', () => ({}), refused],
      ['a placement offer', 'query ($id: ID!) { placementOffer(id: $id) { id } }', (ids) => ({ id: ids.offer }), refused],
      [
        'a council’s placement offers',
        'query ($id: ID!) { council(id: $id) { placementOffers { nodes { id } } } }',
        () => ({ id: BIRMINGHAM_ID }),
        refused,
      ],
      ['a placement', 'query ($id: ID!) { placement(id: $id) { id } }', (ids) => ({ id: ids.placement }), refused],
      ['placements', '{ placements { nodes { id } } }', () => ({}), { nodes: [] }],
      [
        'the practice educator register',
        'query ($id: ID!) { council(id: $id) { practiceEducators { id } } }',
        () => ({ id: BIRMINGHAM_ID }),
        refused,
      ],
      [
        'outstanding QAPL reviews',
        'query ($id: ID!) { council(id: $id) { outstandingQaplReviews { id } } }',
        () => ({ id: BIRMINGHAM_ID }),
        { outstandingQaplReviews: [] },
      ],
      [
        'students’ practice days',
        'query ($id: ID!) { partnership(id: $id) { studentPracticeDays { nodes { student { id } } } } }',
        () => ({ id: DEMO_PARTNERSHIP_ID }),
        refused,
      ],
      [
        'a council’s leadership report',
        'query ($id: ID!) { council(id: $id) { leadershipProgress { asOf } } }',
        () => ({ id: BIRMINGHAM_ID }),
        refused,
      ],
    ];

    it.each(cases)('%s', async (_, query, variables, expected) => {
      const response: GraphQLResponse = await hub.query(viewer, query, variables(ids));
      if (expected === refused) {
        expect(errorCode(response)).toBe('FORBIDDEN');
        expect(JSON.stringify(response.data ?? {})).not.toMatch(/"id":"[0-9a-f-]{36}"|familyName/);
      } else {
        expect(response.errors).toBeUndefined();
        expect(Object.values(response.data!)[0]).toEqual(expected);
      }
    });

    it('answers federation references to personal records with null or nothing, in every subgraph', async () => {
      const representations = [{ __typename: 'Practitioner', id: ids.practitioner }];
      const entities = async (subgraph: keyof TestHub['subgraphs'], selection: string) =>
        (
          await hub.query(
            viewer,
            `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Practitioner { ${selection} } } }`,
            { representations },
            hub.subgraphs[subgraph].url,
          )
        ).data!._entities[0];
      expect(await entities('councils', 'familyName')).toBeNull();
      expect(await entities('placements', 'practiceEducator { id }')).toEqual({ practiceEducator: null });
      expect(await entities('leadership', 'asye { id } pathways { id } mentoring { id } cpd { id } cpdCompliance { compliant }')).toEqual({
        asye: null,
        pathways: [],
        mentoring: [],
        cpd: [],
        cpdCompliance: null,
      });
      expect(await entities('universities', 'teachingContributions { sessionCount sessions { id } }')).toEqual({
        teachingContributions: { sessionCount: 0, sessions: [] },
      });
    });
  });
});
