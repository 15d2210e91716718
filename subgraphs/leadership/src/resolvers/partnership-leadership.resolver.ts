/** The leadership fields this subgraph adds to Partnership, owned by the councils subgraph: its CPD settings and roll-up. */
import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { forbidden } from '#hub/shared/errors';
import type { LeadershipContext } from '../context';
import { LeadershipSettings } from '../entities/leadership-settings.entity';
import { shownLeadershipProgress } from '../rules/shown-leadership-progress';
import { leadershipProgressOf } from '../services/leadership-progress';
import { PartnershipLeadershipProgress } from '../types/figures';
import { Partnership } from '../types/partnership';
import { periodsAsked, ReportPeriodArgs } from '../types/report-period-args';

@Resolver(() => Partnership)
export class PartnershipLeadershipResolver {
  @FieldResolver(() => LeadershipSettings, {
    nullable: true,
    description: 'The partnership’s CPD expectations; the defaults when it has set none.',
  })
  leadershipSettings(@Root() partnership: Partnership, @Ctx() { loaders }: LeadershipContext) {
    return loaders.settingsByPartnership.load(partnership.id);
  }

  @Directive('@requires(fields: "councils { id }")')
  @FieldResolver(() => PartnershipLeadershipProgress, {
    nullable: true,
    description:
      'The leadership progress roll-up across the member councils, for the partnership’s admins and for dashboard_viewer tokens that name the partnership, which see counts from 1 to 4 withheld.',
  })
  async leadershipProgress(
    @Root() partnership: Partnership,
    @Ctx() context: LeadershipContext,
    @Args() periods?: ReportPeriodArgs,
  ): Promise<PartnershipLeadershipProgress> {
    const { principal, loaders } = context;
    const viewsThisPartnership = principal.has('dashboard_viewer') && principal.partnershipIds.has(partnership.id);
    if (!principal.isPartnershipAdminOf(partnership.id) && !viewsThisPartnership) {
      throw forbidden('The roll-up is for the partnership’s admins and the dashboards its tokens name.');
    }
    const asked = periodsAsked(periods ?? {}, context.today);
    const councilIds = (partnership.councils ?? []).map((council) => council.id);
    const { minLearningDays } = await loaders.settingsByPartnership.load(partnership.id);
    const [total, ...byCouncil] = await Promise.all([
      leadershipProgressOf(councilIds, null, minLearningDays, asked, context),
      ...councilIds.map((id) => leadershipProgressOf([id], { id }, minLearningDays, asked, context)),
    ]);
    // A token may view the roll-up and also administer a member council, whose own report it reads exactly.
    return shownLeadershipProgress(total, byCouncil, {
      exact: principal.isPartnershipAdminOf(partnership.id),
      knowsRow: (index) => principal.isCouncilAdminOf(councilIds[index]),
    });
  }
}
