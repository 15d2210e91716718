/** Checks on what a shadowing visit records: hours, and short texts free of case details. */
import type { UserErrors } from '#hub/shared/errors';
import { checkFreeText } from '#hub/shared/input-checks';

export const MAX_VISIT_HOURS = 12;

/** Hours on one visit: more than 0, at most 12, to one decimal place (six minutes). */
export function checkVisitHours(errors: UserErrors, field: string, hours: number): void {
  if (!Number.isFinite(hours) || hours <= 0 || hours > MAX_VISIT_HOURS || Math.abs(hours * 10 - Math.round(hours * 10)) > 1e-9) {
    errors.add(field, 'OUT_OF_RANGE', `${field} must be more than 0 and at most ${MAX_VISIT_HOURS}, to one decimal place; got ${hours}.`);
  }
}

export function checkPurpose(errors: UserErrors, purpose: string): string {
  return checkFreeText(errors, 'purpose', purpose, 500);
}

export function checkReason(errors: UserErrors, field: string, reason: string): string {
  return checkFreeText(errors, field, reason, 500);
}

export function checkLearningSummary(errors: UserErrors, summary: string): string {
  return checkFreeText(errors, 'learningSummary', summary, 1000);
}
