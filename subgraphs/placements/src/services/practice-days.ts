/** A student's practice days, from their placements and skills days, under the strictest of their partnerships' rules. */
import type { PlacementsContext } from '../context';
import type { Placement } from '../entities/placement.entity';
import { strictestStatutoryRequirement, summarisePracticeDays, type PracticeDaysSummary } from '../rules/student-placements';

export async function practiceDaysOf(
  studentId: string,
  { loaders }: PlacementsContext,
  placements?: Placement[],
): Promise<PracticeDaysSummary> {
  const [own, skills] = await Promise.all([
    placements ?? loaders.placementsByStudent.load(studentId),
    loaders.skillsDaysByStudent.load(studentId),
  ]);
  const partnershipIds = [...new Set(own.map((placement) => placement.partnershipId))];
  const settings = await loaders.settingsByPartnership.loadMany(partnershipIds);
  const required = strictestStatutoryRequirement(settings.map((row) => (row instanceof Error ? 1 : row.statutoryPlacementsRequired)));
  return summarisePracticeDays(skills?.days ?? 0, own, required);
}
