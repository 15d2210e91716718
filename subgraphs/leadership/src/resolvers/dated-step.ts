import { todayInEngland } from '../../../../shared/academic-year';
import { UserErrors } from '../../../../shared/errors';
import { checkNotFuture } from '../../../../shared/input-checks';

/** The input problems of a step taken on a date (pause, resume, withdraw, complete): only that it is not in the future. */
export function datedStepErrors(date: string): UserErrors {
  const errors = new UserErrors();
  checkNotFuture(errors, 'on', date, todayInEngland());
  return errors;
}
