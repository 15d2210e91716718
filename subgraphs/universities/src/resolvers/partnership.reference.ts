import type { Council } from '../types/council';

/**
 * A partnership as the gateway describes it: its id, and its member councils' ids when a field
 * that needs them (`teaching`) was asked for.
 */
export function resolvePartnershipReference(reference: { id: string; councils?: Council[] }) {
  return Promise.resolve({ id: reference.id, councils: reference.councils });
}
