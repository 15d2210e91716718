/**
 * Erasure and the audit log: events keep record ids, and a person's id (a practitioner's is
 * derived from their public SWE number) would still tie the history to them. Erasing a person
 * replaces their id in the record ids of the rows the erasure deleted or anonymised, in this
 * subgraph's events, with a random one, in the erasure's own transaction; who changed what, and
 * when, stays. Only those records' events are touched, matched on the whole record id, so an id
 * that names some other record changes nothing of its history.
 */
import type { EntityManager } from 'typeorm';

/** A record as the audit triggers name it: its table, and its key columns joined with "/" (migration.ts). */
export interface AuditedRecord {
  readonly type: string;
  readonly id: string;
}

/** The record id with each key part that is the person's id replaced; null when no part is theirs. */
export function recordIdWithout(recordId: string, subjectId: string, replacementId: string): string | null {
  const parts = recordId.split('/');
  if (!parts.includes(subjectId)) return null;
  return parts.map((part) => (part === subjectId ? replacementId : part)).join('/');
}

/** Rewrites the events of the records whose id names the person, in one statement; the others' ids do not lead to them. */
export async function forgetSubjectInAuditLog(
  manager: EntityManager,
  schema: string,
  subjectId: string,
  replacementId: string,
  records: readonly AuditedRecord[],
): Promise<void> {
  const rewrites = records.flatMap((record) => {
    const rewritten = recordIdWithout(record.id, subjectId, replacementId);
    return rewritten === null ? [] : [{ ...record, rewritten }];
  });
  if (rewrites.length === 0) return;
  await manager.query(
    `UPDATE "${schema}".audit_event AS event SET record_id = rewrite.rewritten
       FROM unnest($1::text[], $2::text[], $3::text[]) AS rewrite(record_type, record_id, rewritten)
      WHERE event.record_type = rewrite.record_type AND event.record_id = rewrite.record_id`,
    [rewrites.map((record) => record.type), rewrites.map((record) => record.id), rewrites.map((record) => record.rewritten)],
  );
}
