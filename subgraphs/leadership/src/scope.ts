/**
 * Who may see and change what in this subgraph.
 * - Council admins manage their own staff's enrolments, ASYE records, mentoring and CPD, and see
 *   their council's progress report.
 * - A practitioner sees their own records and adds their own CPD and mentoring logs.
 * - A mentor (a practitioner or a lecturer) sees their mentees' mentoring logs, nothing else of theirs.
 * - Pathways, their stages and the KSS headings are reference data, open to every signed-in user;
 *   a council's admins manage its pathways, a partnership's admins its own and the KSS headings.
 * - Dashboards see aggregates: the partnership roll-up, with counts from 1 to 4 withheld.
 */
import type { Principal } from '#hub/shared/auth';
import { forbidden } from '#hub/shared/errors';
import type { MentoringRelationship } from './entities/mentoring-relationship.entity';

export class LeadershipScope {
  constructor(readonly principal: Principal) {}

  /** A practitioner's own record, or one of a council the principal administers. */
  canSeeStaffRecord(record: { practitionerId: string; councilId: string }): boolean {
    return record.practitionerId === this.principal.practitionerId || this.principal.usesCouncilAdminRightsOf(record.councilId);
  }

  assertCouncilAdmin(councilId: string, action: string): void {
    if (!this.principal.usesCouncilAdminRightsOf(councilId)) throw forbidden(`Only an admin of the practitioner’s council may ${action}.`);
  }

  /**
   * Whether the principal may change a record addressed by id, as an admin of its council. Someone
   * who may not see the record gets false, to be answered as for an id that names nothing, so an id
   * does not tell whether another council holds a record; someone who sees it without the right to
   * change it (the practitioner, a mentor) gets FORBIDDEN.
   */
  changes(record: { councilId: string; visible: boolean }, action: string): boolean {
    if (this.principal.usesCouncilAdminRightsOf(record.councilId)) return true;
    if (record.visible) this.assertCouncilAdmin(record.councilId, action);
    return false;
  }

  isMentor(relationship: MentoringRelationship): boolean {
    const { principal } = this;
    return (
      (relationship.mentorPractitionerId !== null && relationship.mentorPractitionerId === principal.practitionerId) ||
      (relationship.mentorLecturerId !== null && relationship.mentorLecturerId === principal.lecturerId)
    );
  }

  /** The mentee, their mentor, and the admins of the mentee's council. */
  canSeeMentoring(relationship: MentoringRelationship): boolean {
    return (
      relationship.menteePractitionerId === this.principal.practitionerId ||
      this.isMentor(relationship) ||
      this.principal.usesCouncilAdminRightsOf(relationship.menteeCouncilId)
    );
  }
}
