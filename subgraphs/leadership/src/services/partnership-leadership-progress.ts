/** The leadership roll-up of a partnership's member councils, as the caller may see it: for Partnership.leadershipProgress and the agreement. */
import type { LeadershipContext } from '../context';
import type { ReportPeriods } from '../rules/report-period';
import { shownLeadershipProgress } from '../rules/shown-leadership-progress';
import type { PartnershipLeadershipProgress } from '../types/figures';
import type { Partnership } from '../types/council';
import { leadershipProgressOf } from './leadership-progress';

export async function partnershipLeadershipProgress(
  partnership: Partnership,
  periods: ReportPeriods,
  context: LeadershipContext,
): Promise<PartnershipLeadershipProgress> {
  const { principal, loaders } = context;
  const councilIds = (partnership.councils ?? []).map((council) => council.id);
  const { minLearningDays } = await loaders.settingsByPartnership.load(partnership.id);
  const [total, ...byCouncil] = await Promise.all([
    leadershipProgressOf(councilIds, null, minLearningDays, periods, context),
    ...councilIds.map((id) => leadershipProgressOf([id], { id }, minLearningDays, periods, context)),
  ]);
  // A token may view the roll-up and also administer a member council, whose own report it reads exactly.
  return shownLeadershipProgress(total, byCouncil, {
    exact: principal.isPartnershipAdminOf(partnership.id),
    knowsRow: (index) => principal.isCouncilAdminOf(councilIds[index]),
  });
}
