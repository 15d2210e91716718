import type { CouncilsContext } from '../context';

/** Partnerships are open to every signed-in user; references batch through the request's loader. */
export function resolvePartnershipReference(reference: { id: string }, { loaders }: CouncilsContext) {
  return loaders.partnershipById.load(reference.id);
}
