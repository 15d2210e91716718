import { isUuid } from '../../../../shared/input-checks';
import type { Council } from '../types/council';

/**
 * A partnership as the gateway describes it: its id, and its member councils' ids when a field
 * that needs them (`teaching`) was asked for. An id that is not a UUID names none.
 */
export function resolvePartnershipReference(reference: { id: string; councils?: unknown }) {
  if (!isUuid(reference.id)) return Promise.resolve(null);
  // Sent by the gateway, but a caller reaching the subgraph directly may send anything.
  const councils = Array.isArray(reference.councils)
    ? reference.councils.filter((council): council is Council => isUuid((council as Council | null)?.id))
    : undefined;
  return Promise.resolve({ id: reference.id, councils });
}
