/**
 * The event an erasure leaves: the triggers record each row it changed, and this one records the
 * erasure itself, with its counts, so the log shows that a person was erased, by whom and when.
 * It names the person only by the random id their records' events now carry, and holds no values.
 * Written in the erasure's transaction, attributed from the same setting the triggers read, so it
 * is refused outside an audited mutation like any other write.
 */
import type { EntityManager } from 'typeorm';
import { AUDIT_SETTING } from './subscriber';

/** The operation of an erasure's own event, beside the triggers' INSERT, UPDATE and DELETE. */
export const ERASE_OPERATION = 'ERASE';

export async function recordErasureEvent(
  manager: EntityManager,
  schema: string,
  subject: { readonly kind: 'practitioner' | 'student'; readonly replacementId: string },
  counts: { readonly rowsAnonymised: number; readonly rowsDeleted: number },
): Promise<void> {
  // As the triggers do: the organisations whose rights were used, else those the actor's token names.
  await manager.query(
    `INSERT INTO "${schema}".audit_event
       (request_id, actor, actor_roles, action, operation, record_type, record_id, organisation_ids, rows_anonymised, rows_deleted)
     SELECT attribution ->> 'requestId', attribution ->> 'actor', array(SELECT jsonb_array_elements_text(attribution -> 'actorRoles')),
            attribution ->> 'action', $1, $2, $3,
            coalesce(nullif(array(SELECT DISTINCT jsonb_array_elements_text(attribution -> 'organisationIds')::uuid), '{}'),
                     array(SELECT DISTINCT jsonb_array_elements_text(attribution -> 'actorOrganisationIds')::uuid)),
            $4, $5
       FROM (SELECT nullif(current_setting('${AUDIT_SETTING}', true), '')::jsonb AS attribution) AS setting`,
    [ERASE_OPERATION, subject.kind, subject.replacementId, counts.rowsAnonymised, counts.rowsDeleted],
  );
}
