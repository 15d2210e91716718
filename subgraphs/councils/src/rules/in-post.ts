/**
 * Who counts as in post today: started on or before today, and not yet left (a leaver's last
 * day still counts). Lists, headcounts and `Practitioner.inPost` all use this one rule. SQL
 * sessions run in UTC, as `todayIso()` does, so both sides agree on "today".
 */
import type { IsoDate } from '../../../../shared/iso-date';

export function isInPost(practitioner: { startedOn: IsoDate; leftOn: IsoDate | null }, today: IsoDate): boolean {
  return practitioner.startedOn <= today && (practitioner.leftOn === null || practitioner.leftOn >= today);
}

/** The same rule as a SQL condition on the practitioner table under `alias`. */
export function inPostCondition(alias: string): string {
  return `(${alias}.started_on <= CURRENT_DATE AND (${alias}.left_on IS NULL OR ${alias}.left_on >= CURRENT_DATE))`;
}
