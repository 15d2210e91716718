/**
 * Who may see and change what in this subgraph, worked out once per request.
 * - University admins manage their own university: programmes, students, lecturers, sessions.
 * - Students are seen by their own university's admins only.
 * - Teaching sessions are a published programme, open to every signed-in user but the
 *   aggregate-only dashboard_viewer; who attended is not. Figures are open to all, with small
 *   counts withheld except for the admins of the council or partnership they describe.
 * - Attendance is recorded by the session's university's admins, for anyone, and by a council's
 *   admins, for their own council's practitioners.
 * - A shadowing visit is seen by its lecturer, the lecturer's university, the host council's
 *   admins and the admins of partnerships the university belongs to; only the host council's
 *   admins approve or decline it, only the university side completes it, and either side cancels.
 * - A university joins a partnership with the say-so of both sides' admins, and leaves it with
 *   either's; an ask waiting for the other side is seen by both sides' admins.
 * - Staff names (lecturers) are seen by every role except the aggregate-only dashboard_viewer.
 */
import { Brackets, type Repository, type WhereExpressionBuilder } from 'typeorm';
import type { Principal } from '#hub/shared/auth';
import { forbidden } from '#hub/shared/errors';
import { organisationsReached, type ReachedOrganisations } from '#hub/shared/organisations-reached';
import type { ShadowingVisit } from './entities/shadowing-visit.entity';
import type { UniversityPartnership } from './entities/university-partnership.entity';
import { ShadowingAction } from './rules/shadowing-workflow';
import { ShadowingSide } from './types/enums';

/** Where a row sits, for the checks that decide who sees it. */
export interface OrganisationPlace {
  readonly universityId: string;
  readonly councilId?: string | null;
  readonly lecturerId?: string | null;
  readonly practitionerId?: string | null;
}

/** The two sides of a shadowing visit: the lecturer and their university, and the host council. */
type VisitSides = Pick<ShadowingVisit, 'lecturerId' | 'universityId' | 'councilId'>;

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

  /** An ask to join a partnership is for the admins of either side: the partnership's and the university's. */
  canSeeMembershipRequest(request: { partnershipId: string; universityId: string }): boolean {
    return this.principal.isPartnershipAdminOf(request.partnershipId) || this.principal.isUniversityAdminOf(request.universityId);
  }

  /** The session's university's admins record any practitioner; a council's admins only their own council's. */
  assertMayRecordPractitioners(session: { universityId: string }, councilIds: readonly string[]): void {
    const { principal } = this;
    if (councilIds.length === 0 || principal.usesUniversityAdminRightsOf(session.universityId)) return;
    if (!councilIds.every((councilId) => principal.usesCouncilAdminRightsOf(councilId))) {
      throw forbidden('Practitioners are recorded by the session’s university or by the admins of their own council.');
    }
  }

  /** Attendees come off a session by the hand of its university's admins, or of a council's admins for their own practitioners. */
  assertMayRemoveAttendance(session: { universityId: string }): void {
    if (!this.principal.isUniversityAdminOf(session.universityId) && !this.principal.has('council_admin')) {
      throw forbidden('Attendees are taken off a session by its university’s admins or by the admins of their own council.');
    }
  }

  mayRemovePractitionerAttendance(session: { universityId: string }, councilId: string): boolean {
    return this.principal.usesUniversityAdminRightsOf(session.universityId) || this.principal.usesCouncilAdminRightsOf(councilId);
  }

  /**
   * The side the principal takes a step of a visit's workflow for; FORBIDDEN unless they may: the
   * host council's admins approve and decline, the university side completes, either side cancels.
   */
  assertMayTakeShadowingStep(visit: VisitSides, action: ShadowingAction): ShadowingSide {
    if (action === ShadowingAction.APPROVE || action === ShadowingAction.DECLINE) {
      if (!this.principal.usesCouncilAdminRightsOf(visit.councilId)) {
        throw forbidden('Only an admin of the host council may approve or decline this visit.');
      }
      return ShadowingSide.COUNCIL;
    }
    const side = this.shadowingSideOf(visit);
    if (action === ShadowingAction.COMPLETE && side !== ShadowingSide.UNIVERSITY) {
      throw forbidden('Only the lecturer or their university’s admins record a visit as done.');
    }
    if (!side) throw forbidden('Only the lecturer, their university’s admins or the host council’s admins may cancel this visit.');
    return side;
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

  /** Which side of a shadowing visit the principal speaks for, if any; the university side first. */
  private shadowingSideOf(visit: VisitSides): ShadowingSide | null {
    const { principal } = this;
    if (visit.lecturerId === principal.lecturerId || principal.usesUniversityAdminRightsOf(visit.universityId)) {
      return ShadowingSide.UNIVERSITY;
    }
    if (principal.usesCouncilAdminRightsOf(visit.councilId)) return ShadowingSide.COUNCIL;
    return null;
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
