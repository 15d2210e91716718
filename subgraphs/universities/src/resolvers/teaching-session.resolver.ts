import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { UserErrors } from '#hub/shared/errors';
import { assertUuidArgument } from '#hub/shared/input-checks';
import { decodeCursor, fetchPage, PageArgs, pageSize, toConnection } from '#hub/shared/pagination';
import { refused, refusedNotFound, succeeded } from '#hub/shared/payload';
import { insertNew, updateFields } from '#hub/shared/write';
import { assertMayReadRecords } from '#hub/shared/aggregate-only';
import type { UniversitiesContext } from '../context';
import { Lecturer } from '../entities/lecturer.entity';
import { SessionAttendance } from '../entities/session-attendance.entity';
import { SessionFacilitator } from '../entities/session-facilitator.entity';
import { TeachingSession } from '../entities/teaching-session.entity';
import { University } from '../entities/university.entity';
import { SESSION_IN_DATE_RANGE } from '../loaders/teaching-figures';
import { academicYearBounds } from '#hub/shared/academic-year';
import { isCoDelivered } from '../rules/co-delivery';
import { checkCapacityChange } from '../rules/session-capacity';
import { isTimestampSortValue } from '../rules/sort-values';
import { cancelledSessionRefusal, checkTeachingSessionFields, sessionAcademicYear } from '../rules/teaching-session-rules';
import { checkFacilitators, updateFacilitators, writeFacilitators } from '../services/facilitators';
import { lockSession } from '../services/session-lock';
import { TeachingSessionConnection } from '../types/connections';
import { TeachingSessionPayload } from '../types/payloads';
import { Practitioner } from '../types/practitioner';
import { AcademicYearScalar } from '#hub/shared/scalars';
import {
  TeachingSessionCancelInput,
  TeachingSessionCreateInput,
  TeachingSessionFilter,
  TeachingSessionUpdateInput,
} from '../types/teaching-session.inputs';

@Resolver(() => TeachingSession)
export class TeachingSessionResolver {
  @Query(() => TeachingSession, {
    nullable: true,
    description: 'One teaching session. The programme is open to every signed-in user but dashboard_viewer, which reads figures only.',
  })
  teachingSession(
    @Arg('id', () => ID, { description: 'The session’s id.' }) id: string,
    @Ctx() { principal, loaders }: UniversitiesContext,
  ) {
    assertMayReadRecords(principal, 'teaching sessions');
    return loaders.sessionById.load(id);
  }

  @Query(() => TeachingSessionConnection, { description: 'Teaching sessions by start time; not for dashboard_viewer.' })
  async teachingSessions(
    @Args() page: PageArgs,
    @Ctx() { principal, dataSource }: UniversitiesContext,
    @Arg('filter', () => TeachingSessionFilter, {
      nullable: true,
      description: 'Which sessions; every session not cancelled when not given.',
    })
    filter?: TeachingSessionFilter,
  ) {
    assertMayReadRecords(principal, 'teaching sessions');
    assertUuidArgument(filter?.universityId, 'filter.universityId');
    const query = dataSource.getRepository(TeachingSession).createQueryBuilder('session');
    if (filter?.universityId) query.andWhere('session.universityId = :universityId', { universityId: filter.universityId });
    if (filter?.kind) query.andWhere('session.kind = :kind', { kind: filter.kind });
    if (filter?.academicYear) query.andWhere(SESSION_IN_DATE_RANGE, academicYearBounds(filter.academicYear));
    if (!filter?.includeCancelled) query.andWhere('session.cancelledAt IS NULL');
    if (filter?.coDelivered != null) {
      const facilitators = dataSource.getMetadata(SessionFacilitator).tablePath;
      const has = (column: string) =>
        `EXISTS (SELECT 1 FROM ${facilitators} f WHERE f.session_id = session.id AND f.${column} IS NOT NULL)`;
      const coDelivered = `(${has('lecturer_id')} AND ${has('practitioner_id')})`;
      query.andWhere(filter.coDelivered ? coDelivered : `NOT ${coDelivered}`);
    }
    const cursor = decodeCursor(page.after, isTimestampSortValue);
    const result = await fetchPage(query, { sortProperty: 'startsAt', first: pageSize(page.first), cursor });
    return toConnection(result, (session) => session.startsAt.toISOString());
  }

  @Mutation(() => TeachingSessionPayload, {
    description: 'Schedule a session (university admins), with its lecturers and council practitioners as facilitators.',
  })
  async teachingSessionCreate(
    @Arg('input', { description: 'The session to schedule.' }) input: TeachingSessionCreateInput,
    @Ctx() context: UniversitiesContext,
  ) {
    const { loaders, dataSource } = context;
    const university = await loaders.universityById.load(input.universityId);
    if (!university) return refusedNotFound('teachingSession', 'universityId', 'university', input.universityId);
    loaders.scope.assertCanManageUniversity(university.id);
    const errors = new UserErrors();
    const fields = checkTeachingSessionFields(input, errors);
    const facilitators = await checkFacilitators(university.id, input.lecturerIds ?? [], input.practitioners ?? [], context, errors);
    if (errors.any) return refused('teachingSession', errors.list);
    const session = await dataSource.transaction(async (manager) => {
      const created = await insertNew(manager, TeachingSession, {
        universityId: university.id,
        title: fields.title!,
        topic: fields.topic!,
        kind: input.kind,
        startsAt: input.startsAt,
        durationMinutes: input.durationMinutes,
        place: fields.place!,
        capacity: input.capacity,
        cancelledAt: null,
      });
      await writeFacilitators(manager, created.id, facilitators);
      return created;
    });
    return succeeded('teachingSession', session);
  }

  @Mutation(() => TeachingSessionPayload, { description: 'Change a session (its university’s admins). Cancelled sessions cannot change.' })
  async teachingSessionUpdate(
    @Arg('input', { description: 'The session and the changes to make.' }) input: TeachingSessionUpdateInput,
    @Ctx() context: UniversitiesContext,
  ) {
    const { loaders, dataSource } = context;
    const existing = await loaders.sessionById.load(input.id);
    if (!existing) return refusedNotFound('teachingSession', 'id', 'teaching session', input.id);
    loaders.scope.assertCanManageUniversity(existing.universityId);
    const errors = new UserErrors();
    const fields = checkTeachingSessionFields(input, errors);
    const facilitators = await checkFacilitators(
      existing.universityId,
      input.lecturerIds ?? [],
      input.practitioners ?? [],
      context,
      errors,
    );
    if (errors.any) return refused('teachingSession', errors.list);

    return dataSource.transaction(async (manager) => {
      const session = await lockSession(manager, existing.id);
      const refusal = new UserErrors();
      const cancelled = cancelledSessionRefusal(session, 'update');
      if (cancelled) refusal.add('id', 'TEACHING_SESSION_CANCELLED', cancelled);
      if (input.capacity != null) {
        checkCapacityChange(refusal, input.capacity, await manager.countBy(SessionAttendance, { sessionId: session.id }));
      }
      if (refusal.any) return refused('teachingSession', refusal.list);
      const updated = await updateFields(manager, TeachingSession, session.id, {
        title: fields.title,
        topic: fields.topic,
        place: fields.place,
        kind: input.kind ?? undefined,
        startsAt: input.startsAt ?? undefined,
        durationMinutes: input.durationMinutes ?? undefined,
        capacity: input.capacity ?? undefined,
      });
      const given = { lecturers: input.lecturerIds != null, practitioners: input.practitioners != null };
      await updateFacilitators(manager, session.id, given, facilitators);
      return succeeded('teachingSession', updated);
    });
  }

  @Mutation(() => TeachingSessionPayload, { description: 'Call a session off (its university’s admins). It then counts in no figures.' })
  async teachingSessionCancel(
    @Arg('input', { description: 'The session to call off.' }) input: TeachingSessionCancelInput,
    @Ctx() { loaders, dataSource, now }: UniversitiesContext,
  ) {
    const existing = await loaders.sessionById.load(input.id);
    if (!existing) return refusedNotFound('teachingSession', 'id', 'teaching session', input.id);
    loaders.scope.assertCanManageUniversity(existing.universityId);
    return dataSource.transaction(async (manager) => {
      const session = await lockSession(manager, existing.id);
      const cancelled = cancelledSessionRefusal(session, 'cancel');
      if (cancelled) return refused('teachingSession', new UserErrors().add('id', 'TEACHING_SESSION_CANCELLED', cancelled).list);
      return succeeded('teachingSession', await updateFields(manager, TeachingSession, session.id, { cancelledAt: now }));
    });
  }

  @FieldResolver(() => University, { description: 'The university that runs it.' })
  university(@Root() session: TeachingSession, @Ctx() { loaders }: UniversitiesContext) {
    return loaders.universityById.load(session.universityId);
  }

  @FieldResolver(() => AcademicYearScalar, { description: 'From the session’s date in England.' })
  academicYear(@Root() session: TeachingSession): string {
    return sessionAcademicYear(session.startsAt);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the session was called off; see cancelledAt.' })
  cancelled(@Root() session: TeachingSession): boolean {
    return session.cancelledAt !== null;
  }

  @FieldResolver(() => [Lecturer], { nullable: true, description: 'Lecturers facilitating.' })
  async lecturers(@Root() session: TeachingSession, @Ctx() { loaders }: UniversitiesContext): Promise<Lecturer[]> {
    loaders.scope.assertMaySeeStaff();
    const ids = (await loaders.facilitatorsBySession.load(session.id)).flatMap((row) => (row.lecturerId ? [row.lecturerId] : []));
    return (await loaders.lecturerById.loadMany(ids)).filter((row): row is Lecturer => row instanceof Lecturer);
  }

  @FieldResolver(() => [Practitioner], {
    nullable: 'items',
    description: 'Council practitioners facilitating; the councils subgraph says who they are, to those who may know.',
  })
  async practitioners(@Root() session: TeachingSession, @Ctx() { loaders }: UniversitiesContext): Promise<Practitioner[]> {
    return (await loaders.facilitatorsBySession.load(session.id)).flatMap((row) =>
      row.practitionerId ? [{ id: row.practitionerId }] : [],
    );
  }

  @FieldResolver(() => Boolean, { description: 'Whether at least one lecturer and one practitioner facilitate it.' })
  async coDelivered(@Root() session: TeachingSession, @Ctx() { loaders }: UniversitiesContext): Promise<boolean> {
    const rows = await loaders.facilitatorsBySession.load(session.id);
    return isCoDelivered({
      lecturers: rows.filter((row) => row.lecturerId).length,
      practitioners: rows.filter((row) => row.practitionerId).length,
    });
  }
}
