/**
 * Attendance at teaching sessions. A university's admins record their own students and any
 * practitioner at their own sessions; a council's admins record their own practitioners.
 * Students and practitioners share the session's capacity, checked under a lock on the session.
 */
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import { UserErrors } from '#hub/shared/errors';
import { isUuid } from '#hub/shared/input-checks';
import { refused, refusedNotFound, succeeded } from '#hub/shared/payload';
import type { UniversitiesContext } from '../context';
import { SessionAttendance } from '../entities/session-attendance.entity';
import { Student } from '../entities/student.entity';
import { TeachingSession } from '../entities/teaching-session.entity';
import { checkNotFacilitating, checkPractitionerList } from '../rules/people-lists';
import { checkCapacity, checkNewcomersFit, newcomersAmong } from '../rules/session-capacity';
import { cancelledSessionRefusal, MAX_CAPACITY } from '../rules/teaching-session-rules';
import { checkAttendingStudents } from '../services/attending-students';
import { checkPractitionerCouncils } from '../services/practitioner-register';
import { lockSession } from '../services/session-lock';
import { SessionAttendanceCount } from '../types/attendance';
import { TeachingSessionPayload } from '../types/payloads';
import { Practitioner } from '../types/practitioner';
import { TeachingSessionAttendanceInput, TeachingSessionAttendanceRemoveInput } from '../types/teaching-session.inputs';

@Resolver(() => TeachingSession)
export class TeachingSessionAttendanceResolver {
  @Mutation(() => TeachingSessionPayload, {
    description:
      'Record students and practitioners attending. Anyone recorded already is left as they are; the session’s capacity is never exceeded.',
  })
  async teachingSessionRecordAttendance(
    @Arg('input', { description: 'The session and the attendees to add.' }) input: TeachingSessionAttendanceInput,
    @Ctx() context: UniversitiesContext,
  ) {
    const { loaders, dataSource } = context;
    context.principal.requireRole('university_admin', 'council_admin');
    const existing = await loaders.sessionById.load(input.sessionId);
    if (!existing) return refusedNotFound('teachingSession', 'sessionId', 'teaching session', input.sessionId);
    const errors = new UserErrors();
    const studentIds = await checkAttendingStudents(existing, input.studentIds ?? [], context, errors);
    const practitioners = checkPractitionerList(input.practitioners ?? [], 'practitioners', MAX_CAPACITY, errors);
    loaders.scope.assertMayRecordPractitioners(
      existing,
      practitioners.map((place) => place.councilId),
    );
    await checkPractitionerCouncils(practitioners, 'practitioners', existing, context, errors);
    checkNotFacilitating(practitioners, await loaders.facilitatorsBySession.load(existing.id), errors);
    if (errors.any) return refused('teachingSession', errors.list);

    return dataSource.transaction(async (manager) => {
      const session = await lockSession(manager, existing.id);
      const cancelled = cancelledSessionRefusal(session, 'recordAttendance');
      if (cancelled) return refused('teachingSession', new UserErrors().add('sessionId', 'TEACHING_SESSION_CANCELLED', cancelled).list);
      const present = await manager.findBy(SessionAttendance, { sessionId: session.id });
      const newcomers = newcomersAmong(present, studentIds, practitioners);
      const full = new UserErrors();
      checkNewcomersFit(full, session.capacity, present.length, newcomers);
      if (full.any) return refused('teachingSession', full.list);
      const rows = [
        ...newcomers.students.map((studentId) => ({ sessionId: session.id, studentId, practitionerId: null, councilId: null })),
        ...newcomers.practitioners.map((place) => ({ sessionId: session.id, studentId: null, ...place })),
      ];
      if (rows.length > 0) await manager.insert(SessionAttendance, rows);
      return succeeded('teachingSession', session);
    });
  }

  @Mutation(() => TeachingSessionPayload, {
    description:
      'Take attendees off a session; the same people may do this as record them. A practitioner not recorded, or recorded under a council you do not administer, is left as they are.',
  })
  async teachingSessionRemoveAttendance(
    @Arg('input', { description: 'The session and the attendees to take off.' }) input: TeachingSessionAttendanceRemoveInput,
    @Ctx() context: UniversitiesContext,
  ) {
    const { loaders, dataSource } = context;
    context.principal.requireRole('university_admin', 'council_admin');
    const session = await loaders.sessionById.load(input.sessionId);
    if (!session) return refusedNotFound('teachingSession', 'sessionId', 'teaching session', input.sessionId);
    loaders.scope.assertMayRemoveAttendance(session);
    const errors = new UserErrors();
    const studentIds = await checkAttendingStudents(session, input.studentIds ?? [], context, errors);
    const practitionerIds = [...new Set(input.practitionerIds ?? [])];
    if (!practitionerIds.every(isUuid)) errors.add('practitionerIds', 'INVALID_ID', 'Practitioner ids are UUIDs.');
    if (errors.any) return refused('teachingSession', errors.list);
    await dataSource.transaction(async (manager) => {
      const rows = await manager.findBy(SessionAttendance, { sessionId: session.id, practitionerId: In(practitionerIds) });
      // Another council's attendee is left as one not recorded is, so the answer does not tell who attends under which council.
      const removable = rows.filter((row) => loaders.scope.mayRemovePractitionerAttendance(session, row.councilId!));
      if (studentIds.length > 0) await manager.delete(SessionAttendance, { sessionId: session.id, studentId: In(studentIds) });
      if (removable.length > 0) await manager.delete(SessionAttendance, { id: In(removable.map((row) => row.id)) });
    });
    return succeeded('teachingSession', session);
  }

  @FieldResolver(() => SessionAttendanceCount, {
    description: 'How full it is: attendees recorded against its capacity, as counts, for anyone who may see the session.',
  })
  async attendance(@Root() session: TeachingSession, @Ctx() { loaders }: UniversitiesContext): Promise<SessionAttendanceCount> {
    const { students, practitioners } = await loaders.attendanceCountBySession.load(session.id);
    const total = students + practitioners;
    return { students, practitioners, total, capacity: session.capacity, placesLeft: checkCapacity(session.capacity, total, 0).placesLeft };
  }

  @FieldResolver(() => [Student], { description: 'Students recorded as attending: only those of your own university.' })
  async attendingStudents(@Root() session: TeachingSession, @Ctx() { loaders }: UniversitiesContext): Promise<Student[]> {
    const ids = (await loaders.attendeesBySession.load(session.id)).flatMap((row) => (row.studentId ? [row.studentId] : []));
    const students = await loaders.studentById.loadMany(ids);
    return students.filter((student): student is Student => student instanceof Student && loaders.scope.canSeeStudent(student));
  }

  @FieldResolver(() => [Practitioner], {
    nullable: 'items',
    description:
      'Practitioners recorded as attending, as far as you may see: yourself, your council’s staff, or all at sessions you oversee.',
  })
  async attendingPractitioners(@Root() session: TeachingSession, @Ctx() { loaders }: UniversitiesContext): Promise<Practitioner[]> {
    const rows = (await loaders.attendeesBySession.load(session.id)).filter((row) => row.practitionerId);
    const visible = await Promise.all(rows.map((row) => loaders.scope.canSeePlace({ ...row, universityId: session.universityId })));
    return rows.filter((_, index) => visible[index]).map((row) => ({ id: row.practitionerId! }));
  }
}
