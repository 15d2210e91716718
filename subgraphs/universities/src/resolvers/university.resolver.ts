import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { badUserInput, forbidden, UserErrors } from '#hub/shared/errors';
import { isUuid } from '#hub/shared/input-checks';
import { loadChildConnection } from '#hub/shared/loaders';
import { naturalKeyId } from '#hub/shared/natural-key-id';
import { decodeCursor, fetchPage, PageArgs, pageSize, toConnection } from '#hub/shared/pagination';
import { refused, refusedNotFound, succeeded } from '#hub/shared/payload';
import { type UniqueConflict, insertNew, updateFields, writeInTransaction } from '#hub/shared/write';
import { MembershipStatus } from '../../../membership-consent';
import type { UniversitiesContext } from '../context';
import { Programme } from '../entities/programme.entity';
import { UniversityMembershipRequest } from '../entities/university-membership-request.entity';
import { University } from '../entities/university.entity';
import { checkName } from '../rules/names';
import { askToJoin, leave, membershipSides, partnershipExists } from '../services/partnership-membership';
import { LecturerConnection, StudentConnection, UniversityConnection } from '../types/connections';
import { Partnership } from '../types/partnership';
import { PartnershipUniversityPayload, UniversityPayload } from '../types/payloads';
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

  @Mutation(() => PartnershipUniversityPayload, {
    description:
      'Ask for a university to join a partnership, as an admin of the partnership (an invitation) or of the university (a request). Membership lets the partnership’s admins oversee its teaching and visits, so it joins only when the other side asks too, at once for a token that administers both; asking again is harmless.',
  })
  async partnershipAddUniversity(
    @Arg('input', { description: 'The university and the partnership it joins.' }) input: PartnershipUniversityInput,
    @Ctx() context: UniversitiesContext,
  ) {
    const sides = membershipSides(context, input);
    if (!sides.partnership && !sides.member) {
      throw forbidden(
        'A university joins a partnership with the say-so of the partnership’s admins and its own; you are an admin of neither.',
      );
    }
    const [university, partnershipFound] = await Promise.all([
      context.loaders.universityById.load(input.universityId),
      isUuid(input.partnershipId) && partnershipExists(context, input.partnershipId),
    ]);
    const errors = new UserErrors();
    if (!partnershipFound) errors.add('partnershipId', 'NOT_FOUND', `No partnership has id ${input.partnershipId}.`);
    if (!university) errors.add('universityId', 'NOT_FOUND', `No university has id ${input.universityId}.`);
    if (errors.any || !university) return { university: null, status: null, userErrors: errors.list };
    const status = await askToJoin(context, input, sides);
    return { university, status, userErrors: [] };
  }

  @Mutation(() => PartnershipUniversityPayload, {
    description:
      'Take a university out of a partnership, or withdraw or turn down an invitation or a request: either side’s admins alone. Refused with NOT_A_MEMBER when there is neither.',
  })
  async partnershipRemoveUniversity(
    @Arg('input', { description: 'The university and the partnership it leaves.' }) input: PartnershipUniversityInput,
    @Ctx() context: UniversitiesContext,
  ) {
    const sides = membershipSides(context, input);
    if (!sides.partnership && !sides.member) throw forbidden('Only an admin of the partnership or of the university may part them.');
    const university = await context.loaders.universityById.load(input.universityId);
    if (!university) return refusedNotFound('university', 'universityId', 'university', input.universityId);
    // An id that is not a UUID names no partnership, so nothing joins the university to it.
    if (!isUuid(input.partnershipId) || !(await leave(context, input, sides))) {
      const userErrors = new UserErrors().add(
        'universityId',
        'NOT_A_MEMBER',
        'That university is neither a member of this partnership nor invited to it or asking to join it.',
      ).list;
      return { university: null, status: null, userErrors };
    }
    return { university, status: MembershipStatus.NONE, userErrors: [] };
  }

  @FieldResolver(() => [Programme], { description: 'Its programmes, by name.' })
  programmes(@Root() university: University, @Ctx() { loaders }: UniversitiesContext) {
    return loaders.programmesByUniversity.load(university.id);
  }

  @FieldResolver(() => [Partnership], { nullable: 'items', description: 'Partnerships it is a member of, in the order it joined them.' })
  async partnerships(@Root() university: University, @Ctx() { loaders }: UniversitiesContext): Promise<Partnership[]> {
    return (await loaders.partnershipIdsByUniversity.load(university.id)).map((id) => ({ id }));
  }

  @FieldResolver(() => [UniversityMembershipRequest], {
    description:
      'Partnerships that invited this university or that it asked to join, not joined yet, oldest first: all of them for its admins, a partnership’s own for that partnership’s admins, none for anyone else.',
  })
  async partnershipRequests(@Root() university: University, @Ctx() { loaders }: UniversitiesContext) {
    const requests = await loaders.membershipRequestsByUniversity.load(university.id);
    return requests.filter((request) => loaders.scope.canSeeMembershipRequest(request));
  }

  @FieldResolver(() => StudentConnection, { nullable: true, description: 'Its students by family name: for its own admins only.' })
  students(@Root() university: University, @Args() page: PageArgs, @Ctx() { loaders }: UniversitiesContext) {
    loaders.scope.assertCanManageUniversity(university.id);
    return loadChildConnection(loaders.studentsByUniversity, university.id, page, (student) => student.familyName);
  }

  @FieldResolver(() => LecturerConnection, { nullable: true, description: 'Its lecturers by family name.' })
  lecturers(@Root() university: University, @Args() page: PageArgs, @Ctx() { loaders }: UniversitiesContext) {
    loaders.scope.assertMaySeeStaff();
    return loadChildConnection(loaders.lecturersByUniversity, university.id, page, (lecturer) => lecturer.familyName);
  }
}
