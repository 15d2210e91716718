import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { badUserInput, forbidden, UserErrors } from '#hub/shared/errors';
import { assertUuidArgument, containsPattern } from '#hub/shared/input-checks';
import { isIsoDate } from '#hub/shared/iso-date';
import { loadChildConnection } from '#hub/shared/loaders';
import { naturalKeyId } from '#hub/shared/natural-key-id';
import { decodeCursor, fetchPage, PageArgs, pageSize, toConnection } from '#hub/shared/pagination';
import { refused, succeeded } from '#hub/shared/payload';
import { type UniqueConflict, insertNew, updateFields, writeInTransaction } from '#hub/shared/write';
import type { CouncilsContext } from '../context';
import { CouncilMembershipRequest } from '../entities/council-membership-request.entity';
import { Council } from '../entities/council.entity';
import { PartnershipCouncil } from '../entities/partnership-council.entity';
import { Partnership } from '../entities/partnership.entity';
import { WorkforceSnapshot } from '../entities/workforce-snapshot.entity';
import { checkCouncilFields, checkOfstedPair } from '../rules/council-rules';
import { toHeadcount } from '../rules/headcount';
import { isGssCode } from '../rules/identifiers';
import { askToJoinAsNew } from '../services/partnership-membership';
import { CouncilConnection, PractitionerConnection, TeamConnection, WorkforceSnapshotConnection } from '../types/connections';
import { CouncilCreateInput, CouncilFilter, CouncilUpdateInput } from '../types/council.inputs';
import { Headcount } from '../types/headcount';
import { CouncilPayload } from '../types/payloads';
import { GssCodeScalar } from '../types/scalars';

const GSS_CODE_TAKEN: UniqueConflict = {
  field: 'gssCode',
  code: 'GSS_CODE_TAKEN',
  message: 'A council with this GSS code already exists.',
};

@Resolver(() => Council)
export class CouncilResolver {
  @Query(() => Council, { nullable: true, description: 'One council, by id or by GSS code.' })
  async council(
    @Ctx() { loaders }: CouncilsContext,
    @Arg('id', () => ID, { nullable: true, description: 'The council’s id; give this or gssCode, not both.' }) id?: string,
    @Arg('gssCode', () => GssCodeScalar, { nullable: true, description: 'The council’s ONS GSS code; give this or id, not both.' })
    gssCode?: string,
  ): Promise<Council | null> {
    if (Boolean(id) === Boolean(gssCode)) throw badUserInput('Give exactly one of "id" and "gssCode".', 'id');
    return id ? loaders.councilById.load(id) : loaders.councilByGssCode.load(gssCode!);
  }

  @Query(() => CouncilConnection, { description: 'Councils in name order.' })
  async councils(
    @Ctx() { dataSource }: CouncilsContext,
    @Args() page: PageArgs,
    @Arg('filter', () => CouncilFilter, { nullable: true, description: 'Which councils to list; all when absent.' }) filter?: CouncilFilter,
  ) {
    assertUuidArgument(filter?.partnershipId, 'filter.partnershipId');
    const query = dataSource.getRepository(Council).createQueryBuilder('council');
    if (filter?.region) query.andWhere('council.region = :region', { region: filter.region });
    if (filter?.ofstedRating) query.andWhere('council.ofstedRating = :rating', { rating: filter.ofstedRating });
    if (filter?.nameContains) {
      query.andWhere('council.name ILIKE :name', { name: containsPattern(filter.nameContains, 'filter.nameContains') });
    }
    if (filter?.partnershipId) {
      query.innerJoin(
        PartnershipCouncil,
        'membership',
        'membership.council_id = council.id AND membership.partnership_id = :partnershipId',
        {
          partnershipId: filter.partnershipId,
        },
      );
    }
    const result = await fetchPage(query, { sortProperty: 'name', first: pageSize(page.first), cursor: decodeCursor(page.after) });
    return toConnection(result, (council) => council.name);
  }

  @Mutation(() => CouncilPayload, {
    description:
      'Add a council (partnership admins, or the council’s own admins). With a partnershipId it is invited to that partnership, and joins at once only for a token that is also its council admin.',
  })
  async councilCreate(
    @Arg('input', { description: 'The new council’s details.' }) input: CouncilCreateInput,
    @Ctx() { principal, loaders, dataSource, today }: CouncilsContext,
  ) {
    principal.requireRole('partnership_admin', 'council_admin');
    if (input.partnershipId && !principal.usesPartnershipAdminRightsOf(input.partnershipId)) {
      throw forbidden('You can invite a new council only to a partnership you administer.');
    }
    const errors = new UserErrors();
    const fields = checkCouncilFields(input, today, errors);
    checkOfstedPair(input.ofstedRating, input.ofstedRatedOn, errors);
    const id = fields.gssCode && isGssCode(fields.gssCode) ? naturalKeyId('council', fields.gssCode) : null;
    // The id is the GSS code's, so a council admin's token can name a council before it is recorded.
    if (id && !principal.has('partnership_admin') && !principal.usesCouncilAdminRightsOf(id)) {
      throw forbidden('A council admin may record only the council their token names.');
    }
    if (input.partnershipId && !(await loaders.partnershipById.load(input.partnershipId))) {
      errors.add('partnershipId', 'NOT_FOUND', `No partnership has id ${input.partnershipId}.`);
    }
    if (!errors.any && (await loaders.councilByGssCode.load(fields.gssCode!))) {
      errors.add(GSS_CODE_TAKEN.field, GSS_CODE_TAKEN.code, GSS_CODE_TAKEN.message);
    }
    if (errors.any || !id) return refused('council', errors.list);

    const written = await writeInTransaction(
      dataSource,
      async (manager) => {
        const council = await insertNew(manager, Council, {
          id,
          gssCode: fields.gssCode!,
          name: fields.name!,
          region: input.region,
          ofstedRating: input.ofstedRating ?? null,
          ofstedRatedOn: input.ofstedRatedOn ?? null,
        });
        if (input.partnershipId) {
          const sides = { partnership: true, member: principal.usesCouncilAdminRightsOf(council.id) };
          await askToJoinAsNew(manager, { partnershipId: input.partnershipId, councilId: council.id }, sides);
        }
        return council;
      },
      { '*': GSS_CODE_TAKEN },
    );
    return written.ok ? succeeded('council', written.value) : refused('council', written.userErrors);
  }

  @Mutation(() => CouncilPayload, {
    description: "Change a council's details (its admins or its partnerships' admins). The GSS code is fixed.",
  })
  async councilUpdate(
    @Arg('input', { description: 'The council and the details to change.' }) input: CouncilUpdateInput,
    @Ctx() { principal, loaders, dataSource, today }: CouncilsContext,
  ) {
    principal.requireRole('partnership_admin', 'council_admin');
    const council = await loaders.councilById.load(input.id);
    if (!council) return refused('council', new UserErrors().add('id', 'NOT_FOUND', `No council has id ${input.id}.`).list);
    await loaders.scope.assertCanManageCouncil(council.id);

    const errors = new UserErrors();
    const fields = checkCouncilFields({ name: input.name ?? undefined, ofstedRatedOn: input.ofstedRatedOn }, today, errors);
    const ofstedRating = input.ofstedRating === undefined ? council.ofstedRating : input.ofstedRating;
    const ofstedRatedOn = input.ofstedRatedOn === undefined ? council.ofstedRatedOn : input.ofstedRatedOn;
    checkOfstedPair(ofstedRating, ofstedRatedOn, errors);
    if (errors.any) return refused('council', errors.list);

    const updated = await dataSource.transaction((manager) =>
      updateFields(manager, Council, council.id, {
        name: fields.name,
        region: input.region ?? undefined,
        ofstedRating: input.ofstedRating,
        ofstedRatedOn: input.ofstedRatedOn,
      }),
    );
    return succeeded('council', updated);
  }

  @FieldResolver(() => TeamConnection, { description: 'Teams in name order.' })
  teams(@Root() council: Council, @Args() page: PageArgs, @Ctx() { loaders }: CouncilsContext) {
    return loadChildConnection(loaders.teamsByCouncil, council.id, page, (team) => team.name);
  }

  @FieldResolver(() => PractitionerConnection, {
    nullable: true,
    description: 'Practitioners in post, by family name. Council and partnership admins only.',
  })
  async practitioners(@Root() council: Council, @Args() page: PageArgs, @Ctx() { loaders }: CouncilsContext) {
    loaders.scope.assertMaySeePractitioners();
    await loaders.scope.assertCanManageCouncil(council.id);
    return loadChildConnection(loaders.practitionersInPostByCouncil, council.id, page, (practitioner) => practitioner.familyName);
  }

  @FieldResolver(() => Headcount, { description: 'Practitioners in post now and the agency rate, from the register.' })
  async headcount(@Root() council: Council, @Ctx() { loaders, today }: CouncilsContext): Promise<Headcount> {
    const [counts, exact] = await Promise.all([loaders.headcountByCouncil.load(council.id), loaders.scope.canManageCouncil(council.id)]);
    return toHeadcount(counts, exact, today);
  }

  @FieldResolver(() => WorkforceSnapshotConnection, { description: 'Workforce returns, oldest census first.' })
  workforceSnapshots(@Root() council: Council, @Args() page: PageArgs, @Ctx() { loaders }: CouncilsContext) {
    return loadChildConnection(loaders.snapshotsByCouncil, council.id, page, (snapshot) => snapshot.censusDate, isIsoDate);
  }

  @FieldResolver(() => WorkforceSnapshot, { nullable: true, description: 'The most recent workforce return.' })
  latestWorkforceSnapshot(@Root() council: Council, @Ctx() { loaders }: CouncilsContext) {
    return loaders.latestSnapshotByCouncil.load(council.id);
  }

  @FieldResolver(() => [Partnership], { description: 'Partnerships this council is a member of, in name order.' })
  async partnerships(@Root() council: Council, @Ctx() { loaders }: CouncilsContext) {
    const ids = await loaders.partnershipIdsByCouncil.load(council.id);
    return (await loaders.partnershipById.loadMany(ids)).filter((row): row is Partnership => row instanceof Partnership);
  }

  @FieldResolver(() => [CouncilMembershipRequest], {
    description:
      'Partnerships that invited this council or that it asked to join, not joined yet, in name order: all of them for its admins, a partnership’s own for that partnership’s admins, none for anyone else.',
  })
  async partnershipRequests(@Root() council: Council, @Ctx() { loaders }: CouncilsContext) {
    const requests = await loaders.membershipRequestsByCouncil.load(council.id);
    return requests.filter((request) => loaders.scope.canSeeMembershipRequest(request));
  }
}
