/**
 * Who may export or erase a person's records. Each subgraph decides row by row from what it holds
 * itself (the council or university a row is recorded with), never from what a caller or another
 * subgraph says, so a subgraph called directly gives nobody another organisation's rows.
 * - A practitioner's rows: the admins of the council they are recorded with; the practitioner
 *   themselves may export (not erase) their own.
 * - A student's rows: the admins of their university.
 * An erasure first asks the register that owns the person (the councils subgraph for a
 * practitioner, the universities subgraph for a student) whether the caller administers their
 * council or university: an id the caller does not hold there names nobody for them, whatever
 * rows it might match here.
 */
import type { Principal } from './auth';
import type { PeerQuery } from './peer-query';

const COUNCIL_OF_PRACTITIONER = 'query ($id: ID!) { practitioner(id: $id) { council { id } } }';
const UNIVERSITY_OF_STUDENT = 'query ($id: ID!) { student(id: $id) { university { id } } }';

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

/** Whether the councils register records the practitioner with a council whose admin rights the caller holds (and so uses). */
export async function practitionerHeldOnRegister(principal: Principal, peers: PeerQuery, practitionerId: string): Promise<boolean> {
  const register = await peers<{ practitioner: { council: { id: string } } | null }>('councils', COUNCIL_OF_PRACTITIONER, {
    id: practitionerId,
  });
  return register.practitioner !== null && mayErasePractitionerRow(principal, register.practitioner.council.id);
}

/** Whether the universities register records the student at a university whose admin rights the caller holds (and so uses). */
export async function studentHeldOnRegister(principal: Principal, peers: PeerQuery, studentId: string): Promise<boolean> {
  const register = await peers<{ student: { university: { id: string } } | null }>('universities', UNIVERSITY_OF_STUDENT, {
    id: studentId,
  });
  return register.student !== null && principal.usesUniversityAdminRightsOf(register.student.university.id);
}
