import { DEMO_PARTNERSHIP_ID } from './support/demo';
import { startTestHub, type TestHub } from './support/test-hub';

/**
 * The same nested query for 1 council and for 7 must run the same number of SQL statements:
 * every nested list and reference is batched per request, so the count does not grow with rows.
 */
describe('SQL statements per request', () => {
  let hub: TestHub;
  let token: string;

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    token = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
  });
  afterAll(() => hub.stop());

  const COUNCILS_WITH_TEAMS_AND_PRACTITIONERS = `query ($first: Int!) {
    councils(first: $first) {
      totalCount
      nodes {
        name
        headcount { inPost agencyRate }
        latestWorkforceSnapshot { agencyRate vacancyRate }
        partnerships { name }
        teams(first: 10) {
          totalCount
          nodes {
            name
            council { gssCode }
            headcount { inPost }
            practitioners(first: 50) {
              totalCount
              nodes { sweNumber familyName team { name } council { name } }
            }
          }
        }
      }
    }
  }`;

  async function statementsFor(first: number) {
    const counter = hub.subgraphs.councils.database.statements;
    const before = counter.total;
    const response = await hub.query(token, COUNCILS_WITH_TEAMS_AND_PRACTITIONERS, { first });
    expect(response.errors).toBeUndefined();
    const councils = response.data!.councils.nodes;
    const practitioners = councils.flatMap((council: any) => council.teams.nodes.flatMap((team: any) => team.practitioners.nodes));
    return { statements: counter.total - before, councils: councils.length, practitioners: practitioners.length };
  }

  it('is the same for 7 councils with their teams and practitioners as for 1', async () => {
    const one = await statementsFor(1);
    const seven = await statementsFor(7);
    expect(one.councils).toBe(1);
    expect(seven.councils).toBe(7);
    expect(seven.practitioners).toBeGreaterThanOrEqual(300);
    expect(seven.practitioners).toBeGreaterThan(one.practitioners * 3);
    expect(seven.statements).toBe(one.statements);
  });
});

/**
 * A partnership-wide teaching view reads the universities subgraph: the figures, each council's
 * visits and each practitioner's contributions, and sessions with their facilitators. Its
 * statements must not grow from 1 council and 1 session to 7 councils and 40 sessions.
 */
describe('SQL statements per request in the universities subgraph', () => {
  let hub: TestHub;
  let token: string;

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    token = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
  });
  afterAll(() => hub.stop());

  const PARTNERSHIP_TEACHING = `query ($councils: Int!, $sessions: Int!) {
    partnership(id: "${DEMO_PARTNERSHIP_ID}") {
      universities { name lecturers(first: 5) { nodes { familyName } } }
      teaching { sessions coDeliveredShare byCouncil { council { name } practitionerTeaching { hours } shadowing { hours } } }
    }
    councils(first: $councils) {
      nodes {
        name
        teaching { practitionerTeaching { hours } shadowing { completed lecturerDaysInPractice } }
        shadowingVisits(first: 20) { totalCount nodes { status lecturer { familyName university { name } } } }
        practitioners(first: 60) { nodes { teachingContributions { hours sessions { title coDelivered } } } }
      }
    }
    teachingSessions(first: $sessions) {
      nodes { title coDelivered university { name } lecturers { familyName } practitioners { id } attendance { total placesLeft } }
    }
  }`;

  async function statementsFor(councils: number, sessions: number) {
    const counter = hub.subgraphs.universities.database.statements;
    const before = counter.total;
    const response = await hub.query(token, PARTNERSHIP_TEACHING, { councils, sessions });
    expect(response.errors).toBeUndefined();
    const visits = response.data!.councils.nodes.flatMap((council: any) => council.shadowingVisits.nodes);
    return { statements: counter.total - before, sessions: response.data!.teachingSessions.nodes.length, visits: visits.length };
  }

  it('is the same for 7 councils and 40 sessions as for 1 council and 1 session', async () => {
    const small = await statementsFor(1, 1);
    const large = await statementsFor(7, 40);
    expect(large.sessions).toBe(40);
    expect(large.visits).toBeGreaterThan(small.visits * 3);
    expect(large.statements).toBe(small.statements);
  });
});

/**
 * The partnership's placement view reads the placements subgraph: supply per council, each
 * council's offers with their placements, and students' practice days. Its statements must not
 * grow from 1 council to 7, or from 5 students to 60.
 */
describe('SQL statements per request in the placements subgraph', () => {
  let hub: TestHub;
  let token: string;

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    token = await hub.token({ roles: ['partnership_admin', 'council_admin'], partnerships: [DEMO_PARTNERSHIP_ID], councils: [] });
  });
  afterAll(() => hub.stop());

  const PARTNERSHIP_PLACEMENTS = `query ($councils: Int!, $students: Int!) {
    partnership(id: "${DEMO_PARTNERSHIP_ID}") {
      placementSettings { statutoryPlacementsRequired }
      placementSupply { total { shortfall } byCouncil { council { name } committedStatutoryPlaces offeredStatutoryPlaces allocatedStatutoryPlaces shortfall } }
      studentPracticeDays(first: $students) { nodes { student { id } practiceDays { totalDays daysToGo breaches { code } } } }
    }
    councils(first: $councils) {
      nodes {
        name
        placementSupply { allocatedStatutoryPlaces }
        practiceEducators { stage currentStudentCount practitioner { id } }
        placementOffers(first: 10) { nodes { level setting allocated placesLeft practiceEducator { stage } placements(first: 10) { totalCount } } }
      }
    }
  }`;

  async function statementsFor(councils: number, students: number) {
    const counter = hub.subgraphs.placements.database.statements;
    const before = counter.total;
    const response = await hub.query(token, PARTNERSHIP_PLACEMENTS, { councils, students });
    expect(response.errors).toBeUndefined();
    const offers = response.data!.councils.nodes.flatMap((council: any) => council.placementOffers.nodes);
    return {
      statements: counter.total - before,
      offers: offers.length,
      students: response.data!.partnership.studentPracticeDays.nodes.length,
    };
  }

  it('is the same for 7 councils and 60 students as for 1 council and 5 students', async () => {
    const small = await statementsFor(1, 5);
    const large = await statementsFor(7, 60);
    expect(large.students).toBe(60);
    expect(large.offers).toBeGreaterThan(small.offers * 3);
    expect(large.statements).toBe(small.statements);
  });
});

/**
 * Leadership progress reads the leadership subgraph: every pathway and stage, the ASYE cohort,
 * CPD and mentoring per council, and each practitioner's records. Its statements must not grow
 * from 2 councils to 7 (2 already touch every kind of record).
 */
describe('SQL statements per request in the leadership subgraph', () => {
  let hub: TestHub;
  let token: string;

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    const councils = (await hub.query(await hub.token({ roles: ['dashboard_viewer'] }), '{ councils(first: 7) { nodes { id } } }')).data!
      .councils.nodes;
    token = await hub.token({ roles: ['council_admin'], councils: councils.map((council: { id: string }) => council.id) });
  });
  afterAll(() => hub.stop());

  const PROGRESS = `query ($first: Int!) {
    councils(first: $first) {
      nodes {
        name
        leadershipProgress {
          pathways { pathway { name stages { name kssStandards { code } } } enrolled stages { stage { name } enrolled onTrack overdue paused } }
          asye { inProgress reviewsOverdue evidenceGapsNearFinalReview }
          cpd { complianceRate }
          mentoring { hoursThisYear }
        }
        practitioners(first: 60) { nodes { pathways { progress currentStage { name } } asye { reviews { overdue } } mentoring { purpose } } }
      }
    }
  }`;

  async function statementsFor(first: number) {
    const counter = hub.subgraphs.leadership.database.statements;
    const before = counter.total;
    const response = await hub.query(token, PROGRESS, { first });
    expect(response.errors).toBeUndefined();
    return { statements: counter.total - before, councils: response.data!.councils.nodes.length };
  }

  it('is the same for 7 councils as for 2', async () => {
    const two = await statementsFor(2);
    const seven = await statementsFor(7);
    expect(seven.councils).toBe(7);
    expect(seven.statements).toBe(two.statements);
  });
});
