import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { forbidden, UserErrors } from '#hub/shared/errors';
import { assertUuidArgument, isUuid } from '#hub/shared/input-checks';
import { isIsoDate } from '#hub/shared/iso-date';
import { loadChildConnection } from '#hub/shared/loaders';
import { decodeCursor, fetchPage, PageArgs, pageSize, toConnection } from '#hub/shared/pagination';
import { refused, refusedNotFound, succeeded } from '#hub/shared/payload';
import { insertNew, lockRow, updateFields, writeInTransaction } from '#hub/shared/write';
import { assertMayReadRecords } from '#hub/shared/aggregate-only';
import type { PlacementsContext } from '../context';
import { PlacementCommitment } from '../entities/placement-commitment.entity';
import { PlacementOffer } from '../entities/placement-offer.entity';
import { PlacementSettings } from '../entities/placement-settings.entity';
import { PracticeEducator } from '../entities/practice-educator.entity';
import { checkEducatorFits } from '../rules/educator-fit';
import { checkCapacity, checkCapacityCut, checkOfferDates, placesLeft } from '../rules/placement-offer';
import { checkPlacementSettings } from '../rules/placement-settings';
import { checkStatutoryPlaces } from '../rules/placement-supply';
import { checkCouncilInPartnership, checkPartnershipExists, checkTeamOfCouncil } from '../services/councils-register';
import { placesTaken } from '../services/places-taken';
import { PlacementConnection, PlacementOfferConnection } from '../types/connections';
import { Council } from '../types/council';
import { PlacementLevel, PlacementSetting } from '../types/enums';
import { PlacementCommitmentSetInput } from '../types/placement-commitment.inputs';
import { PlacementOfferCreateInput, PlacementOfferUpdateInput } from '../types/placement-offer.inputs';
import { PlacementSettingsUpdateInput } from '../types/placement-settings.inputs';
import { PlacementCommitmentPayload, PlacementOfferPayload, PlacementSettingsPayload } from '../types/payloads';
import { Team } from '../types/team';
import { AcademicYearScalar } from '#hub/shared/scalars';

@Resolver(() => PlacementOffer)
export class PlacementOfferResolver {
  @Query(() => PlacementOffer, {
    nullable: true,
    description: 'One placement offer; offers are open to every signed-in user but dashboard_viewer, which reads figures only.',
  })
  placementOffer(
    @Arg('id', () => ID, { description: 'The offer’s id; null when there is none.' }) id: string,
    @Ctx() { principal, loaders }: PlacementsContext,
  ) {
    assertMayReadRecords(principal, 'placement offers');
    return loaders.offerById.load(id);
  }

  @Query(() => PlacementOfferConnection, { description: 'Placement offers by start date; not for dashboard_viewer.' })
  async placementOffers(
    @Args() page: PageArgs,
    @Ctx() { principal, dataSource }: PlacementsContext,
    @Arg('partnershipId', () => ID, { nullable: true, description: 'Only offers to this partnership’s students.' }) partnershipId?: string,
    @Arg('councilId', () => ID, { nullable: true, description: 'Only offers from this council.' }) councilId?: string,
    @Arg('academicYear', () => AcademicYearScalar, { nullable: true, description: 'Only offers for this academic year.' })
    academicYear?: string,
    @Arg('level', () => PlacementLevel, { nullable: true, description: 'Only first or only final placements.' }) level?: PlacementLevel,
    @Arg('setting', () => PlacementSetting, { nullable: true, description: 'Only offers in this setting.' }) setting?: PlacementSetting,
  ) {
    assertMayReadRecords(principal, 'placement offers');
    assertUuidArgument(partnershipId, 'partnershipId');
    assertUuidArgument(councilId, 'councilId');
    const query = dataSource.getRepository(PlacementOffer).createQueryBuilder('offer');
    if (partnershipId) query.andWhere('offer.partnershipId = :partnershipId', { partnershipId });
    if (councilId) query.andWhere('offer.councilId = :councilId', { councilId });
    if (academicYear) query.andWhere('offer.academicYear = :academicYear', { academicYear });
    if (level) query.andWhere('offer.level = :level', { level });
    if (setting) query.andWhere('offer.setting = :setting', { setting });
    const result = await fetchPage(query, {
      sortProperty: 'startsOn',
      first: pageSize(page.first),
      cursor: decodeCursor(page.after, isIsoDate),
    });
    return toConnection(result, (offer) => offer.startsOn);
  }

  @Mutation(() => PlacementOfferPayload, { description: 'Offer places to a partnership’s students (admins of the council).' })
  async placementOfferCreate(
    @Arg('input', { description: 'The offer’s council, partnership, year, setting, level, capacity and dates.' })
    input: PlacementOfferCreateInput,
    @Ctx() context: PlacementsContext,
  ) {
    const { loaders, dataSource } = context;
    loaders.scope.assertCouncilAdmin(input.councilId, 'offer its placements');
    const errors = new UserErrors();
    for (const field of ['partnershipId', 'teamId'] as const) {
      const value = input[field];
      if (value != null && !isUuid(value)) errors.add(field, 'INVALID_ID', `${field} must be an id (a UUID); got "${value}".`);
    }
    checkCapacity(input.capacity, errors);
    checkOfferDates(input, errors);
    const educator = input.practiceEducatorId ? await loaders.educatorById.load(input.practiceEducatorId) : null;
    if (input.practiceEducatorId && !educator) {
      errors.add('practiceEducatorId', 'NOT_FOUND', `No practice educator has id ${input.practiceEducatorId}.`);
    }
    if (educator) {
      checkEducatorFits({ councilId: input.councilId, partnershipId: input.partnershipId, level: input.level }, educator, errors);
    }
    // Which partnerships the council is in, and whose a team is, are the councils register's to say.
    await checkCouncilInPartnership(input.councilId, input.partnershipId, 'partnershipId', context, errors);
    if (input.teamId) await checkTeamOfCouncil(input.teamId, input.councilId, 'teamId', context, errors);
    if (errors.any) return refused('placementOffer', errors.list);
    const offer = await dataSource.transaction((manager) =>
      insertNew(manager, PlacementOffer, {
        partnershipId: input.partnershipId,
        councilId: input.councilId,
        teamId: input.teamId ?? null,
        academicYear: input.academicYear,
        setting: input.setting,
        level: input.level,
        capacity: input.capacity,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        practiceEducatorId: educator?.id ?? null,
      }),
    );
    return succeeded('placementOffer', offer);
  }

  @Mutation(() => PlacementOfferPayload, { description: 'Change an offer’s capacity or default educator (admins of the council).' })
  async placementOfferUpdate(
    @Arg('input', { description: 'The offer and what changes.' }) input: PlacementOfferUpdateInput,
    @Ctx() { loaders, dataSource }: PlacementsContext,
  ) {
    const existing = await loaders.offerById.load(input.id);
    if (!existing) return refusedNotFound('placementOffer', 'id', 'placement offer', input.id);
    loaders.scope.assertCouncilAdmin(existing.councilId, 'change its offers');
    const errors = new UserErrors();
    if (input.capacity != null) checkCapacity(input.capacity, errors);
    // An explicit null clears the default educator; leaving the field out keeps it.
    const clearsEducator = input.practiceEducatorId === null;
    const educator = input.practiceEducatorId ? await loaders.educatorById.load(input.practiceEducatorId) : null;
    if (input.practiceEducatorId && !educator) {
      errors.add('practiceEducatorId', 'NOT_FOUND', `No practice educator has id ${input.practiceEducatorId}.`);
    }
    if (educator) checkEducatorFits(existing, educator, errors);
    if (errors.any) return refused('placementOffer', errors.list);
    return dataSource.transaction(async (manager) => {
      // Locked like an allocation, so a cut in capacity and a new allocation cannot cross.
      await lockRow(manager, PlacementOffer, existing.id);
      const refusal = new UserErrors();
      if (input.capacity != null) checkCapacityCut(input.capacity, await placesTaken(manager, existing.id), refusal);
      if (refusal.any) return refused('placementOffer', refusal.list);
      const updated = await updateFields(manager, PlacementOffer, existing.id, {
        capacity: input.capacity ?? undefined,
        practiceEducatorId: clearsEducator ? null : educator?.id,
      });
      return succeeded('placementOffer', updated);
    });
  }

  @Mutation(() => PlacementCommitmentPayload, {
    description:
      'Set the statutory places a council promises a partnership it is a member of, for a year (that council’s admins, or the partnership’s).',
  })
  async placementCommitmentSet(
    @Arg('input', { description: 'The council, partnership, year and places promised.' }) input: PlacementCommitmentSetInput,
    @Ctx() context: PlacementsContext,
  ) {
    const { principal, dataSource } = context;
    if (!principal.usesCouncilAdminRightsOf(input.councilId) && !principal.usesPartnershipAdminRightsOf(input.partnershipId)) {
      throw forbidden('A commitment is set by an admin of the council or of the partnership.');
    }
    const errors = new UserErrors();
    checkStatutoryPlaces(input.statutoryPlaces, errors);
    for (const field of ['councilId', 'partnershipId'] as const) {
      if (!isUuid(input[field])) errors.add(field, 'INVALID_ID', `${field} must be an id (a UUID); got "${input[field]}".`);
    }
    // A promise to a partnership the council is not in, or to one that does not exist, would move the council's public figures.
    await checkCouncilInPartnership(input.councilId, input.partnershipId, 'partnershipId', context, errors);
    if (errors.any) return refused('placementCommitment', errors.list);
    const written = await writeInTransaction(
      dataSource,
      async (manager) => {
        await manager
          .createQueryBuilder()
          .insert()
          .into(PlacementCommitment)
          .values({
            partnershipId: input.partnershipId,
            councilId: input.councilId,
            academicYear: input.academicYear,
            statutoryPlaces: input.statutoryPlaces,
          })
          .orUpdate(['statutory_places', 'updated_at'], ['partnership_id', 'council_id', 'academic_year'])
          .execute();
        return manager.findOneByOrFail(PlacementCommitment, {
          partnershipId: input.partnershipId,
          councilId: input.councilId,
          academicYear: input.academicYear,
        });
      },
      {},
    );
    return written.ok ? succeeded('placementCommitment', written.value) : refused('placementCommitment', written.userErrors);
  }

  @Mutation(() => PlacementSettingsPayload, { description: 'Change a partnership’s placement rules (its admins).' })
  async placementSettingsUpdate(
    @Arg('input', { description: 'The partnership and the rules that change.' }) input: PlacementSettingsUpdateInput,
    @Ctx() context: PlacementsContext,
  ) {
    const { principal, loaders, dataSource } = context;
    if (!principal.usesPartnershipAdminRightsOf(input.partnershipId)) {
      throw forbidden('Only an admin of this partnership may change its placement rules.');
    }
    const errors = new UserErrors();
    await checkPartnershipExists(input.partnershipId, 'partnershipId', context, errors);
    const current = await loaders.settingsByPartnership.load(input.partnershipId);
    const next = {
      partnershipId: input.partnershipId,
      statutoryPlacementsRequired: input.statutoryPlacementsRequired ?? current.statutoryPlacementsRequired,
      stageTwoMinYearsQualified: input.stageTwoMinYearsQualified ?? current.stageTwoMinYearsQualified,
    };
    checkPlacementSettings(next, errors);
    if (errors.any) return refused('placementSettings', errors.list);
    const saved = await dataSource.transaction(async (manager) => {
      await manager.upsert(PlacementSettings, next, ['partnershipId']);
      return manager.findOneByOrFail(PlacementSettings, { partnershipId: input.partnershipId });
    });
    return succeeded('placementSettings', saved);
  }

  @FieldResolver(() => Council, { nullable: true, description: 'The council offering the places and hosting the placements.' })
  council(@Root() offer: PlacementOffer): Council {
    return { id: offer.councilId };
  }

  @FieldResolver(() => Team, { nullable: true, description: 'The host team, by id; null when the offer names none.' })
  team(@Root() offer: PlacementOffer): Team | null {
    return offer.teamId ? { id: offer.teamId } : null;
  }

  @FieldResolver(() => PracticeEducator, {
    nullable: true,
    description: 'The educator students on this offer get unless their placement names another.',
  })
  practiceEducator(@Root() offer: PlacementOffer, @Ctx() { loaders }: PlacementsContext) {
    return offer.practiceEducatorId ? loaders.educatorById.load(offer.practiceEducatorId) : null;
  }

  @FieldResolver(() => Int, { description: 'Students allocated, from proposed to finished; cancellations free their place.' })
  allocated(@Root() offer: PlacementOffer, @Ctx() { loaders }: PlacementsContext) {
    return loaders.allocatedCountByOffer.load(offer.id);
  }

  @FieldResolver(() => Int, { description: 'Places not yet allocated: capacity less allocated, never below 0.' })
  async placesLeft(@Root() offer: PlacementOffer, @Ctx() { loaders }: PlacementsContext): Promise<number> {
    return placesLeft(offer.capacity, await loaders.allocatedCountByOffer.load(offer.id));
  }

  @FieldResolver(() => PlacementConnection, { description: 'Its placements, as far as you may see them.' })
  placements(@Root() offer: PlacementOffer, @Args() page: PageArgs, @Ctx() { loaders }: PlacementsContext) {
    return loadChildConnection(loaders.visiblePlacementsByOffer, offer.id, page, (placement) => placement.startsOn, isIsoDate);
  }
}
