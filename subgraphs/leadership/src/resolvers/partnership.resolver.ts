import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { forbidden } from '../../../../shared/errors';
import type { LeadershipContext } from '../context';
import { LeadershipSettings } from '../entities/leadership-settings.entity';
import { PartnershipLeadershipProgress } from '../types/figures';
import { Partnership } from '../types/partnership';
import { leadershipProgressOf } from './leadership-progress';

@Resolver(() => Partnership)
export class PartnershipResolver {
  @FieldResolver(() => LeadershipSettings)
  leadershipSettings(@Root() partnership: Partnership, @Ctx() { loaders }: LeadershipContext) {
    return loaders.settingsByPartnership.load(partnership.id);
  }

  @Directive('@requires(fields: "councils { id }")')
  @FieldResolver(() => PartnershipLeadershipProgress, {
    description: 'The leadership progress roll-up across the member councils, for the partnership’s admins and dashboards.',
  })
  async leadershipProgress(@Root() partnership: Partnership, @Ctx() context: LeadershipContext): Promise<PartnershipLeadershipProgress> {
    const { principal, loaders } = context;
    if (!principal.isPartnershipAdminOf(partnership.id) && !principal.has('dashboard_viewer')) {
      throw forbidden('The roll-up is for the partnership’s admins and dashboards.');
    }
    const councilIds = (partnership.councils ?? []).map((council) => council.id);
    const { minLearningDays } = await loaders.settingsByPartnership.load(partnership.id);
    const [total, ...byCouncil] = await Promise.all([
      leadershipProgressOf(councilIds, null, minLearningDays, context),
      ...councilIds.map((id) => leadershipProgressOf([id], { id }, minLearningDays, context)),
    ]);
    return { total, byCouncil };
  }
}
