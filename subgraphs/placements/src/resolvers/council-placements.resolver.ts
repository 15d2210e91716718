/** What this subgraph adds to a council, which the councils subgraph owns: its offers, supply, QAPL reviews and educators. */
import { Arg, Args, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { academicYearOf } from '#hub/shared/academic-year';
import { assertMayReadRecords } from '#hub/shared/aggregate-only';
import { assertUuidArgument } from '#hub/shared/input-checks';
import { isIsoDate } from '#hub/shared/iso-date';
import { loadChildConnection } from '#hub/shared/loaders';
import { PageArgs } from '#hub/shared/pagination';
import { AcademicYearScalar } from '#hub/shared/scalars';
import type { PlacementsContext } from '../context';
import { Placement } from '../entities/placement.entity';
import { PracticeEducator } from '../entities/practice-educator.entity';
import { councilSupply } from '../rules/placement-supply';
import { shownSupply } from '../rules/shown-supply';
import { PlacementOfferConnection } from '../types/connections';
import { Council } from '../types/council';
import { PlacementSupply } from '../types/figures';

@Resolver(() => Council)
export class CouncilPlacementsResolver {
  @FieldResolver(() => PlacementOfferConnection, {
    nullable: true,
    description: 'Its placement offers by start date; not for dashboard_viewer.',
  })
  placementOffers(@Root() council: Council, @Args() page: PageArgs, @Ctx() { principal, loaders }: PlacementsContext) {
    assertMayReadRecords(principal, 'placement offers');
    return loadChildConnection(loaders.offersByCouncil, council.id, page, (offer) => offer.startsOn, isIsoDate);
  }

  @FieldResolver(() => PlacementSupply, {
    nullable: true,
    description:
      'Statutory places promised, offered, allocated and filled in an academic year (this one if not given), for one partnership or all.',
  })
  async placementSupply(
    @Root() council: Council,
    @Ctx() { principal, loaders, today }: PlacementsContext,
    @Arg('academicYear', () => AcademicYearScalar, { nullable: true, description: 'The academic year; the current one when left out.' })
    academicYear?: string,
    @Arg('partnershipId', () => ID, {
      nullable: true,
      description: 'Only the council’s promises, offers and placements for this partnership; every partnership when left out.',
    })
    partnershipId?: string,
  ): Promise<PlacementSupply> {
    assertUuidArgument(partnershipId, 'partnershipId');
    const key = { id: council.id, academicYear: academicYear ?? academicYearOf(today) };
    const [commitments, offers, placements] = await Promise.all([
      loaders.commitmentsByCouncilYear.load(key),
      loaders.offersByCouncilYear.load(key),
      loaders.placementsByCouncilYear.load(key),
    ]);
    return shownSupply(
      { council, academicYear: key.academicYear, ...councilSupply({ commitments, offers, placements }, partnershipId) },
      principal.isCouncilAdminOf(council.id),
    );
  }

  @FieldResolver(() => [Placement], {
    nullable: true,
    description:
      'Finished placements it hosted whose QAPL review is not yet completed or not yet scrutinised. For its own admins; others see an empty list.',
  })
  async outstandingQaplReviews(@Root() council: Council, @Ctx() { loaders }: PlacementsContext): Promise<Placement[]> {
    return (await loaders.outstandingQaplByCouncil.load(council.id)).filter((placement) => loaders.scope.canSeePlacement(placement));
  }

  @FieldResolver(() => [PracticeEducator], {
    nullable: true,
    description: 'Its practitioners on any partnership’s register of practice educators; not for dashboard_viewer.',
  })
  practiceEducators(@Root() council: Council, @Ctx() { principal, loaders }: PlacementsContext) {
    assertMayReadRecords(principal, 'the practice educator register');
    return loaders.educatorsByCouncil.load(council.id);
  }
}
