import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { assertMayRequestStudentData } from '#hub/shared/data-subject-access';
import { DataSubjectRecordsScalar, exportColumns, exportRow, type DataSubjectRecords } from '#hub/shared/data-subject-export';
import { assertUuidArgument } from '#hub/shared/input-checks';
import type { UniversitiesContext } from '../context';
import { StudentDataExport } from '../types/student-data-export';
import { sessionSummaries } from '../services/session-summaries';

@Resolver(() => StudentDataExport)
export class StudentDataExportResolver {
  @Query(() => StudentDataExport, {
    description:
      'Everything the hub holds about a student, in one document, for their university’s admins. An id no longer held here still finds what other subgraphs hold for your university.',
  })
  studentDataExport(
    @Arg('id', () => ID, { description: 'The student’s id.' }) id: string,
    @Ctx() { principal, now }: UniversitiesContext,
  ): StudentDataExport {
    assertUuidArgument(id, 'id');
    assertMayRequestStudentData(principal);
    // Another university's student gets the same empty sections as an unknown id: the answer does not tell that the id exists.
    return { id, exportedAt: now };
  }

  @FieldResolver(() => DataSubjectRecordsScalar, {
    nullable: true,
    description: 'The student record (null once erased) with its programme and university, and the sessions they attended.',
  })
  async universities(@Root() subject: StudentDataExport, @Ctx() context: UniversitiesContext): Promise<DataSubjectRecords> {
    const { loaders, principal } = context;
    assertMayRequestStudentData(principal);
    const student = await loaders.studentById.load(subject.id);
    if (!student || !principal.isUniversityAdminOf(student.universityId)) {
      return { student: null, programme: null, university: null, teachingSessionsAttended: [] };
    }
    const [programme, university, attendances] = await Promise.all([
      loaders.programmeById.load(student.programmeId),
      loaders.universityById.load(student.universityId),
      loaders.dataSubject.attendancesByStudent.load(student.id),
    ]);
    const sessions = await sessionSummaries(
      attendances.map((row) => row.sessionId),
      context,
    );
    return {
      student: exportRow(student),
      programme: programme && exportColumns(programme, ['id', 'name', 'route']),
      university: university && exportColumns(university, ['id', 'ukprn', 'name']),
      teachingSessionsAttended: attendances.map((row) => ({
        ...exportRow(row, ['practitionerId', 'councilId']),
        session: sessions.get(row.sessionId),
      })),
    };
  }
}
