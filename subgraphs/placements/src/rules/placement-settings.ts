/**
 * The rules a partnership may set for its placements: 1 or 2 statutory placements per student,
 * and 2 to 5 years since qualifying for a stage 2 practice educator, never below the 2 every
 * practice educator needs.
 */
import type { UserErrors } from '#hub/shared/errors';
import { MIN_YEARS_QUALIFIED } from './educator-eligibility';

const STATUTORY_PLACEMENTS_ALLOWED = [1, 2];
const MAX_STAGE_TWO_YEARS = 5;

export function checkPlacementSettings(
  settings: { statutoryPlacementsRequired: number; stageTwoMinYearsQualified: number },
  errors: UserErrors,
): void {
  const { statutoryPlacementsRequired: required, stageTwoMinYearsQualified: years } = settings;
  if (!STATUTORY_PLACEMENTS_ALLOWED.includes(required)) {
    errors.add('statutoryPlacementsRequired', 'OUT_OF_RANGE', `statutoryPlacementsRequired must be 1 or 2; got ${required}.`);
  }
  if (!Number.isInteger(years) || years < MIN_YEARS_QUALIFIED || years > MAX_STAGE_TWO_YEARS) {
    errors.add(
      'stageTwoMinYearsQualified',
      'OUT_OF_RANGE',
      `stageTwoMinYearsQualified must be from ${MIN_YEARS_QUALIFIED} to ${MAX_STAGE_TWO_YEARS}; got ${years}.`,
    );
  }
}
