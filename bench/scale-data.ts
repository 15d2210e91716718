/**
 * The demo partnership at N times its size, for benchmarks: after the four subgraphs have seeded
 * the demo, copies 2..N of it are made in bulk, each a partnership of its own with its own seven
 * councils, university, staff, students, placements, sessions, ASYE, pathways and CPD. Every row
 * the seeds wrote is copied by one INSERT … SELECT per table, in one transaction, so scale 50 loads
 * in seconds. A copy keeps its original's dates, states and figures, so each partnership answers
 * every question as the demo does. Ids are remapped by copy: a council, university or practitioner
 * gets the name-based id of its new national code (natural-key-id.ts), as the hub derives ids from
 * those codes; any other id becomes an md5 of the copy and the old id, the same in every subgraph's
 * schema, so references across subgraphs still meet. Deterministic: the same scale gives the same rows.
 */
import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { AUDIT_SETTING } from '#hub/shared/audit/subscriber';
import { naturalKeyId, uuidFromHex } from '#hub/shared/natural-key-id';
import { subgraphRegistry } from '#hub/shared/subgraph-registry';

export const MAX_SCALE = 999;

/** What a benchmark needs to know of one partnership to sign tokens for its people. */
export interface ScaledPartnership {
  readonly partnershipId: string;
  readonly universityIds: readonly string[];
  readonly councilIds: readonly string[];
}

/** Tables of the hub's own bookkeeping, and the KSS headings that every pathway shares. */
const NOT_COPIED = new Set(['migrations', 'audit_event', 'idempotency_key', 'kss_standard']);
/** References to rows that are not copied keep their ids. */
const SHARED_REFERENCES = new Set(['pathway_stage_kss.kss_standard_id']);
/** Text columns that are unique across the hub, given each copy's own value. */
const NATURAL_KEY_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  'councils.council': ['gss_code', 'name'],
  'councils.partnership': ['name'],
  'councils.practitioner': ['swe_number'],
  'universities.university': ['ukprn', 'name'],
};
const STAGING = 'hub_scale';

interface NaturalKeyRow {
  readonly copy: number;
  readonly oldId: string;
  readonly newId: string;
  readonly key: string | null;
  readonly name: string | null;
}

/**
 * Makes the database hold `scale` partnerships. The demo must be seeded and not yet scaled.
 * Answers each partnership's ids, the demo's first.
 */
export async function scaleDemoData(databaseUrl: string, scale: number): Promise<ScaledPartnership[]> {
  if (!Number.isInteger(scale) || scale < 1 || scale > MAX_SCALE) {
    throw new Error(`The scale must be a whole number from 1 to ${MAX_SCALE}; got ${scale}.`);
  }
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const partnerships = (await client.query<{ count: string }>('SELECT count(*) FROM councils.partnership')).rows[0].count;
    if (Number(partnerships) !== 1) {
      throw new Error(`Expected the demo's one partnership, found ${partnerships}: scale a freshly seeded database.`);
    }
    if (scale > 1) {
      await client.query('BEGIN');
      // The audit log records the copies as the seeds' own rows are recorded: written by the system.
      const attribution = {
        action: 'scaleDemoData',
        requestId: 'scaleDemoData',
        actor: 'system',
        actorRoles: [],
        organisationIds: [],
        actorOrganisationIds: [],
      };
      await client.query(`SELECT set_config('${AUDIT_SETTING}', $1, true)`, [JSON.stringify(attribution)]);
      await stageNaturalKeys(client, await naturalKeyRows(client, scale));
      for (const table of await tablesParentsFirst(client)) await copyTable(client, table, scale);
      await client.query(`DROP SCHEMA ${STAGING} CASCADE`);
      await client.query('COMMIT');
      // The planner's statistics must know the tables grew, as autovacuum would tell it later.
      await client.query('ANALYZE');
    }
    return await partnershipIds(client);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** The new national codes, names and ids of copies 2..scale of the councils, practitioners, university and partnership. */
async function naturalKeyRows(client: Client, scale: number): Promise<NaturalKeyRow[]> {
  const councils = (
    await client.query<{ id: string; gss_code: string; name: string }>('SELECT id, gss_code, name FROM councils.council ORDER BY gss_code')
  ).rows;
  const practitioners = (await client.query<{ id: string; swe_number: string }>('SELECT id, swe_number FROM councils.practitioner')).rows;
  const universities = (
    await client.query<{ id: string; ukprn: string; name: string }>('SELECT id, ukprn, name FROM universities.university ORDER BY ukprn')
  ).rows;
  const [partnership] = (await client.query<{ id: string; name: string }>('SELECT id, name FROM councils.partnership')).rows;
  const rows: NaturalKeyRow[] = [];
  for (let copy = 2; copy <= scale; copy += 1) {
    const named = (name: string) => `${name} (copy ${copy})`;
    rows.push({ copy, oldId: partnership.id, newId: md5Id(copy, partnership.id), key: null, name: named(partnership.name) });
    councils.forEach((council, index) => {
      // Real GSS codes in each series run below 000400, so 100000 and up are free for copies.
      const gssCode = `${council.gss_code.slice(0, 3)}${100_000 + (copy - 2) * councils.length + index}`;
      rows.push({ copy, oldId: council.id, newId: naturalKeyId('council', gssCode), key: gssCode, name: named(council.name) });
    });
    for (const practitioner of practitioners) {
      const sweNumber = `SW${copy}${practitioner.swe_number.slice(2).padStart(6, '0')}`;
      rows.push({ copy, oldId: practitioner.id, newId: naturalKeyId('practitioner', sweNumber), key: sweNumber, name: null });
    }
    universities.forEach((university, index) => {
      const ukprn = String(19_000_000 + copy * 10 + index);
      rows.push({ copy, oldId: university.id, newId: naturalKeyId('university', ukprn), key: ukprn, name: named(university.name) });
    });
  }
  return rows;
}

async function stageNaturalKeys(client: Client, rows: readonly NaturalKeyRow[]): Promise<void> {
  await client.query(`CREATE SCHEMA ${STAGING}`);
  await client.query(
    `CREATE TABLE ${STAGING}.natural_key (copy int NOT NULL, old_id uuid NOT NULL, new_id uuid NOT NULL, key text, name text, PRIMARY KEY (copy, old_id))`,
  );
  await client.query(`INSERT INTO ${STAGING}.natural_key SELECT * FROM unnest($1::int[], $2::uuid[], $3::uuid[], $4::text[], $5::text[])`, [
    rows.map((row) => row.copy),
    rows.map((row) => row.oldId),
    rows.map((row) => row.newId),
    rows.map((row) => row.key),
    rows.map((row) => row.name),
  ]);
  // The same rule as md5Id below, so a partnership's id agrees between the two.
  await client.query(`
    CREATE FUNCTION ${STAGING}.copy_id(copy int, id uuid) RETURNS uuid LANGUAGE sql STABLE AS $$
      SELECT COALESCE((SELECT new_id FROM ${STAGING}.natural_key n WHERE n.copy = $1 AND n.old_id = $2), md5($1 || ':' || $2)::uuid)
    $$`);
}

function md5Id(copy: number, id: string): string {
  return uuidFromHex(createHash('md5').update(`${copy}:${id}`).digest('hex'));
}

interface Table {
  readonly schema: string;
  readonly name: string;
  readonly columns: readonly { readonly name: string; readonly type: string }[];
}

/** The subgraphs' tables that hold data, each after the tables its foreign keys point to. */
async function tablesParentsFirst(client: Client): Promise<Table[]> {
  const schemas = subgraphRegistry.map((entry) => entry.name);
  const columns = await client.query<{ schema: string; table: string; column: string; type: string }>(
    `SELECT table_schema AS schema, table_name AS table, column_name AS column, udt_name AS type
       FROM information_schema.columns JOIN information_schema.tables USING (table_schema, table_name)
      WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE' ORDER BY ordinal_position`,
    [schemas],
  );
  const parents = await client.query<{ child: string; parent: string }>(
    `SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent FROM pg_constraint
      WHERE contype = 'f' AND connamespace::regnamespace::text = ANY($1)`,
    [schemas],
  );
  const tables = new Map<string, Table>();
  for (const row of columns.rows) {
    if (NOT_COPIED.has(row.table)) continue;
    const key = `${row.schema}.${row.table}`;
    const table = tables.get(key) ?? { schema: row.schema, name: row.table, columns: [] };
    tables.set(key, { ...table, columns: [...table.columns, { name: row.column, type: row.type }] });
  }
  const ordered: Table[] = [];
  const visit = (key: string) => {
    const table = tables.get(key);
    if (!table || ordered.includes(table)) return;
    for (const { parent } of parents.rows.filter((edge) => edge.child === key && edge.parent !== key)) visit(parent);
    ordered.push(table);
  };
  for (const key of tables.keys()) visit(key);
  return ordered;
}

/** Copies 2..scale of a table's rows in one statement. */
async function copyTable(client: Client, table: Table, scale: number): Promise<void> {
  const qualified = `${table.schema}.${table.name}`;
  const naturalKeys = NATURAL_KEY_COLUMNS[qualified] ?? [];
  const values = table.columns.map(({ name, type }) => {
    if (naturalKeys.includes(name)) return name === 'name' ? 'n.name' : 'n.key';
    if (type === 'uuid' && !SHARED_REFERENCES.has(`${table.name}.${name}`)) return `${STAGING}.copy_id(copies.copy, t."${name}")`;
    return `t."${name}"`;
  });
  const naturalKeyJoin = naturalKeys.length > 0 ? `JOIN ${STAGING}.natural_key n ON n.copy = copies.copy AND n.old_id = t.id` : '';
  await client.query(
    `INSERT INTO ${qualified} (${table.columns.map(({ name }) => `"${name}"`).join(', ')})
     SELECT ${values.join(', ')} FROM ${qualified} t CROSS JOIN generate_series(2, $1::int) AS copies(copy) ${naturalKeyJoin}`,
    [scale],
  );
}

/** Every partnership with its member university and councils, the demo's first. */
async function partnershipIds(client: Client): Promise<ScaledPartnership[]> {
  const { rows } = await client.query<{ id: string; councils: string[]; universities: string[] }>(
    `SELECT p.id,
            (SELECT array_agg(council_id ORDER BY council_id) FROM councils.partnership_council pc WHERE pc.partnership_id = p.id) AS councils,
            (SELECT array_agg(university_id ORDER BY university_id) FROM universities.university_partnership up WHERE up.partnership_id = p.id) AS universities
       FROM councils.partnership p ORDER BY p.created_at, p.name`,
  );
  return rows.map((row) => ({ partnershipId: row.id, councilIds: row.councils ?? [], universityIds: row.universities ?? [] }));
}
