/**
 * The demo partnership is seeded from the day the hub first starts, so it must make sense on any
 * day: nothing dated after today or after its record ended, and every record in a state its dates
 * allow. Each start date below seeds a fresh database; each invariant is a query for the rows that
 * break it, which must find none.
 */
import { Client } from 'pg';
import { fixedClock, parseClockSetting, readClock } from '#hub/shared/clock';
import { openSubgraphDatabase } from '#hub/shared/database';
import { createLogger } from '#hub/shared/logger';
import { createScratchDatabase, type ScratchDatabase } from '#hub/shared/scratch-database';
import { subgraphRegistry } from '#hub/shared/subgraph-registry';
import { loadSubgraph } from '../subgraphs/load-subgraph';

/** Dates, or instants where the hour matters: 01:30 UTC on 29 March 2026 is just after the clocks went forward. */
const START_DATES = ['2026-12-01', '2026-12-02', '2027-07-31', '2027-08-01', '2028-02-29', '2026-03-29T01:30:00Z'];

/** Each query returns the rows that break the invariant; `:today` is the seeding day, `:now` its instant. */
const INVARIANTS: readonly [string, string][] = [
  ['no Ofsted judgement after today', `SELECT id FROM councils.council WHERE ofsted_rated_on > :today`],
  [
    'practitioners qualify before they start, and start by today',
    `SELECT id FROM councils.practitioner WHERE started_on > :today OR qualified_on > started_on OR left_on > :today`,
  ],
  ['no workforce census after today', `SELECT id FROM councils.workforce_snapshot WHERE census_date > :today`],
  ['no suitability confirmed after today', `SELECT id FROM universities.student WHERE suitability_confirmed_on > :today`],
  [
    'attendance only at sessions that have begun',
    `SELECT a.id FROM universities.session_attendance a JOIN universities.teaching_session s ON s.id = a.session_id WHERE s.starts_at > :now`,
  ],
  ['no session cancelled in the future', `SELECT id FROM universities.teaching_session WHERE cancelled_at > :now`],
  [
    'shadowing visits: done ones in the past, open ones ahead, decisions and completions not in the future',
    `SELECT id FROM universities.shadowing_visit WHERE
       (status = 'COMPLETED' AND visit_on > :today) OR (status IN ('REQUESTED', 'APPROVED') AND visit_on < :today)
       OR decided_at > :now OR completed_at > :now OR cancelled_at > :now OR completed_at::date < visit_on`,
  ],
  [
    'practice educators approved by today, after qualifying',
    `SELECT id FROM placements.practice_educator WHERE approved_on > :today OR qualified_on > approved_on`,
  ],
  [
    'placements in a state their dates allow',
    `SELECT id FROM placements.placement WHERE
       (status IN ('ACTIVE', 'COMPLETED', 'ENDED_EARLY') AND starts_on > :today)
       OR (status IN ('PROPOSED', 'CONFIRMED') AND starts_on <= :today AND ends_on < :today)
       OR learning_agreement_signed_on > :today OR midpoint_reviewed_on > :today OR midpoint_reviewed_on < starts_on
       OR ended_on > :today OR ended_on < starts_on OR (status IN ('COMPLETED', 'ENDED_EARLY')) <> (ended_on IS NOT NULL)`,
  ],
  [
    'QAPL reviews after the placement ended, scrutinised after completion, none in the future',
    `SELECT q.id FROM placements.qapl_review q JOIN placements.placement p ON p.id = q.placement_id
     WHERE q.completed_on > :today OR q.completed_on < p.ended_on OR q.scrutinised_on > :today OR q.scrutinised_on < q.completed_on`,
  ],
  [
    'ASYE records: started by today, ended between start and today, ended exactly when finished',
    `SELECT id FROM leadership.asye_record WHERE started_on > :today OR ended_on > :today OR ended_on < started_on
       OR (status IN ('COMPLETED', 'WITHDRAWN')) <> (ended_on IS NOT NULL)`,
  ],
  [
    'ASYE reviews held between the start and today',
    `SELECT r.id FROM leadership.asye_record r, jsonb_array_elements(r.held_reviews) review
     WHERE (review->>'heldOn')::date > :today OR (review->>'heldOn')::date < r.started_on`,
  ],
  [
    'ASYE pauses after the start, only a paused record open, none ending after today',
    `SELECT r.id FROM leadership.asye_record r, jsonb_array_elements(r.pauses) pause
     WHERE (pause->>'startedOn')::date < r.started_on OR (pause->>'startedOn')::date > :today
       OR (pause->>'endedOn')::date > :today OR ((pause->>'endedOn') IS NULL) <> (r.status = 'PAUSED')`,
  ],
  [
    'pathway enrolments: started by today, the current stage begun between start and end, ended exactly when finished',
    `SELECT id FROM leadership.pathway_enrolment WHERE started_on > :today OR ended_on > :today OR ended_on < started_on
       OR stage_started_on < started_on OR stage_started_on > COALESCE(ended_on, :today)
       OR (status IN ('COMPLETED', 'WITHDRAWN')) <> (ended_on IS NOT NULL)`,
  ],
  [
    'stage sign-offs between the start and the end, or today while running',
    `SELECT e.id FROM leadership.pathway_enrolment e, jsonb_array_elements(e.sign_offs) sign_off
     WHERE (sign_off->>'signedOffOn')::date < e.started_on OR (sign_off->>'signedOffOn')::date > COALESCE(e.ended_on, :today)`,
  ],
  [
    'a completed pathway has every stage signed off',
    `SELECT e.id FROM leadership.pathway_enrolment e WHERE e.status = 'COMPLETED'
       AND jsonb_array_length(e.sign_offs) <> (SELECT count(*) FROM leadership.pathway_stage s WHERE s.pathway_id = e.pathway_id)`,
  ],
  [
    'mentoring sessions within their relationship, none after today',
    `SELECT s.id FROM leadership.mentoring_session s JOIN leadership.mentoring_relationship r ON r.id = s.relationship_id
     WHERE s.held_on > :today OR s.held_on < r.started_on OR s.held_on > r.ended_on OR r.started_on > :today`,
  ],
  ['no CPD completed after today', `SELECT id FROM leadership.cpd_record WHERE completed_on > :today`],
];

describe.each(START_DATES)('the demo partnership seeded on %s', (startDate) => {
  let database: ScratchDatabase;
  let client: Client;
  const clock = readClock(fixedClock(parseClockSetting(startDate)!));

  beforeAll(async () => {
    database = await createScratchDatabase(process.env.TEST_DATABASE_SERVER_URL!, 'hub_demo_dates');
    const log = createLogger('test', 'silent');
    for (const { name } of subgraphRegistry) {
      const definition = loadSubgraph(name);
      const opened = await openSubgraphDatabase({
        url: database.url,
        schema: name,
        entities: definition.entities,
        migrations: definition.migrations,
        log,
        afterMigrations: (dataSource, seedLog) => definition.seedDemoData!(dataSource, seedLog, clock),
      });
      await opened.close();
    }
    client = new Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await database.drop();
  });

  it('has records in every subgraph', async () => {
    for (const table of ['councils.practitioner', 'universities.shadowing_visit', 'placements.placement', 'leadership.asye_record']) {
      const { rows } = await client.query(`SELECT count(*)::int AS count FROM ${table}`);
      expect(rows[0].count).toBeGreaterThan(0);
    }
  });

  it.each(INVARIANTS)('keeps the rule: %s', async (_rule, sql) => {
    const values: unknown[] = [];
    const bound = sql.replace(/:(today|now)\b/g, (_match, name: 'today' | 'now') => {
      values.push(clock[name]);
      return name === 'today' ? `$${values.length}::date` : `$${values.length}::timestamptz`;
    });
    const { rows } = await client.query(bound, values);
    expect(rows).toEqual([]);
  });
});
