/**
 * Who is changing data, and why, for the audit log. A mutation runs inside an audit context
 * (see mutation-middleware.ts); the database subscriber hands it to the audit triggers at the
 * start of every transaction, so each row written carries its attribution. Writes outside any
 * context are refused by the triggers: nothing changes data unattributed.
 */
import { currentRequestScope, runInRequestScope } from '../request-context';
import type { AuditContext } from './attribution';

/**
 * Runs `work` with the audit context set on the request's scope (made for the hub's own tasks,
 * which have none). Root mutations run one after another, so one request holds one at a time;
 * a mutation must therefore await all its writes before it returns.
 */
export async function runAudited<T>(context: Omit<AuditContext, 'authorisedOrganisationIds'>, work: () => Promise<T>): Promise<T> {
  const scope = currentRequestScope();
  if (!scope) return runInRequestScope(context.requestId, () => runAudited(context, work));
  const previous = scope.audit;
  scope.audit = { ...context, authorisedOrganisationIds: new Set() };
  try {
    return await work();
  } finally {
    scope.audit = previous;
  }
}

/** The hub's own writes (demo data): attributed to "system" under the task's name. */
export function runAsSystem<T>(action: string, work: () => Promise<T>): Promise<T> {
  return runAudited({ action, requestId: action, actor: 'system', actorRoles: [], actorOrganisationIds: [] }, work);
}

export function currentAuditContext(): AuditContext | undefined {
  return currentRequestScope()?.audit;
}

/** Called when an authorisation check for an organisation passes, so the event is shown to that organisation's admins. */
export function noteAuthorisedOrganisation(organisationId: string): void {
  currentAuditContext()?.authorisedOrganisationIds.add(organisationId);
}
