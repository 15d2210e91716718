import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { UserErrors } from '#hub/shared/errors';
import { assertUuidArgument, containsPattern } from '#hub/shared/input-checks';
import { loadChildConnection } from '#hub/shared/loaders';
import { decodeCursor, fetchPage, PageArgs, pageSize, toConnection } from '#hub/shared/pagination';
import { refused, refusedNotFound, succeeded } from '#hub/shared/payload';
import { insertNew, updateFields } from '#hub/shared/write';
import type { UniversitiesContext } from '../context';
import { Lecturer } from '../entities/lecturer.entity';
import { University } from '../entities/university.entity';
import { checkLecturerFields } from '../rules/lecturer-rules';
import { isIsoDate } from '#hub/shared/iso-date';
import { LecturerConnection, ShadowingVisitConnection } from '../types/connections';
import { LecturerCreateInput, LecturerFilter, LecturerUpdateInput } from '../types/lecturer.inputs';
import { LecturerPayload } from '../types/payloads';

@Resolver(() => Lecturer)
export class LecturerResolver {
  @Query(() => Lecturer, {
    nullable: true,
    description: 'One lecturer, for every role but dashboard_viewer; null if no lecturer has this id.',
  })
  lecturer(@Arg('id', () => ID, { description: 'The lecturer’s id.' }) id: string, @Ctx() { loaders }: UniversitiesContext) {
    loaders.scope.assertMaySeeStaff();
    return loaders.lecturerById.load(id);
  }

  @Query(() => LecturerConnection, { description: 'Lecturers by family name; not for dashboard_viewer.' })
  async lecturers(
    @Args() page: PageArgs,
    @Ctx() { loaders, dataSource }: UniversitiesContext,
    @Arg('filter', () => LecturerFilter, { nullable: true, description: 'Which lecturers; all of them when not given.' })
    filter?: LecturerFilter,
  ) {
    loaders.scope.assertMaySeeStaff();
    assertUuidArgument(filter?.universityId, 'filter.universityId');
    const query = dataSource.getRepository(Lecturer).createQueryBuilder('lecturer');
    if (filter?.universityId) query.andWhere('lecturer.universityId = :universityId', { universityId: filter.universityId });
    if (filter?.familyNameContains) {
      query.andWhere('lecturer.familyName ILIKE :familyName', {
        familyName: containsPattern(filter.familyNameContains, 'filter.familyNameContains'),
      });
    }
    const result = await fetchPage(query, { sortProperty: 'familyName', first: pageSize(page.first), cursor: decodeCursor(page.after) });
    return toConnection(result, (lecturer) => lecturer.familyName);
  }

  @Mutation(() => LecturerPayload, { description: 'Add a lecturer to your university.' })
  async lecturerCreate(
    @Arg('input', { description: 'The lecturer to add.' }) input: LecturerCreateInput,
    @Ctx() { loaders, dataSource }: UniversitiesContext,
  ) {
    const university = await loaders.universityById.load(input.universityId);
    if (!university) return refusedNotFound('lecturer', 'universityId', 'university', input.universityId);
    loaders.scope.assertCanManageUniversity(university.id);
    const errors = new UserErrors();
    const fields = checkLecturerFields(input, errors);
    if (errors.any) return refused('lecturer', errors.list);
    const lecturer = await dataSource.transaction((manager) =>
      insertNew(manager, Lecturer, {
        universityId: university.id,
        givenName: fields.givenName!,
        familyName: fields.familyName!,
        jobTitle: fields.jobTitle!,
      }),
    );
    return succeeded('lecturer', lecturer);
  }

  @Mutation(() => LecturerPayload, { description: 'Change a lecturer’s name or job title (their university’s admins).' })
  async lecturerUpdate(
    @Arg('input', { description: 'The lecturer and the changes to make.' }) input: LecturerUpdateInput,
    @Ctx() { loaders, dataSource }: UniversitiesContext,
  ) {
    const lecturer = await loaders.lecturerById.load(input.id);
    if (!lecturer) return refusedNotFound('lecturer', 'id', 'lecturer', input.id);
    loaders.scope.assertCanManageUniversity(lecturer.universityId);
    const errors = new UserErrors();
    const changes = checkLecturerFields(input, errors);
    if (errors.any) return refused('lecturer', errors.list);
    const updated = await dataSource.transaction((manager) => updateFields(manager, Lecturer, lecturer.id, changes));
    return succeeded('lecturer', updated);
  }

  @FieldResolver(() => University, { description: 'The university they work for.' })
  university(@Root() lecturer: Lecturer, @Ctx() { loaders }: UniversitiesContext) {
    return loaders.universityById.load(lecturer.universityId);
  }

  @FieldResolver(() => ShadowingVisitConnection, { description: 'Their shadowing visits by date, as far as you may see them.' })
  shadowingVisits(@Root() lecturer: Lecturer, @Args() page: PageArgs, @Ctx() { loaders }: UniversitiesContext) {
    return loadChildConnection(loaders.visibleVisitsByLecturer, lecturer.id, page, (visit) => visit.visitOn, isIsoDate);
  }
}
