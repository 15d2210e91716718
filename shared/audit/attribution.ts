/**
 * Who is changing data, and why: what the audit log records with each row written. A module of
 * its own so that the request scope (request-context.ts) can carry it without importing
 * context.ts, which runs mutations in that scope.
 */
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
