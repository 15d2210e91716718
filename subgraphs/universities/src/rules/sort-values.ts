/** Checks that a cursor's sort value is a timestamp, for lists ordered by a moment in time. */
import type { SortValue } from '#hub/shared/pagination';

/** Only the exact form the list wrote (`toISOString()`): a date like 30 February does not survive the round trip. */
export function isTimestampSortValue(value: SortValue): boolean {
  if (typeof value !== 'string') return false;
  const instant = new Date(value);
  return !Number.isNaN(instant.getTime()) && instant.toISOString() === value;
}
