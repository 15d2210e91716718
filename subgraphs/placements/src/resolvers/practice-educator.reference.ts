import { isAggregateOnly } from '#hub/shared/aggregate-only';
import type { PlacementsContext } from '../context';

/**
 * The practice educator register is open to every signed-in user but dashboard_viewer, which
 * gets null as through Practitioner.practiceEducator; references batch through the request's loader.
 */
export async function resolvePracticeEducatorReference(reference: { id: string }, { principal, loaders }: PlacementsContext) {
  return isAggregateOnly(principal) ? null : loaders.educatorById.load(reference.id);
}
