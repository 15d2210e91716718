import type { CouncilsContext } from '../context';

/** Teams are open to every signed-in user; references batch through the request's loader. */
export function resolveTeamReference(reference: { id: string }, { loaders }: CouncilsContext) {
  return loaders.teamById.load(reference.id);
}
