/** What a pathway is made of: one owner, a council or a partnership; 1 to 12 stages, each expected to take 1 to 60 months. */
import type { UserErrors } from '#hub/shared/errors';

export const MAX_PATHWAY_STAGES = 12;
export const MAX_EXPECTED_MONTHS = 60;

export function hasOneOwner(pathway: { ownerCouncilId?: string | null; ownerPartnershipId?: string | null }): boolean {
  return Boolean(pathway.ownerCouncilId) !== Boolean(pathway.ownerPartnershipId);
}

export function checkStageCount(errors: UserErrors, count: number): void {
  if (count === 0 || count > MAX_PATHWAY_STAGES) {
    errors.add('stages', 'OUT_OF_RANGE', `A pathway has 1 to ${MAX_PATHWAY_STAGES} stages; got ${count}.`);
  }
}

/** Names each stage, by its place in `stages`, whose expected months are not a whole number from 1 to 60. */
export function checkExpectedMonths(errors: UserErrors, stages: readonly { expectedMonths: number }[]): void {
  stages.forEach((stage, index) => {
    if (!Number.isInteger(stage.expectedMonths) || stage.expectedMonths < 1 || stage.expectedMonths > MAX_EXPECTED_MONTHS) {
      errors.add(
        `stages.${index}.expectedMonths`,
        'OUT_OF_RANGE',
        `expectedMonths must be from 1 to ${MAX_EXPECTED_MONTHS}; got ${stage.expectedMonths}.`,
      );
    }
  });
}
