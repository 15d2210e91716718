/**
 * Attendance at teaching sessions. A university's admins record their own students and any
 * practitioner at their own sessions; a council's admins record their own practitioners.
 * Students and practitioners share the session's capacity, checked under a lock on the session.
 */
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import { forbidden, UserErrors } from '#hub/shared/errors';
import { isUuid } from '#hub/shared/input-checks';
import { refused, refusedNotFound, succeeded } from '#hub/shared/payload';
import type { UniversitiesContext } from '../context';
import { SessionAttendance } from '../entities/session-attendance.entity';
import { Student } from '../entities/student.entity';
import { TeachingSession } from '../entities/teaching-session.entity';
import { checkCapacity } from '../rules/session-capacity';
import { MAX_CAPACITY } from '../rules/teaching-session-rules';
import { SessionAttendanceCount } from '../types/attendance';
import { TeachingSessionPayload } from '../types/payloads';
import { Practitioner } from '../types/practitioner';
import { TeachingSessionAttendanceInput, TeachingSessionAttendanceRemoveInput } from '../types/teaching-session.inputs';
import { checkPractitionerPlaces } from './facilitators';
import { lockSession } from './teaching-session.resolver';

@Resolver(() => TeachingSession)
export class SessionAttendanceResolver {
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
    const studentIds = await checkStudents(existing, input.studentIds ?? [], context, errors);
    const practitioners = await checkPractitionerPlaces(input.practitioners ?? [], 'practitioners', MAX_CAPACITY, context, errors);
    assertMayRecordPractitioners(
      existing,
      practitioners.map((place) => place.councilId),
      context,
    );
    const facilitating = new Set((await loaders.facilitatorsBySession.load(existing.id)).map((row) => row.practitionerId));
    for (const place of practitioners.filter((candidate) => facilitating.has(candidate.practitionerId))) {
      errors.add('practitioners', 'PRACTITIONER_IS_FACILITATOR', `Practitioner ${place.practitionerId} facilitates this session.`);
    }
    if (errors.any) return refused('teachingSession', errors.list);

    return dataSource.transaction(async (manager) => {
      const session = await lockSession(manager, existing.id);
      if (session.cancelledAt) {
        return refused(
          'teachingSession',
          new UserErrors().add('sessionId', 'TEACHING_SESSION_CANCELLED', 'This session was cancelled.').list,
        );
      }
      const present = await manager.findBy(SessionAttendance, { sessionId: session.id });
      const newStudents = studentIds.filter((id) => !present.some((row) => row.studentId === id));
      const newPractitioners = practitioners.filter((place) => !present.some((row) => row.practitionerId === place.practitionerId));
      const newcomers = newStudents.length + newPractitioners.length;
      const capacity = checkCapacity(session.capacity, present.length, newcomers);
      if (!capacity.fits) {
        const field = newStudents.length > 0 ? 'studentIds' : 'practitioners';
        const message = `The session has ${capacity.placesLeft} of ${session.capacity} places left; ${newcomers} new attendees were given.`;
        return refused('teachingSession', new UserErrors().add(field, 'TEACHING_SESSION_FULL', message).list);
      }
      const rows = [
        ...newStudents.map((studentId) => ({ sessionId: session.id, studentId, practitionerId: null, councilId: null })),
        ...newPractitioners.map((place) => ({ sessionId: session.id, studentId: null, ...place })),
      ];
      if (rows.length > 0) await manager.insert(SessionAttendance, rows);
      return succeeded('teachingSession', session);
    });
  }

  @Mutation(() => TeachingSessionPayload, { description: 'Take attendees off a session; the same people may do this as record them.' })
  async teachingSessionRemoveAttendance(
    @Arg('input', { description: 'The session and the attendees to take off.' }) input: TeachingSessionAttendanceRemoveInput,
    @Ctx() context: UniversitiesContext,
  ) {
    const { loaders, dataSource } = context;
    context.principal.requireRole('university_admin', 'council_admin');
    const session = await loaders.sessionById.load(input.sessionId);
    if (!session) return refusedNotFound('teachingSession', 'sessionId', 'teaching session', input.sessionId);
    const errors = new UserErrors();
    const studentIds = await checkStudents(session, input.studentIds ?? [], context, errors);
    const practitionerIds = [...new Set(input.practitionerIds ?? [])];
    if (!practitionerIds.every(isUuid)) errors.add('practitionerIds', 'INVALID_ID', 'Practitioner ids are UUIDs.');
    if (errors.any) return refused('teachingSession', errors.list);
    await dataSource.transaction(async (manager) => {
      const rows = await manager.findBy(SessionAttendance, { sessionId: session.id, practitionerId: In(practitionerIds) });
      assertMayRecordPractitioners(
        session,
        rows.map((row) => row.councilId!),
        context,
      );
      if (studentIds.length > 0) await manager.delete(SessionAttendance, { sessionId: session.id, studentId: In(studentIds) });
      if (rows.length > 0) await manager.delete(SessionAttendance, { id: In(rows.map((row) => row.id)) });
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
    description:
      'Practitioners recorded as attending, as far as you may see: yourself, your council’s staff, or all at sessions you oversee.',
  })
  async attendingPractitioners(@Root() session: TeachingSession, @Ctx() { loaders }: UniversitiesContext): Promise<Practitioner[]> {
    const rows = (await loaders.attendeesBySession.load(session.id)).filter((row) => row.practitionerId);
    const visible = await Promise.all(rows.map((row) => loaders.scope.canSeePlace({ ...row, universityId: session.universityId })));
    return rows.filter((_, index) => visible[index]).map((row) => ({ id: row.practitionerId! }));
  }
}

/** Students are recorded by their own university's admins, at that university's sessions only. */
async function checkStudents(
  session: TeachingSession,
  ids: readonly string[],
  { loaders }: UniversitiesContext,
  errors: UserErrors,
): Promise<string[]> {
  const uniqueIds = [...new Set(ids)];
  if (uniqueIds.length === 0) return [];
  loaders.scope.assertCanManageUniversity(session.universityId);
  if (uniqueIds.length > MAX_CAPACITY) {
    errors.add('studentIds', 'TOO_MANY', `At most ${MAX_CAPACITY} students at once; got ${uniqueIds.length}.`);
    return [];
  }
  const students = await loaders.studentById.loadMany(uniqueIds);
  students.forEach((student, index) => {
    if (!(student instanceof Student)) errors.add('studentIds', 'NOT_FOUND', `No student has id ${uniqueIds[index]}.`);
    else if (student.universityId !== session.universityId) {
      errors.add('studentIds', 'STUDENT_OF_OTHER_UNIVERSITY', `Student ${student.id} studies at another university.`);
    }
  });
  return uniqueIds;
}

/** The session's university admins record anyone; a council's admins only their own council's practitioners. */
function assertMayRecordPractitioners(session: TeachingSession, councilIds: readonly string[], { principal }: UniversitiesContext): void {
  if (councilIds.length === 0 || principal.usesUniversityAdminRightsOf(session.universityId)) return;
  if (!councilIds.every((councilId) => principal.usesCouncilAdminRightsOf(councilId))) {
    throw forbidden('Practitioners are recorded by the session’s university or by the admins of their own council.');
  }
}
