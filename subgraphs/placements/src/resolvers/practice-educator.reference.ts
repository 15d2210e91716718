import type { PlacementsContext } from '../context';

/** The practice educator register is open to every signed-in user; references batch through the request's loader. */
export function resolvePracticeEducatorReference(reference: { id: string }, { loaders }: PlacementsContext) {
  return loaders.educatorById.load(reference.id);
}
