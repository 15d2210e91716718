/** What a piece of CPD may record: its hours, kept to one decimal place, from 0.1 to 200. */
import type { UserErrors } from '#hub/shared/errors';

export const MAX_CPD_HOURS = 200;

/** The hours as they will be stored, checked as stored: 0.04 rounds to 0 and is refused. */
export function checkCpdHours(errors: UserErrors, hours: number): number {
  const stored = Math.round(hours * 10) / 10;
  if (!Number.isFinite(stored) || stored <= 0 || stored > MAX_CPD_HOURS) {
    errors.add('hours', 'OUT_OF_RANGE', `hours must be from 0.1 to ${MAX_CPD_HOURS}, to one decimal place; got ${hours}.`);
  }
  return stored;
}
