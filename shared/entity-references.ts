/**
 * `__resolveReference` for entities a subgraph extends but does not own. Any id may be asked
 * about (what the subgraph adds is scoped field by field); an id that is not a UUID names nothing.
 */
import { isUuid } from './input-checks';

export function resolveByIdReference(reference: { id: string }) {
  return Promise.resolve(isUuid(reference.id) ? { id: reference.id } : null);
}

/** A partnership, with its member councils' ids when a field needing them was asked for; sanitised, as a direct caller may send anything. */
export function resolvePartnershipReference(reference: { id: string; councils?: unknown }) {
  if (!isUuid(reference.id)) return Promise.resolve(null);
  const councils = Array.isArray(reference.councils)
    ? reference.councils.filter((council): council is { id: string } => isUuid((council as { id?: unknown } | null)?.id))
    : undefined;
  return Promise.resolve({ id: reference.id, councils });
}
