import type { CouncilsContext } from '../context';

/**
 * Another subgraph asking for a practitioner gets the record only if the principal may see it,
 * exactly as through the root field; otherwise null, so `_entities` never leaks another
 * council's staff.
 */
export async function resolvePractitionerReference(reference: { id: string }, { loaders }: CouncilsContext) {
  const practitioner = await loaders.practitionerById.load(reference.id);
  return practitioner && (await loaders.scope.canSeePractitioner(practitioner)) ? practitioner : null;
}
