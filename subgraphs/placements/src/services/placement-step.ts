/**
 * Takes a placement through one step of its lifecycle: checks who is asking, then, with the row
 * locked, whether the step is allowed now, and writes the new status with the step's fields.
 */
import { UserErrors } from '#hub/shared/errors';
import { refused, refusedNotFound, succeeded } from '#hub/shared/payload';
import { lockRow, updateFields } from '#hub/shared/write';
import type { PlacementsContext } from '../context';
import { Placement } from '../entities/placement.entity';
import { planPlacementStep, type PlacementAction } from '../rules/placement-workflow';
import type { FinalOutcome } from '../types/enums';

export interface PlacementStep {
  readonly action: PlacementAction;
  /** Throws FORBIDDEN unless the principal may take this step on this placement. */
  readonly authorise: (placement: Placement) => void;
  /** Input problems found before the row is locked; nothing is written when there are any. */
  readonly errors?: UserErrors;
  /** Checks against the locked row, added to `errors`. */
  readonly check?: (placement: Placement, errors: UserErrors) => void;
  readonly changes: (placement: Placement) => Partial<Placement>;
  readonly finalOutcome?: FinalOutcome;
}

export async function stepPlacement(context: PlacementsContext, id: string, step: PlacementStep) {
  const existing = await context.loaders.placementById.load(id);
  // A placement the caller may not see is refused as an unknown id is, so the answer does not tell that it exists.
  if (!existing || !context.loaders.scope.canSeePlacement(existing)) return refusedNotFound('placement', 'id', 'placement', id);
  step.authorise(existing);
  if (step.errors?.any) return refused('placement', step.errors.list);
  return context.dataSource.transaction(async (manager) => {
    const placement = await lockRow(manager, Placement, existing.id);
    const plan = planPlacementStep(placement, step.action, context.today, step.finalOutcome);
    if (!plan.ok) return refused('placement', new UserErrors().add(plan.refusal.field, plan.refusal.code, plan.refusal.message).list);
    const errors = new UserErrors();
    step.check?.(placement, errors);
    if (errors.any) return refused('placement', errors.list);
    return succeeded('placement', await updateFields(manager, Placement, placement.id, { ...step.changes(placement), status: plan.to }));
  });
}
