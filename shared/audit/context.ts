/**
 * Who is changing data, and why, for the audit log. A mutation runs inside an audit context
 * (see mutation-middleware.ts); the database subscriber hands it to the audit triggers at the
 * start of every transaction, so each row written carries its attribution. Writes outside any
 * context are refused by the triggers: nothing changes data unattributed.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface AuditContext {
  /** The mutation (or system task) making the change. */
  readonly action: string;
  readonly requestId: string;
  /** The token's `sub`, or "system" for the hub's own tasks. */
  readonly actor: string;
  readonly actorRoles: readonly string[];
  /** The organisations the actor's token names: where an event is listed when the record and the checks name none. */
  readonly actorOrganisationIds: readonly string[];
  /** Organisations whose admin rights the actor used during the mutation. */
  readonly authorisedOrganisationIds: Set<string>;
}

const storage = new AsyncLocalStorage<AuditContext>();

export function runAudited<T>(context: Omit<AuditContext, 'authorisedOrganisationIds'>, work: () => Promise<T>): Promise<T> {
  return storage.run({ ...context, authorisedOrganisationIds: new Set() }, work);
}

/** The hub's own writes (demo data): attributed to "system" under the task's name. */
export function runAsSystem<T>(action: string, work: () => Promise<T>): Promise<T> {
  return runAudited({ action, requestId: action, actor: 'system', actorRoles: [], actorOrganisationIds: [] }, work);
}

export function currentAuditContext(): AuditContext | undefined {
  return storage.getStore();
}

/** Called when an authorisation check for an organisation passes, so the event is shown to that organisation's admins. */
export function noteAuthorisedOrganisation(organisationId: string): void {
  storage.getStore()?.authorisedOrganisationIds.add(organisationId);
}
