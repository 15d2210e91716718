import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { badUserInput, forbidden, UserErrors } from '#hub/shared/errors';
import { isUuid } from '#hub/shared/input-checks';
import { loadChildConnection } from '#hub/shared/loaders';
import { naturalKeyId } from '#hub/shared/natural-key-id';
import { decodeCursor, fetchPage, PageArgs, pageSize, toConnection } from '#hub/shared/pagination';
import { refused, refusedNotFound, succeeded } from '#hub/shared/payload';
import { type UniqueConflict, insertNew, updateFields, writeInTransaction } from '#hub/shared/write';
import type { UniversitiesContext } from '../context';
import { Programme } from '../entities/programme.entity';
import { UniversityPartnership } from '../entities/university-partnership.entity';
import { University } from '../entities/university.entity';
import { checkName } from '../rules/names';
import { LecturerConnection, StudentConnection, UniversityConnection } from '../types/connections';
import { Partnership } from '../types/partnership';
import { UniversityPayload } from '../types/payloads';
import { UkprnScalar } from '../types/scalars';
import { PartnershipUniversityInput, UniversityCreateInput, UniversityRenameInput } from '../types/university.inputs';

const UKPRN_TAKEN: UniqueConflict = { field: 'ukprn', code: 'UKPRN_TAKEN', message: 'A university with this UKPRN is already recorded.' };

@Resolver(() => University)
export class UniversityResolver {
  @Query(() => University, {
    nullable: true,
    description: 'One university, by id or UKPRN; null if none is recorded. Open to every signed-in user.',
  })
  university(
    @Ctx() { loaders }: UniversitiesContext,
    @Arg('id', () => ID, { nullable: true, description: 'The university’s id; give this or ukprn, not both.' }) id?: string,
    @Arg('ukprn', () => UkprnScalar, { nullable: true, description: 'Its UK Provider Reference Number; give this or id, not both.' })
    ukprn?: string,
  ): Promise<University | null> {
    if (Boolean(id) === Boolean(ukprn)) throw badUserInput('Give exactly one of "id" and "ukprn".', 'id');
    return id ? loaders.universityById.load(id) : loaders.universityByUkprn.load(ukprn!);
  }

  @Query(() => UniversityConnection, { description: 'Universities in name order.' })
  async universities(@Args() page: PageArgs, @Ctx() { dataSource }: UniversitiesContext) {
    const query = dataSource.getRepository(University).createQueryBuilder('university');
    const result = await fetchPage(query, { sortProperty: 'name', first: pageSize(page.first), cursor: decodeCursor(page.after) });
    return toConnection(result, (university) => university.name);
  }

  @Mutation(() => UniversityPayload, {
    description:
      'Record a university (partnership admins, or the university’s own admins). It joins a partnership through partnershipAddUniversity.',
  })
  async universityCreate(
    @Arg('input', { description: 'The university to record.' }) input: UniversityCreateInput,
    @Ctx() { principal, dataSource }: UniversitiesContext,
  ) {
    const id = naturalKeyId('university', input.ukprn);
    if (!principal.has('partnership_admin') && !principal.usesUniversityAdminRightsOf(id)) {
      throw forbidden('A university is recorded by a partnership admin or by its own admins.');
    }
    const errors = new UserErrors();
    const name = checkName(errors, input.name);
    if (errors.any) return refused('university', errors.list);
    const written = await writeInTransaction(dataSource, (manager) => insertNew(manager, University, { id, ukprn: input.ukprn, name }), {
      '*': UKPRN_TAKEN,
    });
    return written.ok ? succeeded('university', written.value) : refused('university', written.userErrors);
  }

  @Mutation(() => UniversityPayload, { description: 'Rename a university (its admins).' })
  async universityRename(
    @Arg('input', { description: 'The university and its new name.' }) input: UniversityRenameInput,
    @Ctx() { loaders, dataSource }: UniversitiesContext,
  ) {
    const university = await loaders.universityById.load(input.id);
    if (!university) return refusedNotFound('university', 'id', 'university', input.id);
    loaders.scope.assertCanManageUniversity(university.id);
    const errors = new UserErrors();
    const name = checkName(errors, input.name);
    if (errors.any) return refused('university', errors.list);
    const updated = await dataSource.transaction((manager) => updateFields(manager, University, university.id, { name }));
    return succeeded('university', updated);
  }

  @Mutation(() => UniversityPayload, {
    description:
      'Add a university to a partnership. Membership lets the partnership’s admins oversee its teaching and visits, so the token must administer both.',
  })
  async partnershipAddUniversity(
    @Arg('input', { description: 'The university and the partnership it joins.' }) input: PartnershipUniversityInput,
    @Ctx() { loaders, dataSource }: UniversitiesContext,
  ) {
    loaders.scope.assertAdministersPartnership(input.partnershipId);
    const university = await loaders.universityById.load(input.universityId);
    if (!university) return refusedNotFound('university', 'universityId', 'university', input.universityId);
    loaders.scope.assertCanManageUniversity(university.id);
    await dataSource.transaction((manager) =>
      manager
        .createQueryBuilder()
        .insert()
        .into(UniversityPartnership)
        .values({ universityId: university.id, partnershipId: input.partnershipId })
        .orIgnore()
        .execute(),
    );
    return succeeded('university', university);
  }

  @Mutation(() => UniversityPayload, {
    description: 'Take a university out of a partnership: the partnership’s admins, or the university’s own when it leaves.',
  })
  async partnershipRemoveUniversity(
    @Arg('input', { description: 'The university and the partnership it leaves.' }) input: PartnershipUniversityInput,
    @Ctx() { principal, loaders, dataSource }: UniversitiesContext,
  ) {
    const university = await loaders.universityById.load(input.universityId);
    if (!university) return refusedNotFound('university', 'universityId', 'university', input.universityId);
    if (!principal.usesUniversityAdminRightsOf(university.id)) loaders.scope.assertAdministersPartnership(input.partnershipId);
    const removed = isUuid(input.partnershipId)
      ? await dataSource.transaction((manager) =>
          manager.delete(UniversityPartnership, { universityId: university.id, partnershipId: input.partnershipId }),
        )
      : { affected: 0 };
    if (!removed.affected) {
      return refused(
        'university',
        new UserErrors().add('universityId', 'NOT_A_MEMBER', 'That university is not a member of this partnership.').list,
      );
    }
    return succeeded('university', university);
  }

  @FieldResolver(() => [Programme], { description: 'Its programmes, by name.' })
  programmes(@Root() university: University, @Ctx() { loaders }: UniversitiesContext) {
    return loaders.programmesByUniversity.load(university.id);
  }

  @FieldResolver(() => [Partnership], { description: 'Partnerships it belongs to.' })
  async partnerships(@Root() university: University, @Ctx() { loaders }: UniversitiesContext): Promise<Partnership[]> {
    return (await loaders.partnershipIdsByUniversity.load(university.id)).map((id) => ({ id }));
  }

  @FieldResolver(() => StudentConnection, { description: 'Its students by family name: for its own admins only.' })
  students(@Root() university: University, @Args() page: PageArgs, @Ctx() { loaders }: UniversitiesContext) {
    loaders.scope.assertCanManageUniversity(university.id);
    return loadChildConnection(loaders.studentsByUniversity, university.id, page, (student) => student.familyName);
  }

  @FieldResolver(() => LecturerConnection, { description: 'Its lecturers by family name.' })
  lecturers(@Root() university: University, @Args() page: PageArgs, @Ctx() { loaders }: UniversitiesContext) {
    loaders.scope.assertMaySeeStaff();
    return loadChildConnection(loaders.lecturersByUniversity, university.id, page, (lecturer) => lecturer.familyName);
  }
}
