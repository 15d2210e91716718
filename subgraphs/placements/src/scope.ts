/**
 * Who may see and change what in this subgraph.
 * - Council admins manage their council's offers, commitments, practice educators and QAPL, and
 *   confirm and run the placements it hosts.
 * - University admins allocate their own students, record skills days and scrutinise QAPL.
 * - A placement names a student, so only the student's university and the host council see it.
 * - Offers and the educator register are open to every signed-in user but the aggregate-only
 *   dashboard_viewer; supply figures are open to all, with counts of students from 1 to 4 withheld
 *   except for the admins of the council or partnership described. A partnership's admins also
 *   see each student's days and rule breaches, by id only.
 */
import type { Principal } from '#hub/shared/auth';
import { forbidden } from '#hub/shared/errors';

export class PlacementScope {
  constructor(readonly principal: Principal) {}

  assertCouncilAdmin(councilId: string, action: string): void {
    if (!this.principal.usesCouncilAdminRightsOf(councilId)) throw forbidden(`Only an admin of the council may ${action}.`);
  }

  assertUniversityAdmin(universityId: string, action: string): void {
    if (!this.principal.usesUniversityAdminRightsOf(universityId)) {
      throw forbidden(`Only an admin of the student's university may ${action}.`);
    }
  }

  /** The student's university and the host council may each take the steps a placement's two sides share. */
  assertEitherSide(placement: { universityId: string; councilId: string }): void {
    if (
      !this.principal.usesUniversityAdminRightsOf(placement.universityId) &&
      !this.principal.usesCouncilAdminRightsOf(placement.councilId)
    ) {
      throw forbidden('Only the student’s university or the host council may do this.');
    }
  }

  canSeePlacement(placement: { universityId: string; councilId: string }): boolean {
    return (
      this.principal.usesUniversityAdminRightsOf(placement.universityId) || this.principal.usesCouncilAdminRightsOf(placement.councilId)
    );
  }

  /** `canSeePlacement` as SQL over an alias with `university_id` and `council_id` columns. */
  visiblePlacementCondition(alias: string) {
    const universities = this.principal.has('university_admin') ? [...this.principal.universityIds] : [];
    const councils = this.principal.has('council_admin') ? [...this.principal.councilIds] : [];
    return {
      sql: `(${alias}.university_id = ANY(:scopeUniversityIds) OR ${alias}.council_id = ANY(:scopeCouncilIds))`,
      parameters: { scopeUniversityIds: universities, scopeCouncilIds: councils },
    };
  }
}
