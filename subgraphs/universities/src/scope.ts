/**
 * Who may see and change what in this subgraph, worked out once per request.
 * - University admins manage their own university: programmes, students, lecturers, sessions.
 * - Students are seen by their own university's admins only.
 * - Teaching sessions are a published programme, open to every signed-in user but the
 *   aggregate-only dashboard_viewer; who attended is not. Figures are open to all, with small
 *   counts withheld except for the admins of the council or partnership they describe.
 * - A shadowing visit is seen by its lecturer, the lecturer's university, the host council's
 *   admins and the admins of partnerships the university belongs to; only the host council's
 *   admins approve or decline it.
 * - Staff names (lecturers) are seen by every role except the aggregate-only dashboard_viewer.
 */
import { Brackets, type Repository, type WhereExpressionBuilder } from 'typeorm';
import type { Principal } from '#hub/shared/auth';
import { forbidden } from '#hub/shared/errors';
import { organisationsReached, type ReachedOrganisations } from '#hub/shared/organisations-reached';
import type { UniversityPartnership } from './entities/university-partnership.entity';

/** Where a row sits, for the checks that decide who sees it. */
export interface OrganisationPlace {
  readonly universityId: string;
  readonly councilId?: string | null;
  readonly lecturerId?: string | null;
  readonly practitionerId?: string | null;
}

export class UniversityScope {
  private overseen: Promise<ReachedOrganisations> | null = null;

  constructor(
    readonly principal: Principal,
    private readonly memberships: Repository<UniversityPartnership>,
  ) {}

  /** Universities whose teaching and visits the principal oversees: their own, and their partnerships' members. */
  overseenUniversityIds(): Promise<ReachedOrganisations> {
    this.overseen ??= this.loadOverseenUniversityIds();
    return this.overseen;
  }

  assertCanManageUniversity(universityId: string): void {
    if (!this.principal.usesUniversityAdminRightsOf(universityId)) {
      throw forbidden('Only an admin of this university may do this.');
    }
  }

  canSeeStudent(student: { universityId: string }): boolean {
    return this.principal.usesUniversityAdminRightsOf(student.universityId);
  }

  /** Throws unless the principal may see named staff at all. */
  assertMaySeeStaff(): void {
    this.principal.requireRole('partnership_admin', 'council_admin', 'university_admin', 'practitioner', 'lecturer');
  }

  /**
   * A row that names a person in practice (a visit, a facilitator, an attendee): seen by that
   * person, by admins of the council named on it, and by those who oversee its university.
   */
  async canSeePlace(place: OrganisationPlace): Promise<boolean> {
    const { principal } = this;
    if (place.lecturerId && place.lecturerId === principal.lecturerId) return true;
    if (place.practitionerId && place.practitionerId === principal.practitionerId) return true;
    if (place.councilId && principal.usesCouncilAdminRightsOf(place.councilId)) return true;
    return (await this.overseenUniversityIds()).has(place.universityId);
  }

  /** The same rule as `canSeePlace`, as SQL over an alias whose columns are named as in `columns`. */
  async visiblePlaceCondition(columns: { universityId: string; councilId: string; lecturerId?: string; practitionerId?: string }) {
    const { principal } = this;
    const overseen = [...(await this.overseenUniversityIds())];
    const councils = principal.has('council_admin') ? [...principal.councilIds] : [];
    const sql = [
      'false',
      overseen.length > 0 ? `${columns.universityId} = ANY(:scopeUniversityIds)` : null,
      councils.length > 0 ? `${columns.councilId} = ANY(:scopeCouncilIds)` : null,
      columns.lecturerId && principal.lecturerId ? `${columns.lecturerId} = :scopeLecturerId` : null,
      columns.practitionerId && principal.practitionerId ? `${columns.practitionerId} = :scopePractitionerId` : null,
    ]
      .filter((part): part is string => part !== null)
      .join(' OR ');
    return {
      sql: `(${sql})`,
      parameters: {
        scopeUniversityIds: overseen,
        scopeCouncilIds: councils,
        scopeLecturerId: principal.lecturerId,
        scopePractitionerId: principal.practitionerId,
      },
    };
  }

  /** Adds the visibility rule to a query builder's WHERE. */
  async whereVisible(query: WhereExpressionBuilder, columns: Parameters<UniversityScope['visiblePlaceCondition']>[0]): Promise<void> {
    const condition = await this.visiblePlaceCondition(columns);
    query.andWhere(new Brackets((visible) => visible.where(condition.sql, condition.parameters)));
  }

  private async loadOverseenUniversityIds(): Promise<ReachedOrganisations> {
    return organisationsReached(this.principal, 'university_admin', this.principal.universityIds, async (partnershipIds) => {
      const rows = await this.memberships
        .createQueryBuilder('membership')
        .where('membership.partnershipId IN (:...partnershipIds)', { partnershipIds })
        .getMany();
      return rows.map((row) => ({ partnershipId: row.partnershipId, memberId: row.universityId }));
    });
  }
}
