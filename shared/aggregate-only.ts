/**
 * The aggregate-only role. A token whose only role is `dashboard_viewer` reads organisations
 * (names and codes that label figures) and figures with small counts withheld, and no record
 * about a person or about one piece of work: not even those every partner role may read. A token
 * that also holds another role gets that role's access.
 */
import type { Principal } from './auth';
import { forbidden } from './errors';

export function isAggregateOnly(principal: Principal): boolean {
  return principal.roles.size > 0 && [...principal.roles].every((role) => role === 'dashboard_viewer');
}

/** Throws FORBIDDEN for an aggregate-only token; `records` names what was asked for. */
export function assertMayReadRecords(principal: Principal, records: string): void {
  if (isAggregateOnly(principal)) {
    throw forbidden(`A dashboard_viewer token reads figures only, not ${records}.`);
  }
}
