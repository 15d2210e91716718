import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { UserErrors } from '#hub/shared/errors';
import { assertUuidArgument } from '#hub/shared/input-checks';
import { isIsoDate } from '#hub/shared/iso-date';
import { decodeCursor, fetchPage, PageArgs, pageSize, toConnection } from '#hub/shared/pagination';
import { refused, refusedNotFound, succeeded } from '#hub/shared/payload';
import { insertNew } from '#hub/shared/write';
import type { UniversitiesContext } from '../context';
import { Lecturer } from '../entities/lecturer.entity';
import { ShadowingVisit } from '../entities/shadowing-visit.entity';
import { University } from '../entities/university.entity';
import { academicYearBounds, academicYearOf } from '#hub/shared/academic-year';
import {
  checkLearningSummary,
  checkPurpose,
  checkReason,
  checkVisitHours,
  checkVisitIds,
  checkVisitOn,
} from '../rules/shadowing-visit-rules';
import { ShadowingAction } from '../rules/shadowing-workflow';
import { moveVisit } from '../services/shadowing-visit-step';
import { checkHostOnRegister } from '../services/visit-host';
import { ShadowingVisitConnection } from '../types/connections';
import { Council } from '../types/council';
import { ShadowingStatus } from '../types/enums';
import { ShadowingVisitPayload } from '../types/payloads';
import { Practitioner } from '../types/practitioner';
import { AcademicYearScalar } from '#hub/shared/scalars';
import {
  ShadowingVisitApproveInput,
  ShadowingVisitCancelInput,
  ShadowingVisitCompleteInput,
  ShadowingVisitDeclineInput,
  ShadowingVisitFilter,
  ShadowingVisitRequestInput,
} from '../types/shadowing-visit.inputs';
import { Team } from '../types/team';

const VISIT_COLUMNS = { universityId: 'visit.university_id', councilId: 'visit.council_id', lecturerId: 'visit.lecturer_id' };

@Resolver(() => ShadowingVisit)
export class ShadowingVisitResolver {
  @Query(() => ShadowingVisit, {
    nullable: true,
    description:
      'One visit: for its lecturer, their university’s and its partnerships’ admins, and the host council’s admins; else null, as if unknown.',
  })
  async shadowingVisit(
    @Arg('id', () => ID, { description: 'The visit’s id.' }) id: string,
    @Ctx() { loaders }: UniversitiesContext,
  ): Promise<ShadowingVisit | null> {
    const visit = await loaders.visitById.load(id);
    // Null, not FORBIDDEN, for a visit you may not see, so the answer does not tell that it exists.
    if (visit && !(await loaders.scope.canSeePlace(visit))) return null;
    return visit;
  }

  @Query(() => ShadowingVisitConnection, { description: 'Shadowing visits you may see, by date.' })
  async shadowingVisits(
    @Args() page: PageArgs,
    @Ctx() { loaders, dataSource }: UniversitiesContext,
    @Arg('filter', () => ShadowingVisitFilter, { nullable: true, description: 'Which visits; all you may see when not given.' })
    filter?: ShadowingVisitFilter,
  ) {
    for (const argument of ['universityId', 'councilId', 'lecturerId'] as const) {
      assertUuidArgument(filter?.[argument], `filter.${argument}`);
    }
    const query = dataSource.getRepository(ShadowingVisit).createQueryBuilder('visit');
    await loaders.scope.whereVisible(query, VISIT_COLUMNS);
    if (filter?.universityId) query.andWhere('visit.universityId = :universityId', { universityId: filter.universityId });
    if (filter?.councilId) query.andWhere('visit.councilId = :councilId', { councilId: filter.councilId });
    if (filter?.lecturerId) query.andWhere('visit.lecturerId = :lecturerId', { lecturerId: filter.lecturerId });
    if (filter?.status) query.andWhere('visit.status = :status', { status: filter.status });
    if (filter?.academicYear) query.andWhere('visit.visitOn BETWEEN :from AND :to', academicYearBounds(filter.academicYear));
    const result = await fetchPage(query, {
      sortProperty: 'visitOn',
      first: pageSize(page.first),
      cursor: decodeCursor(page.after, isIsoDate),
    });
    return toConnection(result, (visit) => visit.visitOn);
  }

  @Mutation(() => ShadowingVisitPayload, { description: 'Ask a council to host one of your university’s lecturers (university admins).' })
  async shadowingVisitRequest(
    @Arg('input', { description: 'The visit asked for.' }) input: ShadowingVisitRequestInput,
    @Ctx() context: UniversitiesContext,
  ) {
    const { loaders, dataSource, today } = context;
    const lecturer = await loaders.lecturerById.load(input.lecturerId);
    if (!lecturer) return refusedNotFound('shadowingVisit', 'lecturerId', 'lecturer', input.lecturerId);
    loaders.scope.assertCanManageUniversity(lecturer.universityId);
    const errors = new UserErrors();
    const host = { councilId: input.councilId, hostTeamId: input.hostTeamId ?? null, hostPractitionerId: input.hostPractitionerId ?? null };
    if (checkVisitIds(errors, host, ['councilId', 'hostTeamId', 'hostPractitionerId'])) {
      // The university asks, so it may name a practitioner the register does not show it; the council checks on approval.
      await checkHostOnRegister(host, true, context, errors);
    }
    checkVisitOn(errors, input.visitOn, today);
    checkVisitHours(errors, 'plannedHours', input.plannedHours);
    const purpose = checkPurpose(errors, input.purpose);
    if (errors.any) return refused('shadowingVisit', errors.list);
    const visit = await dataSource.transaction((manager) =>
      insertNew(manager, ShadowingVisit, {
        universityId: lecturer.universityId,
        lecturerId: lecturer.id,
        councilId: input.councilId,
        hostTeamId: input.hostTeamId ?? null,
        hostPractitionerId: input.hostPractitionerId ?? null,
        kind: input.kind,
        visitOn: input.visitOn,
        plannedHours: input.plannedHours,
        purpose,
        status: ShadowingStatus.REQUESTED,
        decisionReason: null,
        decidedAt: null,
        hours: null,
        learningSummary: null,
        completedAt: null,
        cancelledBy: null,
        cancelledAt: null,
      }),
    );
    return succeeded('shadowingVisit', visit);
  }

  @Mutation(() => ShadowingVisitPayload, {
    description: 'Approve a requested visit (admins of the host council only); may set the host team and practitioner.',
  })
  async shadowingVisitApprove(
    @Arg('input', { description: 'The visit, and any host team or practitioner to set.' }) input: ShadowingVisitApproveInput,
    @Ctx() context: UniversitiesContext,
  ) {
    const errors = new UserErrors();
    const idsValid = checkVisitIds(errors, input, ['hostTeamId', 'hostPractitionerId']);
    // The host council confirms its own team and practitioner, as its register has them, whoever named them.
    const checkHost = async (visit: ShadowingVisit) => {
      const host = {
        councilId: visit.councilId,
        hostTeamId: input.hostTeamId === undefined ? visit.hostTeamId : input.hostTeamId,
        hostPractitionerId: input.hostPractitionerId === undefined ? visit.hostPractitionerId : input.hostPractitionerId,
      };
      if (idsValid) await checkHostOnRegister(host, false, context, errors);
    };
    return moveVisit(
      context,
      input.id,
      ShadowingAction.APPROVE,
      errors,
      () => ({ decidedAt: context.now, hostTeamId: input.hostTeamId, hostPractitionerId: input.hostPractitionerId }),
      checkHost,
    );
  }

  @Mutation(() => ShadowingVisitPayload, { description: 'Decline a requested visit, with a reason (admins of the host council only).' })
  async shadowingVisitDecline(
    @Arg('input', { description: 'The visit and the reason.' }) input: ShadowingVisitDeclineInput,
    @Ctx() context: UniversitiesContext,
  ) {
    const errors = new UserErrors();
    const reason = checkReason(errors, 'reason', input.reason);
    return moveVisit(context, input.id, ShadowingAction.DECLINE, errors, () => ({
      decidedAt: context.now,
      decisionReason: reason,
    }));
  }

  @Mutation(() => ShadowingVisitPayload, {
    description: 'Record an approved visit as done, from its day on (the lecturer or their university’s admins).',
  })
  async shadowingVisitComplete(
    @Arg('input', { description: 'The visit, the hours spent and what the lecturer learnt.' }) input: ShadowingVisitCompleteInput,
    @Ctx() context: UniversitiesContext,
  ) {
    const errors = new UserErrors();
    checkVisitHours(errors, 'hours', input.hours);
    const learningSummary = checkLearningSummary(errors, input.learningSummary);
    return moveVisit(context, input.id, ShadowingAction.COMPLETE, errors, () => ({
      hours: input.hours,
      learningSummary,
      completedAt: context.now,
    }));
  }

  @Mutation(() => ShadowingVisitPayload, { description: 'Call off a requested or approved visit before its day has passed (either side).' })
  async shadowingVisitCancel(
    @Arg('input', { description: 'The visit and, if you like, why.' }) input: ShadowingVisitCancelInput,
    @Ctx() context: UniversitiesContext,
  ) {
    const errors = new UserErrors();
    const reason = input.reason == null ? undefined : checkReason(errors, 'reason', input.reason);
    return moveVisit(context, input.id, ShadowingAction.CANCEL, errors, (side) => ({
      cancelledAt: context.now,
      cancelledBy: side,
      decisionReason: reason,
    }));
  }

  @FieldResolver(() => Lecturer, { nullable: true, description: 'The lecturer visiting; named to every role but the aggregate-only one.' })
  lecturer(@Root() visit: ShadowingVisit, @Ctx() { loaders }: UniversitiesContext) {
    loaders.scope.assertMaySeeStaff();
    return loaders.lecturerById.load(visit.lecturerId);
  }

  @FieldResolver(() => University, { description: 'The lecturer’s university, which asked for the visit.' })
  university(@Root() visit: ShadowingVisit, @Ctx() { loaders }: UniversitiesContext) {
    return loaders.universityById.load(visit.universityId);
  }

  @FieldResolver(() => Council, { nullable: true, description: 'The host council.' })
  council(@Root() visit: ShadowingVisit): Council {
    return { id: visit.councilId };
  }

  @FieldResolver(() => Team, { nullable: true, description: 'The host council’s team the lecturer joins; null if none is named.' })
  hostTeam(@Root() visit: ShadowingVisit): Team | null {
    return visit.hostTeamId ? { id: visit.hostTeamId } : null;
  }

  @FieldResolver(() => Practitioner, {
    nullable: true,
    description: 'The host council’s practitioner the lecturer shadows; null if none is named, or once their records are erased.',
  })
  hostPractitioner(@Root() visit: ShadowingVisit): Practitioner | null {
    return visit.hostPractitionerId ? { id: visit.hostPractitionerId } : null;
  }

  @FieldResolver(() => AcademicYearScalar, { description: 'The academic year the day of the visit falls in.' })
  academicYear(@Root() visit: ShadowingVisit): string {
    return academicYearOf(visit.visitOn);
  }
}
