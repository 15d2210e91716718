/**
 * The list a partnership works from to follow up placements across its member councils: those at
 * risk (concerns at midpoint, ended early) and those whose QAPL review is outstanding, oldest
 * concern first. For the partnership's admins, by id, as they see students' practice days.
 */
import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { forbidden } from '#hub/shared/errors';
import { memberCouncilsAsked } from '#hub/shared/member-councils';
import { decodeCursor, pageInMemory, pageSize, toConnection } from '#hub/shared/pagination';
import type { PlacementsContext } from '../context';
import { PlacementOffer } from '../entities/placement-offer.entity';
import { Placement } from '../entities/placement.entity';
import { QaplReview } from '../entities/qapl-review.entity';
import { placementConcerns } from '../rules/placement-follow-up';
import { Partnership } from '../types/partnership';
import { PlacementFollowUpArgs, PlacementToFollowUpConnection, type PlacementToFollowUp } from '../types/placement-follow-up';

/** Oldest concern first, then by concern within one placement */
const sortValueOf = (row: PlacementToFollowUp) => `${row.since}/${row.concern}`;

@Resolver(() => Partnership)
export class PartnershipPlacementFollowUpResolver {
  @Directive('@requires(fields: "councils { id }")')
  @FieldResolver(() => PlacementToFollowUpConnection, {
    nullable: true,
    description:
      'Placements in member councils at risk (concerns at midpoint, ended early) or with their QAPL review outstanding, oldest concern first. For the partnership’s admins, by id.',
  })
  async placementsToFollowUp(
    @Root() partnership: Partnership,
    @Args() args: PlacementFollowUpArgs,
    @Ctx() { principal, dataSource }: PlacementsContext,
  ) {
    if (!principal.isPartnershipAdminOf(partnership.id)) {
      throw forbidden('Only an admin of this partnership sees its placements to follow up.');
    }
    const first = pageSize(args.first);
    const cursor = decodeCursor(args.after);
    const councilIds = memberCouncilsAsked(partnership, args.councilId);
    const query = dataSource
      .getRepository(Placement)
      .createQueryBuilder('placement')
      .innerJoinAndMapOne('placement.offer', PlacementOffer, 'offer', 'offer.id = placement.offerId')
      .leftJoinAndMapOne('placement.qapl', QaplReview, 'qapl', 'qapl.placementId = placement.id')
      .where('placement.partnershipId = :partnershipId', { partnershipId: partnership.id })
      .andWhere('placement.councilId = ANY(:councilIds)', { councilIds });
    if (args.academicYear) query.andWhere('offer.academicYear = :academicYear', { academicYear: args.academicYear });
    const placements = (await query.getMany()) as (Placement & { offer: PlacementOffer; qapl: QaplReview | null })[];
    const rows: PlacementToFollowUp[] = placements
      .flatMap((placement) =>
        placementConcerns({ ...placement, qapl: placement.qapl ?? null }).map(({ concern, since }) => ({
          id: placement.id,
          student: { id: placement.studentId },
          council: { id: placement.councilId },
          academicYear: placement.offer.academicYear,
          level: placement.level,
          setting: placement.setting,
          status: placement.status,
          concern,
          since,
        })),
      )
      .filter((row) => !args.concern || row.concern === args.concern);
    return toConnection(pageInMemory(rows, sortValueOf, { first, cursor }), sortValueOf);
  }
}
