import type { CouncilsContext } from '../context';

/** Councils are open to every signed-in user; references batch through the request's loader. */
export function resolveCouncilReference(reference: { id: string }, { loaders }: CouncilsContext) {
  return loaders.councilById.load(reference.id);
}
