/** The leadership fields this subgraph adds to Council, owned by the councils subgraph. */
import { Arg, Args, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { assertUuidArgument } from '#hub/shared/input-checks';
import type { LeadershipContext } from '../context';
import { exactLeadershipProgress } from '../rules/shown-leadership-progress';
import { leadershipProgressOf } from '../services/leadership-progress';
import { Council } from '../types/council';
import { LeadershipProgress } from '../types/figures';
import { periodsAsked, ReportPeriodArgs } from '../types/report-period-args';

@Resolver(() => Council)
export class CouncilLeadershipResolver {
  @FieldResolver(() => LeadershipProgress, {
    nullable: true,
    description:
      'Leadership-pathway progress per pathway and stage, the ASYE cohort, CPD compliance and mentoring, for this council’s own admins. Partnerships see the roll-up on Partnership.leadershipProgress.',
  })
  async leadershipProgress(
    @Root() council: Council,
    @Ctx() context: LeadershipContext,
    @Arg('partnershipId', () => ID, {
      nullable: true,
      description: 'Count CPD against this partnership’s minimum learning days; none when not given.',
    })
    partnershipId?: string,
    @Args() periods?: ReportPeriodArgs,
  ): Promise<LeadershipProgress> {
    context.loaders.scope.assertCouncilAdmin(council.id, 'see its leadership progress');
    assertUuidArgument(partnershipId, 'partnershipId');
    const asked = periodsAsked(periods ?? {}, context.today);
    const minLearningDays = partnershipId ? (await context.loaders.settingsByPartnership.load(partnershipId)).minLearningDays : 0;
    return exactLeadershipProgress(await leadershipProgressOf([council.id], council, minLearningDays, asked, context));
  }
}
