/** Practice educators are registered social workers with enough experience since qualifying. */
import type { UserErrors } from '#hub/shared/errors';
import type { IsoDate } from '#hub/shared/iso-date';
import { PepsStage } from '../types/enums';

export const MIN_YEARS_QUALIFIED = 2;

/** Whole years from one date to another, as a birthday counts them. */
export function wholeYearsBetween(from: IsoDate, to: IsoDate): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return to.slice(5) >= from.slice(5) ? years : years - 1;
}

export function checkEducatorEligibility(
  educator: { stage: PepsStage; qualifiedOn: IsoDate; approvedOn: IsoDate },
  stageTwoMinYears: number,
  errors: UserErrors,
): void {
  const needed = educator.stage === PepsStage.STAGE_2 ? Math.max(MIN_YEARS_QUALIFIED, stageTwoMinYears) : MIN_YEARS_QUALIFIED;
  const years = wholeYearsBetween(educator.qualifiedOn, educator.approvedOn);
  if (years < needed) {
    errors.add(
      'approvedOn',
      'PQ_EXPERIENCE_TOO_SHORT',
      `A ${educator.stage === PepsStage.STAGE_2 ? 'stage 2' : 'stage 1'} educator needs ${needed} years since qualifying; from ${educator.qualifiedOn} to ${educator.approvedOn} is ${years}.`,
    );
  }
}

/** An approval moves a practice educator up or keeps their stage: a stage 2 educator is not approved back to stage 1. */
export function checkStageChange(current: PepsStage, approved: PepsStage, errors: UserErrors): void {
  if (approved === PepsStage.STAGE_1 && current === PepsStage.STAGE_2) {
    errors.add('stage', 'STAGE_DOWNGRADE', 'A stage 2 educator is not approved back to stage 1.');
  }
}
