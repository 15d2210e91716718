import { isUuid } from '../../../../shared/input-checks';
import type { Council } from '../types/council';

/**
 * A partnership as the gateway describes it: its id, and its member councils' ids when a field
 * that needs them (`teaching`) was asked for. An id that is not a UUID names none.
 */
export function resolvePartnershipReference(reference: { id: string; councils?: Council[] }) {
  return Promise.resolve(isUuid(reference.id) ? { id: reference.id, councils: reference.councils } : null);
}
