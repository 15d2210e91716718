import { Client } from 'pg';
import { naturalKeyId } from '#hub/shared/natural-key-id';
import { scaleDemoData, type ScaledPartnership } from '../bench/scale-data';
import { DEMO_PARTNERSHIP_ID } from './support/demo';
import { startTestHub, type TestHub } from './support/test-hub';

const COPIED_TABLES = [
  'councils.council',
  'councils.team',
  'councils.practitioner',
  'councils.workforce_snapshot',
  'universities.student',
  'universities.lecturer',
  'universities.teaching_session',
  'universities.session_attendance',
  'universities.shadowing_visit',
  'placements.placement',
  'placements.placement_offer',
  'placements.qapl_review',
  'leadership.asye_record',
  'leadership.cpd_record',
  'leadership.pathway_enrolment',
  'leadership.mentoring_session',
];

/** Figures of one partnership, without its names and codes, which differ from copy to copy. */
const PARTNERSHIP_FIGURES = `query ($id: ID!) { partnership(id: $id) {
  councils { headcount { inPost agency } latestWorkforceSnapshot { vacancyRate } }
  placementSupply { byCouncil { committedStatutoryPlaces offeredStatutoryPlaces allocatedStatutoryPlaces } }
  studentPracticeDays(first: 100) { totalCount nodes { practiceDays { totalDays } } }
  teaching { sessions coDeliveredShare shadowing { completed } }
  leadershipProgress { total { asye { inProgress reviewsOverdue } cpd { complianceRate } mentoring { hoursInAcademicYear } } }
} }`;

describe('the demo partnership at scale', () => {
  let hub: TestHub;
  let before: Record<string, number>;
  let partnerships: ScaledPartnership[];

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    before = await rowCounts(hub.databaseUrl);
    partnerships = await scaleDemoData(hub.databaseUrl, 3);
  });
  afterAll(() => hub.stop());

  it('holds three partnerships, each with every row of the demo once', async () => {
    expect(partnerships.map((partnership) => partnership.partnershipId)[0]).toBe(DEMO_PARTNERSHIP_ID);
    expect(new Set(partnerships.map((partnership) => partnership.partnershipId)).size).toBe(3);
    for (const partnership of partnerships) {
      expect(partnership.councilIds).toHaveLength(7);
      expect(partnership.universityIds).toHaveLength(1);
    }
    const after = await rowCounts(hub.databaseUrl);
    for (const table of COPIED_TABLES) {
      expect(before[table]).toBeGreaterThan(0);
      expect([table, after[table]]).toEqual([table, 3 * before[table]]);
    }
    // The KSS headings are shared reference data, not the partnership's own.
    expect(after['leadership.kss_standard']).toBe(before['leadership.kss_standard']);
  });

  it('gives each copy the same figures as the demo', async () => {
    const answers = await Promise.all(
      partnerships.map(async ({ partnershipId }) => {
        const token = await hub.token({ roles: ['partnership_admin'], partnerships: [partnershipId] });
        return hub.query(token, PARTNERSHIP_FIGURES, { id: partnershipId });
      }),
    );
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    // Students are listed by id, and a copy's ids differ; their days are the same once sorted.
    const figures = answers.map(({ data }) => {
      const days = data!.partnership.studentPracticeDays as { totalCount: number; nodes: { practiceDays: { totalDays: number } }[] };
      return {
        ...data!.partnership,
        studentPracticeDays: { ...days, nodes: days.nodes.map((node) => node.practiceDays.totalDays).sort((a, b) => a - b) },
      };
    });
    expect(figures[0].studentPracticeDays.totalCount).toBeGreaterThan(0);
    expect(figures[1]).toEqual(figures[0]);
    expect(figures[2]).toEqual(figures[0]);
  });

  it('keeps the rule that a council’s id follows from its GSS code, and names each copy as one', async () => {
    const copy = partnerships[2];
    const token = await hub.token({ roles: ['partnership_admin'], partnerships: [copy.partnershipId] });
    const answer = await hub.query(token, `query ($id: ID!) { partnership(id: $id) { name councils { id gssCode name } } }`, {
      id: copy.partnershipId,
    });
    const councils = answer.data!.partnership.councils as { id: string; gssCode: string; name: string }[];
    expect(answer.data!.partnership.name).toBe('West Midlands Social Work Teaching Partnership (copy 3)');
    expect(councils.map((council) => council.name)).toContain('Birmingham City Council (copy 3)');
    for (const council of councils) {
      expect(council.gssCode).toMatch(/^E08\d{6}$/);
      expect(council.id).toBe(naturalKeyId('council', council.gssCode));
    }
    const byCode = await hub.query(token, `query ($gssCode: GssCode!) { council(gssCode: $gssCode) { id } }`, {
      gssCode: councils[0].gssCode,
    });
    expect(byCode.data!.council.id).toBe(councils[0].id);
  });

  it('refuses to scale a database that is already scaled', async () => {
    await expect(scaleDemoData(hub.databaseUrl, 2)).rejects.toThrow("Expected the demo's one partnership, found 3");
  });
});

async function rowCounts(databaseUrl: string): Promise<Record<string, number>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const counts: Record<string, number> = {};
    for (const table of [...COPIED_TABLES, 'leadership.kss_standard']) {
      counts[table] = Number((await client.query<{ count: string }>(`SELECT count(*) FROM ${table}`)).rows[0].count);
    }
    return counts;
  } finally {
    await client.end();
  }
}
