import { isUuid } from '../../../../shared/input-checks';

/** Any council may be asked about (what this subgraph adds is scoped field by field); an id that is not a UUID names none. */
export function resolveCouncilReference(reference: { id: string }) {
  return Promise.resolve(isUuid(reference.id) ? { id: reference.id } : null);
}
