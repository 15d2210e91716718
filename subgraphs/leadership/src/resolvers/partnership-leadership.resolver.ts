/** The leadership fields this subgraph adds to Partnership, owned by the councils subgraph: its CPD settings and roll-up. */
import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { forbidden } from '#hub/shared/errors';
import type { LeadershipContext } from '../context';
import { LeadershipSettings } from '../entities/leadership-settings.entity';
import { partnershipLeadershipProgress } from '../services/partnership-leadership-progress';
import { PartnershipLeadershipProgress } from '../types/figures';
import { Partnership } from '../types/council';
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
    const { principal } = context;
    const viewsThisPartnership = principal.has('dashboard_viewer') && principal.partnershipIds.has(partnership.id);
    if (!principal.isPartnershipAdminOf(partnership.id) && !viewsThisPartnership) {
      throw forbidden('The roll-up is for the partnership’s admins and the dashboards its tokens name.');
    }
    return partnershipLeadershipProgress(partnership, periodsAsked(periods ?? {}, context.today), context);
  }
}
