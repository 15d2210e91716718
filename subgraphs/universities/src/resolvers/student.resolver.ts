import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { UserErrors } from '#hub/shared/errors';
import { assertUuidArgument, containsPattern } from '#hub/shared/input-checks';
import { decodeCursor, fetchPage, PageArgs, pageSize, toConnection } from '#hub/shared/pagination';
import { refused, refusedNotFound, succeeded } from '#hub/shared/payload';
import { type UniqueConflict, insertNew, updateFields, writeInTransaction } from '#hub/shared/write';
import type { UniversitiesContext } from '../context';
import { Programme } from '../entities/programme.entity';
import { Student } from '../entities/student.entity';
import { University } from '../entities/university.entity';
import { checkStudentFields } from '../rules/student-rules';
import { StudentConnection } from '../types/connections';
import { StudentStage, StudentStatus } from '../types/enums';
import { StudentPayload } from '../types/payloads';
import { StudentCreateInput, StudentFilter, StudentUpdateInput } from '../types/student.inputs';

const STUDENT_NUMBER_TAKEN: UniqueConflict = {
  field: 'studentNumber',
  code: 'STUDENT_NUMBER_TAKEN',
  message: 'This university already has a student with this number.',
};

@Resolver(() => Student)
export class StudentResolver {
  @Query(() => Student, {
    nullable: true,
    description: 'One student, for their own university’s admins; null for anyone else, as for an unknown id.',
  })
  async student(
    @Arg('id', () => ID, { description: 'The student’s id.' }) id: string,
    @Ctx() { loaders }: UniversitiesContext,
  ): Promise<Student | null> {
    const student = await loaders.studentById.load(id);
    // Null, not FORBIDDEN, for another university's student, so the answer does not tell that the id exists.
    if (student && !loaders.scope.canSeeStudent(student)) return null;
    return student;
  }

  @Query(() => StudentConnection, { description: 'A university’s students by family name, for its own admins.' })
  async students(
    @Arg('filter', () => StudentFilter, { description: 'The university, and which of its students.' }) filter: StudentFilter,
    @Args() page: PageArgs,
    @Ctx() { loaders, dataSource }: UniversitiesContext,
  ) {
    assertUuidArgument(filter.universityId, 'filter.universityId');
    assertUuidArgument(filter.programmeId, 'filter.programmeId');
    loaders.scope.assertCanManageUniversity(filter.universityId);
    const query = dataSource
      .getRepository(Student)
      .createQueryBuilder('student')
      .where('student.universityId = :universityId', { universityId: filter.universityId });
    if (filter.programmeId) query.andWhere('student.programmeId = :programmeId', { programmeId: filter.programmeId });
    if (filter.cohortYear != null) query.andWhere('student.cohortYear = :cohortYear', { cohortYear: filter.cohortYear });
    if (filter.status) query.andWhere('student.status = :status', { status: filter.status });
    if (filter.familyNameContains) {
      query.andWhere('student.familyName ILIKE :familyName', {
        familyName: containsPattern(filter.familyNameContains, 'filter.familyNameContains'),
      });
    }
    const result = await fetchPage(query, { sortProperty: 'familyName', first: pageSize(page.first), cursor: decodeCursor(page.after) });
    return toConnection(result, (student) => student.familyName);
  }

  @Mutation(() => StudentPayload, { description: 'Enrol a student on one of your university’s programmes.' })
  async studentCreate(
    @Arg('input', { description: 'The student to enrol.' }) input: StudentCreateInput,
    @Ctx() { loaders, dataSource, today }: UniversitiesContext,
  ) {
    const programme = await loaders.programmeById.load(input.programmeId);
    if (!programme) return refusedNotFound('student', 'programmeId', 'programme', input.programmeId);
    loaders.scope.assertCanManageUniversity(programme.universityId);
    const errors = new UserErrors();
    const fields = checkStudentFields(input, today, errors);
    if (errors.any) return refused('student', errors.list);
    const written = await writeInTransaction(
      dataSource,
      (manager) =>
        insertNew(manager, Student, {
          universityId: programme.universityId,
          programmeId: programme.id,
          studentNumber: fields.studentNumber!,
          givenName: fields.givenName!,
          familyName: fields.familyName!,
          cohortYear: input.cohortYear,
          stage: input.stage ?? StudentStage.ENTRY,
          status: StudentStatus.STUDYING,
          suitabilityConfirmedOn: input.suitabilityConfirmedOn ?? null,
        }),
      { student_university_number_key: STUDENT_NUMBER_TAKEN },
    );
    return written.ok ? succeeded('student', written.value) : refused('student', written.userErrors);
  }

  @Mutation(() => StudentPayload, { description: 'Change a student’s name, stage, status or suitability (their university’s admins).' })
  async studentUpdate(
    @Arg('input', { description: 'The student and the changes to make.' }) input: StudentUpdateInput,
    @Ctx() { loaders, dataSource, today }: UniversitiesContext,
  ) {
    const student = await loaders.studentById.load(input.id);
    // Another university's student is refused as an unknown id is, so the answer does not tell that they exist.
    if (!student || !loaders.scope.canSeeStudent(student)) return refusedNotFound('student', 'id', 'student', input.id);
    const errors = new UserErrors();
    const fields = checkStudentFields(input, today, errors);
    if (errors.any) return refused('student', errors.list);
    const updated = await dataSource.transaction((manager) =>
      updateFields(manager, Student, student.id, {
        givenName: fields.givenName,
        familyName: fields.familyName,
        stage: input.stage ?? undefined,
        status: input.status ?? undefined,
        suitabilityConfirmedOn: input.suitabilityConfirmedOn,
      }),
    );
    return succeeded('student', updated);
  }

  @FieldResolver(() => University, { description: 'Their university.' })
  university(@Root() student: Student, @Ctx() { loaders }: UniversitiesContext) {
    return loaders.universityById.load(student.universityId);
  }

  @FieldResolver(() => Programme, { description: 'The programme they study.' })
  programme(@Root() student: Student, @Ctx() { loaders }: UniversitiesContext) {
    return loaders.programmeById.load(student.programmeId);
  }
}
