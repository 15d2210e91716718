import { DEMO_PARTNERSHIP_ID } from './support/demo';
import { startTestHub, type GraphQLResponse, type TestHub } from './support/test-hub';

/**
 * The same nested query over few rows and over many must run the same number of SQL statements
 * in each subgraph: every nested list and reference is batched per request, so the count does
 * not grow with the rows returned.
 */
describe('SQL statements per request', () => {
  let hub: TestHub;
  let partnershipAdmin: string;

  beforeAll(async () => {
    // 2 December: the leadership report also carries the registration year just ended, a loader more.
    hub = await startTestHub({ seedDemoData: true, env: { HUB_TODAY: '2026-12-02' } });
    partnershipAdmin = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
  });
  afterAll(() => hub.stop());

  /** Runs a query and counts the statements one subgraph ran for it. */
  async function run(subgraph: string, token: string, query: string) {
    const counter = hub.subgraphs[subgraph].database.statements;
    const before = counter.total;
    const response: GraphQLResponse = await hub.query(token, query);
    expect(response.errors).toBeUndefined();
    return { statements: counter.total - before, data: response.data! };
  }

  it('in the councils subgraph, is the same for 7 councils with their teams and practitioners as for 1', async () => {
    // Page sizes are written into the query, as a dashboard would: a variable counts as the largest page in the cost limit.
    const query = (first: number) => `{
      councils(first: ${first}) {
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
              practitioners(first: 50) { totalCount nodes { sweNumber familyName team { name } council { name } } }
            }
          }
        }
      }
    }`;
    const practitioners = (data: any) =>
      data.councils.nodes.flatMap((council: any) => council.teams.nodes.flatMap((team: any) => team.practitioners.nodes));
    const one = await run('councils', partnershipAdmin, query(1));
    const seven = await run('councils', partnershipAdmin, query(7));
    expect(seven.data.councils.nodes).toHaveLength(7);
    expect(practitioners(seven.data).length).toBeGreaterThanOrEqual(300);
    expect(practitioners(seven.data).length).toBeGreaterThan(practitioners(one.data).length * 3);
    expect(seven.statements).toBe(one.statements);
  });

  it('in the universities subgraph, is the same for 7 councils and 40 sessions as for 1 council and 1 session', async () => {
    const query = (councils: number, sessions: number) => `{
      partnership(id: "${DEMO_PARTNERSHIP_ID}") {
        universities { name lecturers(first: 5) { nodes { familyName } } }
        teaching { sessions coDeliveredShare byCouncil { council { name } practitionerTeaching { hours } shadowing { hours } } }
      }
      councils(first: ${councils}) {
        nodes {
          name
          teaching { practitionerTeaching { hours } shadowing { completed lecturerDaysInPractice } }
          shadowingVisits(first: 20) { totalCount nodes { status lecturer { familyName university { name } } } }
          practitioners(first: 20) { nodes { teachingContributions { hours sessions { title coDelivered } } } }
        }
      }
      teachingSessions(first: ${sessions}) {
        nodes { title coDelivered university { name } lecturers { familyName } practitioners { id } attendance { total placesLeft } }
      }
    }`;
    const visits = (data: any) => data.councils.nodes.flatMap((council: any) => council.shadowingVisits.nodes).length;
    const small = await run('universities', partnershipAdmin, query(1, 1));
    const large = await run('universities', partnershipAdmin, query(7, 40));
    expect(large.data.teachingSessions.nodes).toHaveLength(40);
    expect(visits(large.data)).toBeGreaterThan(visits(small.data) * 3);
    expect(large.statements).toBe(small.statements);
  });

  it('in the placements subgraph, is the same for 7 councils and 60 students as for 1 council and 5 students', async () => {
    const query = (councils: number, students: number) => `{
      partnership(id: "${DEMO_PARTNERSHIP_ID}") {
        placementSettings { statutoryPlacementsRequired }
        placementSupply { total { shortfall } byCouncil { council { name } committedStatutoryPlaces offeredStatutoryPlaces allocatedStatutoryPlaces shortfall } }
        studentPracticeDays(first: ${students}) { nodes { student { id } practiceDays { totalDays daysToGo breaches { code } } } }
      }
      councils(first: ${councils}) {
        nodes {
          name
          placementSupply { allocatedStatutoryPlaces }
          practiceEducators { stage currentStudentCount practitioner { id } }
          placementOffers(first: 10) { nodes { level setting allocated placesLeft practiceEducator { stage } placements(first: 10) { totalCount } } }
        }
      }
    }`;
    const offers = (data: any) => data.councils.nodes.flatMap((council: any) => council.placementOffers.nodes).length;
    const small = await run('placements', partnershipAdmin, query(1, 5));
    const large = await run('placements', partnershipAdmin, query(7, 60));
    expect(large.data.partnership.studentPracticeDays.nodes).toHaveLength(60);
    expect(offers(large.data)).toBeGreaterThan(offers(small.data) * 3);
    expect(large.statements).toBe(small.statements);
  });

  it('in the leadership subgraph, is the same for 7 councils as for 2 (2 already touch every kind of record)', async () => {
    const councils = (await hub.query(partnershipAdmin, '{ councils(first: 7) { nodes { id } } }')).data!.councils.nodes;
    const councilAdmin = await hub.token({ roles: ['council_admin'], councils: councils.map((council: { id: string }) => council.id) });
    // Page sizes are written into the query, as a dashboard would: a variable counts as the largest page in the cost limit.
    const query = (first: number) => `{
      councils(first: ${first}) {
        nodes {
          name
          leadershipProgress {
            pathways { pathway { name stages { name kssStandards { code } } } enrolled stages { stage { name } enrolled onTrack overdue paused } }
            asye { inProgress reviewsOverdue evidenceGapsNearFinalReview }
            cpd { complianceRate }
            cpdYearJustEnded { complianceRate }
            mentoring { hoursInAcademicYear }
          }
          practitioners(first: 10) { nodes { pathways { progress currentStage { name } } asye { reviews { overdue } } mentoring { purpose } } }
        }
      }
    }`;
    const two = await run('leadership', councilAdmin, query(2));
    const seven = await run('leadership', councilAdmin, query(7));
    expect(seven.data.councils.nodes).toHaveLength(7);
    expect(seven.statements).toBe(two.statements);
  });
});
