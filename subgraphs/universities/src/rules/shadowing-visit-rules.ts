/** Checks on what a shadowing visit records: ids, its day, hours, and short texts free of case details. */
import type { UserErrors } from '#hub/shared/errors';
import { checkFreeText, isUuid } from '#hub/shared/input-checks';
import type { IsoDate } from '#hub/shared/iso-date';

export const MAX_VISIT_HOURS = 12;

/** The ids of the council, team or practitioner a visit names: each, when given, is a UUID. True when all are. */
export function checkVisitIds<F extends string>(
  errors: UserErrors,
  input: { readonly [K in F]?: string | null },
  fields: readonly F[],
): boolean {
  const invalid = fields.filter((field) => input[field] != null && !isUuid(input[field]));
  for (const field of invalid) errors.add(field, 'INVALID_ID', `${field} must be an id (a UUID); got "${input[field]}".`);
  return invalid.length === 0;
}

/** A visit is asked for today or a day to come, never for a day that has passed. */
export function checkVisitOn(errors: UserErrors, visitOn: IsoDate, today: IsoDate): void {
  if (visitOn < today) errors.add('visitOn', 'DATE_IN_PAST', `visitOn must be today (${today}) or later; got ${visitOn}.`);
}

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
