/**
 * Erasure and the audit log: events keep record ids, and a person's id (a practitioner's is
 * derived from their public SWE number) would still tie the history to them. Erasing a person
 * replaces their id in the record ids of this subgraph's events with a random one, in the
 * erasure's own transaction; who changed what, and when, stays.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';

export async function forgetSubjectInAuditLog(manager: EntityManager, schema: string, subjectId: string): Promise<void> {
  await manager.query(`UPDATE "${schema}".audit_event SET record_id = replace(record_id, $1, $2) WHERE strpos(record_id, $1) > 0`, [
    subjectId,
    randomUUID(),
  ]);
}
