/** A step taken on a date (pause, resume, withdraw, complete): its input is checked before the record is read. */
import { UserErrors } from '#hub/shared/errors';
import type { IsoDate } from '#hub/shared/iso-date';
import { checkNotFuture } from '#hub/shared/input-checks';

/** The input problems of a step taken on a date: only that it is not in the future. */
export function datedStepErrors(date: string, today: IsoDate): UserErrors {
  const errors = new UserErrors();
  checkNotFuture(errors, 'on', date, today);
  return errors;
}
