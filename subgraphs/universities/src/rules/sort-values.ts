/** Checks that a cursor's sort value is a timestamp, for lists ordered by a moment in time. */
import type { SortValue } from '../../../../shared/pagination';

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

export function isTimestampSortValue(value: SortValue): boolean {
  return typeof value === 'string' && ISO_TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
}
