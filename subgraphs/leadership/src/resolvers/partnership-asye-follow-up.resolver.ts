/**
 * The list a partnership works from to follow up ASYE reviews: every overdue or due-soon review
 * in its member councils, oldest due first. For the partnership's admins, who already read these
 * practitioners' council records: a review date and its urgency say no more than the record does.
 */
import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { academicYearOf } from '#hub/shared/academic-year';
import { forbidden } from '#hub/shared/errors';
import { settled } from '#hub/shared/loaders';
import { memberCouncilsAsked } from '#hub/shared/member-councils';
import { decodeCursor, pageInMemory, pageSize, toConnection } from '#hub/shared/pagination';
import type { LeadershipContext } from '../context';
import { reviewsToFollowUp } from '../rules/asye-follow-up';
import { daysBetween } from '../rules/calendar';
import { academicYearPeriod } from '../rules/report-period';
import { AsyeFollowUpArgs, AsyeReviewToFollowUpConnection, type AsyeReviewToFollowUp } from '../types/asye-follow-up';
import { Partnership } from '../types/council';

/** Ascending by due date, then by review point within one record */
const sortValueOf = (review: AsyeReviewToFollowUp) => `${review.dueOn}/${review.point}`;

@Resolver(() => Partnership)
export class PartnershipAsyeFollowUpResolver {
  @Directive('@requires(fields: "councils { id }")')
  @FieldResolver(() => AsyeReviewToFollowUpConnection, {
    nullable: true,
    description: 'ASYE reviews overdue or due within 30 days in the member councils, oldest due first. For the partnership’s admins.',
  })
  async asyeReviewsToFollowUp(
    @Root() partnership: Partnership,
    @Args() args: AsyeFollowUpArgs,
    @Ctx() { principal, loaders, today }: LeadershipContext,
  ) {
    if (!principal.isPartnershipAdminOf(partnership.id)) throw forbidden('Only an admin of this partnership sees its ASYE follow-up list.');
    const first = pageSize(args.first);
    const cursor = decodeCursor(args.after);
    const councilIds = memberCouncilsAsked(partnership, args.councilId);
    const records = settled(await loaders.asyeByCouncil(academicYearPeriod(academicYearOf(today))).loadMany(councilIds)).flat();
    const reviews: AsyeReviewToFollowUp[] = records
      .flatMap((record) =>
        reviewsToFollowUp(record, today).map((review) => ({
          id: record.id,
          practitioner: { id: record.practitionerId },
          council: { id: record.councilId },
          ...review,
          daysOverdue: daysBetween(review.dueOn, today),
        })),
      )
      .filter((review) => !args.urgency || review.urgency === args.urgency);
    return toConnection(pageInMemory(reviews, sortValueOf, { first, cursor }), sortValueOf);
  }
}
