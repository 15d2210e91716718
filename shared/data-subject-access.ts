/**
 * Who may export or erase a person's records. Each subgraph decides row by row from what it holds
 * itself (the council or university a row is recorded with), never from what a caller or another
 * subgraph says, so a subgraph called directly gives nobody another organisation's rows.
 * - A practitioner's rows: the admins of the council they are recorded with; the practitioner
 *   themselves may export (not erase) their own.
 * - A student's rows: the admins of their university.
 */
import type { Principal } from './auth';

export function assertMayExportPractitionerData(principal: Principal): void {
  principal.requireRole('council_admin', 'practitioner');
}

export function assertMayErasePractitionerData(principal: Principal): void {
  principal.requireRole('council_admin');
}

export function assertMayRequestStudentData(principal: Principal): void {
  principal.requireRole('university_admin');
}

/** A row about a practitioner, recorded with a council: theirs to export, or their council admins'. */
export function mayExportPractitionerRow(principal: Principal, practitionerId: string, councilId: string): boolean {
  return principal.practitionerId === practitionerId || principal.isCouncilAdminOf(councilId);
}

export function mayErasePractitionerRow(principal: Principal, councilId: string): boolean {
  return principal.usesCouncilAdminRightsOf(councilId);
}
