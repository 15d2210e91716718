/**
 * The audit log's tables and triggers, for one subgraph's schema. Each audited table gets a row
 * trigger that writes an `audit_event` for every row inserted, updated or deleted, in the same
 * transaction, attributed from the `hub.audit` setting (see subscriber.ts). A write with no
 * attribution is refused, so no code path can change data without leaving a trace.
 */
import type { QueryRunner } from 'typeorm';
import { AUDIT_SETTING } from './subscriber';

export interface AuditedTable {
  readonly name: string;
  /** The columns that identify a row, joined with "/" into the event's record id. */
  readonly key: readonly string[];
  /** Columns holding ids of the organisations the row belongs to. */
  readonly organisationColumns: readonly string[];
  /**
   * For a row that names no organisation itself: SQL returning a uuid[] of them, given the row
   * as jsonb in $1 (e.g. read from its parent row).
   */
  readonly organisationLookup?: string;
}

const TRIGGER = 'audit_event_trigger';

export async function createAuditLog(queryRunner: QueryRunner, schema: string, tables: readonly AuditedTable[]): Promise<void> {
  await queryRunner.query(
    `CREATE TABLE "${schema}"."audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sequence" BIGSERIAL NOT NULL, "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "request_id" character varying(64) NOT NULL, "actor" character varying(255) NOT NULL, "actor_roles" text array NOT NULL, "action" character varying(100) NOT NULL, "operation" character varying(6) NOT NULL, "record_type" character varying(63) NOT NULL, "record_id" character varying(200) NOT NULL, "changed_fields" text array, "organisation_ids" uuid array NOT NULL, CONSTRAINT "audit_event_sequence_key" UNIQUE ("sequence"), CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id"))`,
  );
  await queryRunner.query(`CREATE INDEX "audit_event_organisations_idx" ON "${schema}"."audit_event" USING gin ("organisation_ids")`);
  await queryRunner.query(recordAuditEventFunction(schema));
  for (const table of tables) await auditTable(queryRunner, schema, table);
}

/** Audits a table added after the audit log was made. */
export async function auditTable(queryRunner: QueryRunner, schema: string, table: AuditedTable): Promise<void> {
  const argumentsList = [table.key.join(','), table.organisationColumns.join(','), table.organisationLookup ?? ''].map(quoteLiteral);
  await queryRunner.query(
    `CREATE TRIGGER ${TRIGGER} AFTER INSERT OR UPDATE OR DELETE ON "${schema}"."${table.name}" FOR EACH ROW EXECUTE FUNCTION "${schema}".record_audit_event(${argumentsList.join(', ')})`,
  );
}

export async function dropAuditLog(queryRunner: QueryRunner, schema: string, tables: readonly AuditedTable[]): Promise<void> {
  for (const table of tables) await queryRunner.query(`DROP TRIGGER ${TRIGGER} ON "${schema}"."${table.name}"`);
  await queryRunner.query(`DROP FUNCTION "${schema}".record_audit_event()`);
  await queryRunner.query(`DROP TABLE "${schema}"."audit_event"`);
}

function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * Updates that change nothing but `updated_at` are not events. A row that names no organisation,
 * changed without any organisation's admin rights (shared reference data), is listed for the
 * organisations the actor's token names.
 */
function recordAuditEventFunction(schema: string): string {
  return `CREATE FUNCTION "${schema}".record_audit_event() RETURNS trigger LANGUAGE plpgsql AS $audit$
DECLARE
  attribution jsonb := nullif(current_setting('${AUDIT_SETTING}', true), '')::jsonb;
  row_data jsonb;
  old_data jsonb;
  record_key text;
  changed text[];
  organisations uuid[];
  looked_up uuid[];
BEGIN
  IF attribution IS NULL THEN
    RAISE EXCEPTION 'unattributed write to %.%: data may only change inside an audited mutation', TG_TABLE_SCHEMA, TG_TABLE_NAME;
  END IF;
  IF TG_OP = 'DELETE' THEN row_data := to_jsonb(OLD); ELSE row_data := to_jsonb(NEW); END IF;
  IF TG_OP = 'UPDATE' THEN
    old_data := to_jsonb(OLD);
    SELECT array_agg(field.key ORDER BY field.key) INTO changed
      FROM jsonb_each(row_data) AS field
     WHERE field.key <> 'updated_at' AND field.value IS DISTINCT FROM old_data -> field.key;
    IF changed IS NULL THEN RETURN NULL; END IF;
  END IF;
  SELECT string_agg(row_data ->> key_column, '/' ORDER BY position) INTO record_key
    FROM unnest(string_to_array(TG_ARGV[0], ',')) WITH ORDINALITY AS key_columns(key_column, position);
  SELECT coalesce(array_agg(DISTINCT organisation_id), '{}') INTO organisations FROM (
    SELECT (source.data ->> organisation_column)::uuid AS organisation_id
      FROM unnest(string_to_array(nullif(TG_ARGV[1], ''), ',')) AS organisation_column,
           (VALUES (row_data), (old_data)) AS source(data)
     WHERE source.data ->> organisation_column IS NOT NULL
    UNION
    SELECT jsonb_array_elements_text(attribution -> 'organisationIds')::uuid
  ) AS found;
  IF TG_ARGV[2] <> '' THEN
    EXECUTE TG_ARGV[2] INTO looked_up USING row_data;
    organisations := array(SELECT DISTINCT unnest(organisations || coalesce(looked_up, '{}')));
  END IF;
  IF cardinality(organisations) = 0 THEN
    organisations := array(SELECT DISTINCT jsonb_array_elements_text(attribution -> 'actorOrganisationIds')::uuid);
  END IF;
  INSERT INTO "${schema}"."audit_event"
    (request_id, actor, actor_roles, action, operation, record_type, record_id, changed_fields, organisation_ids)
  VALUES (
    attribution ->> 'requestId', attribution ->> 'actor', array(SELECT jsonb_array_elements_text(attribution -> 'actorRoles')),
    attribution ->> 'action', TG_OP, TG_TABLE_NAME, record_key, changed, organisations
  );
  RETURN NULL;
END
$audit$`;
}
