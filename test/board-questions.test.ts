/**
 * The questions a partnership board asks, each one request in docs/examples/board/, run through
 * the gateway against the demo partnership on 2 December 2026 and checked against figures worked
 * out here from the subgraphs' rows with SQL of their own, not with the hub's rules.
 */
import fs from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from '#hub/shared/repository-root';
import { tokenRequest } from '../scripts/token-claims';
import { DEMO_PARTNERSHIP_ID } from './support/demo';
import { startTestHub, type GraphQLResponse, type TestHub } from './support/test-hub';

const BOARD = path.join(repositoryRoot(__dirname), 'docs', 'examples', 'board');
const NOW = '2026-12-02T12:00:00Z';
const TODAY = '2026-12-02';
const THIS_YEAR = { name: '2026/27', from: '2026-08-01', to: '2027-07-31' };
const LAST_YEAR = { name: '2025/26', from: '2025-08-01', to: '2026-07-31' };
const REGISTRATION_YEAR_ENDED = { from: '2025-12-01', to: '2026-11-30' };

type Row = Record<string, any>;

describe('the board’s questions, one request each', () => {
  let hub: TestHub;
  const sql = (subgraph: string, text: string, parameters: unknown[] = []): Promise<Row[]> =>
    hub.subgraphs[subgraph].database.dataSource.query(text, parameters);

  /** Runs docs/examples/board/<name>.graphql with the token its header names. */
  const ask = async (name: string): Promise<Row> => {
    const text = fs.readFileSync(path.join(BOARD, `${name}.graphql`), 'utf8');
    const token = /^# token: (.*)$/m.exec(text)![1];
    const response: GraphQLResponse = await hub.query(await hub.token(tokenRequest(token.split(/\s+/)).claims), text);
    expect(response.errors).toBeUndefined();
    return response.data!.partnership;
  };

  let memberCouncils: Row[];
  const councilName = (id: string) => memberCouncils.find((council) => council.id === id)!.name;

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true, env: { HUB_TODAY: NOW } });
    memberCouncils = await sql(
      'councils',
      `SELECT c.id, c.name FROM councils.council c JOIN councils.partnership_council pc ON pc.council_id = c.id
        JOIN councils.partnership p ON p.id = pc.partnership_id WHERE p.name LIKE 'West Midlands%' ORDER BY c.name`,
    );
  });
  afterAll(() => hub.stop());

  /** Sessions of member universities in a year, not cancelled, held before `before`, with their kind and facilitators. */
  const sessions = (year: { from: string; to: string }, before = '2100-01-01') =>
    sql(
      'universities',
      `SELECT s.id, s.kind, s.duration_minutes,
              EXISTS (SELECT 1 FROM universities.session_facilitator f WHERE f.session_id = s.id AND f.lecturer_id IS NOT NULL) AS with_lecturer,
              EXISTS (SELECT 1 FROM universities.session_facilitator f WHERE f.session_id = s.id AND f.practitioner_id IS NOT NULL) AS with_practitioner,
              to_char(s.starts_at AT TIME ZONE 'Europe/London', 'YYYY-MM') AS month
         FROM universities.teaching_session s
        WHERE s.cancelled_at IS NULL AND (s.starts_at AT TIME ZONE 'Europe/London')::date BETWEEN $1 AND $2 AND s.starts_at < $3`,
      [year.from, year.to, before],
    );

  it('how many masterclasses were held last year against the four promised', async () => {
    const answer = await ask('masterclasses');
    const held = (await sessions(LAST_YEAR)).filter((session) => session.kind === 'MASTERCLASS').length;
    expect(answer.teachingAgreement.targets.masterclasses).toBe(4);
    expect(answer.teachingAgreement.progress.find((line: Row) => line.measure === 'MASTERCLASSES')).toEqual({
      measure: 'MASTERCLASSES',
      target: 4,
      actual: held,
      met: held >= 4,
      suppressed: [],
    });
    expect(answer.teaching.byKind.find((kind: Row) => kind.kind === 'MASTERCLASS').sessions).toBe(held);
  });

  it('what share of last year’s teaching was co-delivered, month by month', async () => {
    const answer = (await ask('co-delivered-share')).teaching;
    const rows = await sessions(LAST_YEAR);
    const coDelivered = rows.filter((row) => row.with_lecturer && row.with_practitioner).length;
    expect([answer.sessions, answer.coDeliveredSessions]).toEqual([rows.length, coDelivered]);
    expect(answer.coDeliveredShare).toBeCloseTo(coDelivered / rows.length, 4);
    for (const month of answer.byMonth) {
      const inMonth = rows.filter((row) => row.month === month.month).length;
      expect([month.month, month.sessions]).toEqual([month.month, inMonth]);
    }
  });

  it('how many days lecturers spent in practice in each council last year', async () => {
    const answer = (await ask('lecturer-days-per-council')).teaching;
    const days = await sql(
      'universities',
      `SELECT council_id, COUNT(DISTINCT (lecturer_id, visit_on))::int AS days FROM universities.shadowing_visit
        WHERE status = 'COMPLETED' AND visit_on BETWEEN $1 AND $2 GROUP BY council_id`,
      [LAST_YEAR.from, LAST_YEAR.to],
    );
    for (const council of memberCouncils) {
      const row = answer.byCouncil.find((entry: Row) => entry.council.name === council.name);
      expect([council.name, row.shadowing.lecturerDaysInPractice]).toEqual([
        council.name,
        days.find((day) => day.council_id === council.id)?.days ?? 0,
      ]);
    }
  });

  it('which practitioners who co-deliver teaching have a leadership mentor, and for how many hours', async () => {
    const answer = (await ask('co-delivering-practitioners-mentoring')).coDeliveringPractitioners;
    const memberIds = memberCouncils.map((council) => council.id);
    const teaching = await sql(
      'universities',
      `SELECT f.practitioner_id, f.council_id, SUM(s.duration_minutes)::int AS minutes,
              COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM universities.session_facilitator l WHERE l.session_id = s.id AND l.lecturer_id IS NOT NULL))::int AS co_delivered
         FROM universities.session_facilitator f JOIN universities.teaching_session s ON s.id = f.session_id
        WHERE f.practitioner_id IS NOT NULL AND s.cancelled_at IS NULL AND f.council_id = ANY($3)
          AND (s.starts_at AT TIME ZONE 'Europe/London')::date BETWEEN $1 AND $2
        GROUP BY 1, 2 HAVING COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM universities.session_facilitator l WHERE l.session_id = s.id AND l.lecturer_id IS NOT NULL)) > 0`,
      [THIS_YEAR.from, THIS_YEAR.to, memberIds],
    );
    const mentoring = await sql(
      'leadership',
      `SELECT r.mentee_practitioner_id AS id,
              COUNT(DISTINCT r.id) FILTER (WHERE r.ended_on IS NULL OR r.ended_on >= $3)::int AS mentors,
              COALESCE(SUM(m.minutes) FILTER (WHERE m.held_on BETWEEN $1 AND $2 AND m.held_on <= $3), 0)::int AS minutes
         FROM leadership.mentoring_relationship r LEFT JOIN leadership.mentoring_session m ON m.relationship_id = r.id
        GROUP BY 1`,
      [THIS_YEAR.from, THIS_YEAR.to, TODAY],
    );
    const names = await sql('councils', `SELECT id, given_name, family_name FROM councils.practitioner`);
    expect(answer.totalCount).toBe(teaching.length);
    expect(teaching.length).toBeGreaterThan(0);
    for (const row of teaching) {
      const person = names.find((name) => name.id === row.practitioner_id)!;
      const mentored = mentoring.find((entry) => entry.id === row.practitioner_id);
      const node = answer.nodes.find(
        (entry: Row) => entry.practitioner.familyName === person.family_name && entry.practitioner.givenName === person.given_name,
      );
      expect(node).toEqual({
        council: { name: councilName(row.council_id) },
        practitioner: {
          givenName: person.given_name,
          familyName: person.family_name,
          mentoringReceived: {
            currentMentors: mentored?.mentors ?? 0,
            hoursInAcademicYear: Math.round(((mentored?.minutes ?? 0) / 60) * 10) / 10,
          },
        },
        coDeliveredSessions: row.co_delivered,
        teachingHours: Math.round((row.minutes / 60) * 100) / 100,
      });
    }
    expect(answer.nodes.some((node: Row) => node.practitioner.mentoringReceived.currentMentors > 0)).toBe(true);
  });

  it('which newly qualified social workers have an overdue ASYE review', async () => {
    const answer = (await ask('overdue-asye-reviews')).asyeReviewsToFollowUp;
    // Due dates worked out in SQL for records never paused (a pause moves every later date on).
    const unpaused = await sql(
      'leadership',
      `SELECT a.id, a.practitioner_id, a.council_id, point, to_char(a.started_on + make_interval(months => months), 'YYYY-MM-DD') AS due_on
         FROM leadership.asye_record a
        CROSS JOIN (VALUES ('AGREEMENT', 0), ('THREE_MONTH', 3), ('SIX_MONTH', 6), ('NINE_MONTH', 9), ('FINAL', 12)) AS points(point, months)
        WHERE a.status IN ('IN_PROGRESS', 'PAUSED') AND jsonb_array_length(a.pauses) = 0
          AND (point <> 'NINE_MONTH' OR a.with_nine_month_review)
          AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(a.held_reviews) held WHERE held->>'point' = point)
          AND a.started_on + make_interval(months => months) < $1::date
        ORDER BY due_on`,
      [TODAY],
    );
    const paused = await sql('leadership', `SELECT practitioner_id FROM leadership.asye_record WHERE jsonb_array_length(pauses) > 0`);
    const names = await sql('councils', `SELECT id, given_name, family_name FROM councils.practitioner`);
    const nameOf = (id: string) => names.find((name) => name.id === id)!;
    const listed = answer.nodes.filter(
      (node: Row) =>
        !paused.some(
          (row) =>
            nameOf(row.practitioner_id).family_name === node.practitioner.familyName &&
            nameOf(row.practitioner_id).given_name === node.practitioner.givenName,
        ),
    );
    expect(unpaused.length).toBeGreaterThan(0);
    expect(listed).toEqual(
      unpaused.map((row) => ({
        practitioner: { givenName: nameOf(row.practitioner_id).given_name, familyName: nameOf(row.practitioner_id).family_name },
        council: { name: councilName(row.council_id) },
        point: row.point,
        dueOn: row.due_on,
        daysOverdue: Math.round((Date.parse(TODAY) - Date.parse(row.due_on)) / 86_400_000),
      })),
    );
    const dueDates = answer.nodes.map((node: Row) => node.dueOn);
    expect(dueDates).toEqual([...dueDates].sort());
  });

  it('what each council’s CPD compliance was for the registration year that ended on 30 November', async () => {
    const answer = (await ask('cpd-compliance-year-ended')).leadershipProgress;
    const { from, to } = REGISTRATION_YEAR_ENDED;
    // Who counts: anyone with CPD in the year, or a pathway, ASYE or mentoring (as mentee) running on a day of it.
    const cohort = await sql(
      'leadership',
      `WITH people AS (
         SELECT practitioner_id, council_id FROM leadership.cpd_record WHERE completed_on BETWEEN $1 AND $2
         UNION SELECT practitioner_id, council_id FROM leadership.pathway_enrolment WHERE started_on <= $2 AND (ended_on IS NULL OR ended_on >= $1)
         UNION SELECT practitioner_id, council_id FROM leadership.asye_record WHERE started_on <= $2 AND (ended_on IS NULL OR ended_on >= $1)
         UNION SELECT mentee_practitioner_id, mentee_council_id FROM leadership.mentoring_relationship WHERE started_on <= $2 AND (ended_on IS NULL OR ended_on >= $1)
       )
       SELECT p.council_id, COUNT(*)::int AS practitioners,
              COUNT(*) FILTER (WHERE (SELECT COUNT(*) FROM leadership.cpd_record c WHERE c.practitioner_id = p.practitioner_id AND c.completed_on BETWEEN $1 AND $2) >= 2
                                 AND EXISTS (SELECT 1 FROM leadership.cpd_record c WHERE c.practitioner_id = p.practitioner_id AND c.completed_on BETWEEN $1 AND $2 AND c.peer_reflection))::int AS compliant
         FROM people p GROUP BY p.council_id`,
      [from, to],
    );
    for (const row of answer.byCouncil) {
      const council = memberCouncils.find((member) => member.name === row.council.name)!;
      const expected = cohort.find((entry) => entry.council_id === council.id) ?? { practitioners: 0, compliant: 0 };
      expect([row.council.name, row.cpd.registrationYear, row.cpd.practitioners, row.cpd.compliant]).toEqual([
        council.name,
        2026,
        expected.practitioners,
        expected.compliant,
      ]);
    }
  });

  it('how far short of its promised statutory placements each council is this year', async () => {
    const answer = (await ask('statutory-placement-shortfall')).placementSupply;
    const committed = await sql(
      'placements',
      `SELECT council_id, statutory_places FROM placements.placement_commitment WHERE academic_year = $1`,
      [THIS_YEAR.name],
    );
    const offered = await sql(
      'placements',
      `SELECT council_id, SUM(capacity)::int AS places FROM placements.placement_offer
        WHERE academic_year = $1 AND setting <> 'VOLUNTARY_OR_PRIVATE' GROUP BY council_id`,
      [THIS_YEAR.name],
    );
    const allocated = await sql(
      'placements',
      `SELECT p.council_id, COUNT(*)::int AS placements FROM placements.placement p JOIN placements.placement_offer o ON o.id = p.offer_id
        WHERE o.academic_year = $1 AND p.setting <> 'VOLUNTARY_OR_PRIVATE' AND p.status <> 'CANCELLED' GROUP BY p.council_id`,
      [THIS_YEAR.name],
    );
    for (const council of memberCouncils) {
      const row = answer.byCouncil.find((entry: Row) => entry.council.name === council.name);
      const promised = committed.find((entry) => entry.council_id === council.id)?.statutory_places ?? 0;
      const offeredPlaces = offered.find((entry) => entry.council_id === council.id)?.places ?? 0;
      expect([council.name, row.committedStatutoryPlaces, row.offeredStatutoryPlaces, row.allocatedStatutoryPlaces, row.shortfall]).toEqual(
        [
          council.name,
          promised,
          offeredPlaces,
          allocated.find((entry) => entry.council_id === council.id)?.placements ?? 0,
          Math.max(0, promised - offeredPlaces),
        ],
      );
    }
  });

  it('how each council’s use of agency social workers compares with its Ofsted grade', async () => {
    const councils = (await ask('agency-rate-ofsted')).councils;
    const latest = await sql(
      'councils',
      `SELECT DISTINCT ON (w.council_id) c.name, c.ofsted_rating, to_char(w.census_date, 'YYYY-MM-DD') AS census_date, w.agency_fte::float8 AS agency, w.permanent_fte::float8 AS permanent
         FROM councils.workforce_snapshot w JOIN councils.council c ON c.id = w.council_id ORDER BY w.council_id, w.census_date DESC`,
    );
    expect(councils).toHaveLength(memberCouncils.length);
    for (const council of councils) {
      const row = latest.find((entry) => entry.name === council.name)!;
      expect([council.name, council.ofstedRating, council.latestWorkforceSnapshot.censusDate]).toEqual([
        row.name,
        row.ofsted_rating,
        row.census_date,
      ]);
      expect(council.latestWorkforceSnapshot.agencyRate).toBeCloseTo(row.agency / (row.agency + row.permanent), 3);
    }
  });

  it('are we doing what we promised: every promise of this year’s agreement against what happened', async () => {
    const answer = await ask('agreement-progress');
    const held = await sessions(THIS_YEAR, NOW);
    const line = (section: Row, measure: string) => section.progress.find((entry: Row) => entry.measure === measure);
    expect(line(answer.teachingAgreement, 'MASTERCLASSES')).toMatchObject({
      target: 5,
      actual: held.filter((session) => session.kind === 'MASTERCLASS').length,
      met: false,
    });
    expect(line(answer.teachingAgreement, 'SEMINARS').actual).toBe(held.filter((session) => session.kind === 'SEMINAR').length);

    const [{ committed }] = await sql(
      'placements',
      `SELECT COALESCE(SUM(statutory_places), 0)::int AS committed FROM placements.placement_commitment WHERE academic_year = $1`,
      [THIS_YEAR.name],
    );
    const [{ allocated }] = await sql(
      'placements',
      `SELECT COUNT(*)::int AS allocated FROM placements.placement p JOIN placements.placement_offer o ON o.id = p.offer_id
        WHERE o.academic_year = $1 AND p.setting <> 'VOLUNTARY_OR_PRIVATE' AND p.status <> 'CANCELLED'`,
      [THIS_YEAR.name],
    );
    expect(line(answer.placementAgreement, 'STATUTORY_PLACES_COMMITTED')).toEqual({
      measure: 'STATUTORY_PLACES_COMMITTED',
      target: committed,
      actual: allocated,
      met: allocated >= committed,
    });
    const settings = await sql('placements', `SELECT statutory_placements_required AS required FROM placements.placement_settings`);
    // The demo partnership keeps the default of one until its admins set two.
    expect(answer.placementAgreement.statutoryPlacementsPerStudent).toBe(settings[0]?.required ?? 1);

    const [{ completed }] = await sql(
      'leadership',
      `SELECT COUNT(*)::int AS completed FROM leadership.pathway_enrolment WHERE status = 'COMPLETED' AND ended_on BETWEEN $1 AND $2`,
      [THIS_YEAR.from, THIS_YEAR.to],
    );
    expect(answer.leadershipAgreement.registrationYear).toBe(2027);
    expect(line(answer.leadershipAgreement, 'PATHWAY_COMPLETIONS')).toMatchObject({ target: 8, actual: completed, met: completed >= 8 });
    expect(line(answer.leadershipAgreement, 'CPD_COMPLIANCE_RATE').target).toBe(0.85);
  });

  it('which placements are at risk, and which QAPL reviews the university has not scrutinised', async () => {
    const atRisk = await ask('placements-at-risk');
    const notScrutinised = (await ask('qapl-not-scrutinised')).placementsToFollowUp;
    const rows = await sql(
      'placements',
      `SELECT p.id, p.council_id, p.status, p.midpoint_outcome, to_char(p.midpoint_reviewed_on, 'YYYY-MM-DD') AS reviewed_on,
              to_char(p.ended_on, 'YYYY-MM-DD') AS ended_on, q.id AS review, q.scrutinised_on, to_char(q.completed_on, 'YYYY-MM-DD') AS completed_on
         FROM placements.placement p LEFT JOIN placements.qapl_review q ON q.placement_id = p.id`,
    );
    const ids = (nodes: Row[]) => nodes.map((node) => node.id).sort();
    const concerns = rows.filter((row) => row.midpoint_outcome === 'CONCERNS' && ['PROPOSED', 'CONFIRMED', 'ACTIVE'].includes(row.status));
    const endedEarly = rows.filter((row) => row.status === 'ENDED_EARLY');
    const unscrutinised = rows.filter(
      (row) => row.review !== null && row.scrutinised_on === null && ['COMPLETED', 'ENDED_EARLY'].includes(row.status),
    );
    expect(ids(atRisk.concerns.nodes)).toEqual(concerns.map((row) => row.id).sort());
    expect(ids(atRisk.endedEarly.nodes)).toEqual(endedEarly.map((row) => row.id).sort());
    expect(ids(notScrutinised.nodes)).toEqual(unscrutinised.map((row) => row.id).sort());
    // On 2 December this year's placements are not yet at their midpoint, so the concerns found earlier are on finished ones.
    expect([endedEarly.length, unscrutinised.length].every((count) => count > 0)).toBe(true);
    for (const node of atRisk.endedEarly.nodes) {
      const row = rows.find((candidate) => candidate.id === node.id)!;
      expect([node.council.name, node.since]).toEqual([councilName(row.council_id), row.ended_on]);
    }
    const since = notScrutinised.nodes.map((node: Row) => node.since);
    expect(since).toEqual([...since].sort());
  });

  it('which students cannot get the statutory placements the partnership promises, once it promises two', async () => {
    // The demo partnership keeps the default of one; promise two, as the Birmingham partnership does.
    const admin = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
    const promised = await hub.query(
      admin,
      `mutation { placementSettingsUpdate(input: { partnershipId: "${DEMO_PARTNERSHIP_ID}", statutoryPlacementsRequired: 2 }) { userErrors { code } } }`,
    );
    expect(promised.data!.placementSettingsUpdate.userErrors).toEqual([]);
    const answer = (await ask('students-without-statutory-placement')).studentPracticeDays;
    // Statutory placements live or passed, and the levels (first, final) not yet placed, against the requirement.
    const required =
      (await sql('placements', `SELECT statutory_placements_required AS required FROM placements.placement_settings`))[0]?.required ?? 1;
    const students = await sql(
      'placements',
      `SELECT student_id,
              COUNT(*) FILTER (WHERE setting <> 'VOLUNTARY_OR_PRIVATE' AND (status IN ('PROPOSED', 'CONFIRMED', 'ACTIVE') OR (status = 'COMPLETED' AND final_outcome = 'PASS')))::int AS statutory,
              COUNT(DISTINCT level) FILTER (WHERE status IN ('PROPOSED', 'CONFIRMED', 'ACTIVE') OR (status = 'COMPLETED' AND final_outcome = 'PASS'))::int AS levels
         FROM placements.placement GROUP BY student_id`,
    );
    const short = students.filter((row) => row.statutory + (2 - row.levels) < required).map((row) => row.student_id);
    expect(answer.totalCount).toBe(short.length);
    expect(short.length).toBeGreaterThan(0);
    expect(answer.nodes.map((node: Row) => node.student.id).sort()).toEqual(short.sort());
  });

  it('who has been longer in their leadership pathway stage than it expects', async () => {
    const answer = (await ask('overdue-pathway-stages')).pathwayStagesOverdue;
    // Worked out in SQL for enrolments never paused: their stage is overdue once its expected months have passed.
    const unpaused = await sql(
      'leadership',
      `SELECT e.id, e.practitioner_id, s.name AS stage, to_char(e.stage_started_on + make_interval(months => s.expected_months), 'YYYY-MM-DD') AS expected_by
         FROM leadership.pathway_enrolment e
         JOIN leadership.pathway_stage s ON s.pathway_id = e.pathway_id AND s.position = e.current_position
        WHERE e.status = 'ACTIVE' AND jsonb_array_length(e.pauses) = 0 AND e.stage_started_on + make_interval(months => s.expected_months) < $1::date`,
      [TODAY],
    );
    const paused = await sql('leadership', `SELECT practitioner_id FROM leadership.pathway_enrolment WHERE jsonb_array_length(pauses) > 0`);
    const names = await sql('councils', `SELECT id, given_name, family_name FROM councils.practitioner`);
    const nameOf = (id: string) => names.find((name) => name.id === id)!;
    const isPaused = (node: Row) =>
      paused.some(
        (row) =>
          nameOf(row.practitioner_id).family_name === node.practitioner.familyName &&
          nameOf(row.practitioner_id).given_name === node.practitioner.givenName,
      );
    const listed = answer.nodes.filter((node: Row) => !isPaused(node));
    expect(unpaused.length).toBeGreaterThan(0);
    expect(listed.map((node: Row) => [node.practitioner.familyName, node.stage.name, node.expectedBy]).sort()).toEqual(
      unpaused.map((row) => [nameOf(row.practitioner_id).family_name, row.stage, row.expected_by]).sort(),
    );
    for (const node of answer.nodes) {
      expect(node.daysOverdue).toBe(Math.round((Date.parse(TODAY) - Date.parse(node.expectedBy)) / 86_400_000));
    }
  });
});
