/**
 * Who may ask for a practitioner's data export: the practitioner themselves and any council
 * admin. It is decided by role, not by the record: another council's practitioner gets the same
 * empty sections as an unknown id, so the answer does not tell whether a SWE number is on some
 * register. Each section then shows only the rows the caller may see.
 */
import type { Principal } from '#hub/shared/auth';

export function mayRequestPractitionerExport(principal: Principal, practitionerId: string): boolean {
  return principal.practitionerId === practitionerId || principal.has('council_admin');
}
