/**
 * Who counts as in post on a day: started on or before it, and not yet left (a leaver's last
 * day still counts). Lists, headcounts and `Practitioner.inPost` all use this one rule, with the
 * request's date from the clock, never the database server's.
 */
import type { IsoDate } from '#hub/shared/iso-date';
import type { ChildCondition } from '#hub/shared/loaders';

export function isInPost(practitioner: { startedOn: IsoDate; leftOn: IsoDate | null }, today: IsoDate): boolean {
  return practitioner.startedOn <= today && (practitioner.leftOn === null || practitioner.leftOn >= today);
}

/** The same rule as a SQL condition on the practitioner table under `alias`. */
export function inPostCondition(alias: string, today: IsoDate): ChildCondition {
  return {
    sql: `(${alias}.started_on <= :inPostOn AND (${alias}.left_on IS NULL OR ${alias}.left_on >= :inPostOn))`,
    parameters: { inPostOn: today },
  };
}
