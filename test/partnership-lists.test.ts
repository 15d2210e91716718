/**
 * The lists a partnership works from and the agreement's leadership and placement promises: who
 * may read them, their pages, their filters, and SQL statements that do not grow with the page.
 */
import { BIRMINGHAM_ID, COVENTRY_ID, DEMO_PARTNERSHIP_ID, LEEDS_ID } from './support/demo';
import { errorCode, startTestHub, type GraphQLResponse, type TestHub } from './support/test-hub';

const CO_DELIVERING = `query ($id: ID!, $first: Int, $after: String, $councilId: ID) {
  partnership(id: $id) {
    coDeliveringPractitioners(first: $first, after: $after, councilId: $councilId) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id council { id } practitioner { familyName mentoringReceived { currentMentors hoursInAcademicYear } } teachingHours }
    }
  }
}`;
const ASYE = `query ($id: ID!, $first: Int, $after: String, $urgency: ReviewUrgency, $councilId: ID) {
  partnership(id: $id) {
    asyeReviewsToFollowUp(first: $first, after: $after, urgency: $urgency, councilId: $councilId) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id council { id } point dueOn urgency daysOverdue }
    }
  }
}`;
const PLACEMENTS = `query ($id: ID!, $first: Int, $after: String, $councilId: ID) {
  partnership(id: $id) {
    placementsToFollowUp(first: $first, after: $after, councilId: $councilId) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id council { id } concern since }
    }
  }
}`;
const PATHWAYS = `query ($id: ID!, $first: Int, $after: String, $councilId: ID) {
  partnership(id: $id) {
    pathwayStagesOverdue(first: $first, after: $after, councilId: $councilId) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id council { id } practitioner { id } pathway { name } stage { name } expectedBy daysOverdue }
    }
  }
}`;
const LISTS = [CO_DELIVERING, ASYE, PLACEMENTS, PATHWAYS];
const LEADERSHIP_AGREEMENT = `query ($id: ID!, $year: AcademicYear) {
  partnership(id: $id) {
    leadershipAgreement(academicYear: $year) {
      academicYear registrationYear minLearningDays
      targets { cpdComplianceRate pathwayCompletions }
      progress { measure target actual met suppressed }
      byCouncil { council { id } progress { measure target actual suppressed } }
    }
  }
}`;
const SET_LEADERSHIP = `mutation ($input: LeadershipAgreementSetInput!) {
  leadershipAgreementSet(input: $input) {
    leadershipAgreement { academicYear cpdComplianceRate pathwayCompletions }
    userErrors { field code }
  }
}`;

describe('the partnership’s lists and its leadership and placement promises', () => {
  let hub: TestHub;
  let partnershipAdmin: string;
  let birminghamAdmin: string;
  let leedsAdmin: string;
  let dashboardViewer: string;
  let universityAdmin: string;

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true, env: { HUB_TODAY: '2026-12-02T12:00:00Z' } });
    partnershipAdmin = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
    birminghamAdmin = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
    leedsAdmin = await hub.token({ roles: ['council_admin'], councils: [LEEDS_ID] });
    dashboardViewer = await hub.token({ roles: ['dashboard_viewer'], partnerships: [DEMO_PARTNERSHIP_ID] });
    universityAdmin = await hub.token({ roles: ['university_admin'], universities: [] });
  });
  afterAll(() => hub.stop());

  const list = async (token: string, query: string, variables: Record<string, unknown>) => {
    const response = await hub.query(token, query, { id: DEMO_PARTNERSHIP_ID, ...variables });
    return { response, connection: Object.values(response.data?.partnership ?? {})[0] as any };
  };

  /** Every node of a list, page by page. */
  const allPages = async (query: string, variables: Record<string, unknown>) => {
    const nodes: any[] = [];
    let after: string | null = null;
    do {
      const { connection } = await list(partnershipAdmin, query, { ...variables, first: 2, after });
      nodes.push(...connection.nodes);
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
    return nodes;
  };

  it('are for the partnership’s admins only: a council admin, a dashboard and a university admin are refused', async () => {
    for (const token of [birminghamAdmin, dashboardViewer, universityAdmin]) {
      for (const query of LISTS) {
        const { response } = await list(token, query, {});
        expect(errorCode(response)).toBe('FORBIDDEN');
        // Partial answer: the partnership itself still answers.
        expect(response.data?.partnership).not.toBeNull();
      }
    }
  });

  it('page through every row once, in order, with the total on each page', async () => {
    for (const query of LISTS) {
      const { connection: whole } = await list(partnershipAdmin, query, { first: 100 });
      expect(whole.totalCount).toBeGreaterThan(2);
      const paged = await allPages(query, {});
      expect(paged).toEqual(whole.nodes);
    }
  });

  it('filter by council and urgency, and refuse a council that is not a member, naming the argument', async () => {
    const { connection: birmingham } = await list(partnershipAdmin, CO_DELIVERING, { first: 100, councilId: BIRMINGHAM_ID });
    expect(birmingham.nodes.length).toBeGreaterThan(0);
    expect(birmingham.nodes.every((node: any) => node.council.id === BIRMINGHAM_ID)).toBe(true);
    const { connection: overdue } = await list(partnershipAdmin, ASYE, { first: 100, urgency: 'OVERDUE' });
    expect(overdue.nodes.every((node: any) => node.urgency === 'OVERDUE' && node.daysOverdue > 0)).toBe(true);
    const { connection: soon } = await list(partnershipAdmin, ASYE, { first: 100, urgency: 'DUE_SOON' });
    expect(soon.nodes.every((node: any) => node.urgency === 'DUE_SOON' && node.daysOverdue <= 0 && node.daysOverdue >= -30)).toBe(true);
    const { connection: both } = await list(partnershipAdmin, ASYE, { first: 100 });
    expect(both.totalCount).toBe(overdue.totalCount + soon.totalCount);

    for (const query of LISTS) {
      const { response } = await list(partnershipAdmin, query, { councilId: LEEDS_ID });
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'councilId' });
    }
  });

  it('show a practitioner’s mentoring hours to their council’s admins and the partnership’s, and to no other council', async () => {
    const { connection } = await list(partnershipAdmin, CO_DELIVERING, { first: 100 });
    const coventry = connection.nodes.find((node: any) => node.council.id === COVENTRY_ID);
    expect(coventry.practitioner.mentoringReceived).not.toBeNull();
    const practitionerQuery = `query ($id: ID!) { practitioner(id: $id) { familyName mentoringReceived { hoursInAcademicYear } } }`;
    const coventryAdmin = await hub.token({ roles: ['council_admin'], councils: [COVENTRY_ID] });
    const own = await hub.query(coventryAdmin, practitionerQuery, { id: coventry.id });
    expect(own.data!.practitioner.mentoringReceived).toEqual({
      hoursInAcademicYear: coventry.practitioner.mentoringReceived.hoursInAcademicYear,
    });
    // Another council's admin does not see the practitioner at all.
    const other = await hub.query(birminghamAdmin, practitionerQuery, { id: coventry.id });
    expect(other.data!.practitioner).toBeNull();
  });

  it('run as many SQL statements for a page of 50 as for a page of 10', async () => {
    const count = async (subgraph: string, query: string, first: number) => {
      const counter = hub.subgraphs[subgraph].database.statements;
      const before = counter.total;
      const response: GraphQLResponse = await hub.query(partnershipAdmin, query, { id: DEMO_PARTNERSHIP_ID, first });
      expect(response.errors).toBeUndefined();
      return { statements: counter.total - before, rows: (Object.values(response.data!.partnership)[0] as any).nodes.length };
    };
    for (const [subgraph, query] of [
      ['universities', CO_DELIVERING],
      ['leadership', CO_DELIVERING],
      ['councils', CO_DELIVERING],
      ['leadership', ASYE],
      ['placements', PLACEMENTS],
      ['leadership', PATHWAYS],
    ] as const) {
      // Ten rows: enough that the first page holds someone with mentoring, so every loader runs on both pages.
      const ten = await count(subgraph, query, 10);
      const fifty = await count(subgraph, query, 50);
      expect(fifty.rows).toBeGreaterThan(ten.rows);
      expect([subgraph, fifty.statements]).toEqual([subgraph, ten.statements]);
    }
  });

  it('give the leadership promises to the partnership’s admins exactly, to a member council’s admin with others’ small counts withheld, and to no other council', async () => {
    const exact = await hub.query(partnershipAdmin, LEADERSHIP_AGREEMENT, { id: DEMO_PARTNERSHIP_ID, year: '2025/26' });
    expect(exact.errors).toBeUndefined();
    const agreement = exact.data!.partnership.leadershipAgreement;
    expect(agreement).toMatchObject({
      academicYear: '2025/26',
      registrationYear: 2026,
      targets: { cpdComplianceRate: 0.8, pathwayCompletions: 6 },
    });
    expect(agreement.progress.map((line: any) => line.measure)).toEqual(['CPD_COMPLIANCE_RATE', 'PATHWAY_COMPLETIONS']);
    expect(agreement.progress.every((line: any) => line.suppressed.length === 0 && line.actual !== null)).toBe(true);

    const member = await hub.query(birminghamAdmin, LEADERSHIP_AGREEMENT, { id: DEMO_PARTNERSHIP_ID, year: '2025/26' });
    expect(member.errors).toBeUndefined();
    const own = member.data!.partnership.leadershipAgreement.byCouncil.find((row: any) => row.council.id === BIRMINGHAM_ID);
    expect(own.progress.every((line: any) => line.suppressed.length === 0)).toBe(true);

    const outsider = await hub.query(leedsAdmin, LEADERSHIP_AGREEMENT, { id: DEMO_PARTNERSHIP_ID, year: '2025/26' });
    expect(errorCode(outsider)).toBe('FORBIDDEN');
  });

  it('let the partnership’s admins set the leadership promises, refusing a bad rate by field and writing nothing', async () => {
    const input = { partnershipId: DEMO_PARTNERSHIP_ID, academicYear: '2024/25' };
    expect(errorCode(await hub.query(birminghamAdmin, SET_LEADERSHIP, { input: { ...input, pathwayCompletions: 3 } }))).toBe('FORBIDDEN');
    const refused = await hub.query(partnershipAdmin, SET_LEADERSHIP, {
      input: { ...input, cpdComplianceRate: 1.2, pathwayCompletions: -1 },
    });
    expect(refused.data!.leadershipAgreementSet).toEqual({
      leadershipAgreement: null,
      userErrors: [
        { field: ['input', 'cpdComplianceRate'], code: 'OUT_OF_RANGE' },
        { field: ['input', 'pathwayCompletions'], code: 'OUT_OF_RANGE' },
      ],
    });
    const before = await hub.query(partnershipAdmin, LEADERSHIP_AGREEMENT, { id: DEMO_PARTNERSHIP_ID, year: '2024/25' });
    expect(before.data!.partnership.leadershipAgreement).toBeNull();
    const set = await hub.query(partnershipAdmin, SET_LEADERSHIP, { input: { ...input, cpdComplianceRate: 0.9 } });
    expect(set.data!.leadershipAgreementSet).toEqual({
      leadershipAgreement: { academicYear: '2024/25', cpdComplianceRate: 0.9, pathwayCompletions: null },
      userErrors: [],
    });
  });

  it('give every signed-in user the placement promises, with a small count of students withheld from a dashboard', async () => {
    const query = `query ($id: ID!) { partnership(id: $id) { placementAgreement {
      statutoryPlacementsPerStudent studentsPlaced studentsOnCourse suppressed
      progress { measure target actual suppressed }
      byCouncil { council { id } progress { measure target actual } }
    } } }`;
    const exact = (await hub.query(partnershipAdmin, query, { id: DEMO_PARTNERSHIP_ID })).data!.partnership.placementAgreement;
    expect(exact.studentsPlaced).toBeGreaterThan(0);
    expect(exact.studentsOnCourse).toBeLessThanOrEqual(exact.studentsPlaced);
    const share = exact.progress.find((line: any) => line.measure === 'STUDENTS_WITH_STATUTORY_PLACEMENTS');
    expect(share).toMatchObject({ target: 1, actual: Math.round((exact.studentsOnCourse / exact.studentsPlaced) * 10_000) / 10_000 });
    const committed = exact.progress.find((line: any) => line.measure === 'STATUTORY_PLACES_COMMITTED');
    expect(committed.target).toBe(exact.byCouncil.reduce((sum: number, row: any) => sum + row.progress[0].target, 0));
    const viewer = (await hub.query(dashboardViewer, query, { id: DEMO_PARTNERSHIP_ID })).data!.partnership.placementAgreement;
    const small = (count: number) => count > 0 && count < 5;
    if (small(exact.studentsPlaced - exact.studentsOnCourse) || small(exact.studentsOnCourse)) {
      expect(viewer.studentsOnCourse).toBeNull();
      expect(viewer.progress[0]).toMatchObject({ actual: null, suppressed: ['actual', 'gap', 'met', 'onTrack'] });
    } else {
      expect(viewer.studentsOnCourse).toBe(exact.studentsOnCourse);
    }
  });
});
