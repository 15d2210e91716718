/**
 * What a placement's records must say: its midpoint review and its end fall on or after its start,
 * and a midpoint review with concerns comes with the action plan agreed.
 */
import type { UserErrors } from '#hub/shared/errors';
import type { IsoDate } from '#hub/shared/iso-date';
import { MidpointOutcome } from '../types/enums';

export function checkOnOrAfterStart(placement: { startsOn: IsoDate }, field: string, date: IsoDate, errors: UserErrors): void {
  if (date < placement.startsOn) {
    errors.add(field, 'DATE_BEFORE_START', `${field} must be on or after the start, ${placement.startsOn}; got ${date}.`);
  }
}

export function checkMidpointActionPlan(outcome: MidpointOutcome, actionPlan: string | null, errors: UserErrors): void {
  if (outcome === MidpointOutcome.CONCERNS && actionPlan === null) {
    errors.add('actionPlan', 'ACTION_PLAN_REQUIRED', 'A midpoint review with concerns needs the action plan agreed.');
  }
}
