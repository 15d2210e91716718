/**
 * Takes a shadowing visit through one step of its workflow (rules/shadowing-workflow): checks who
 * is asking and for which side, then, with the row locked, whether the step is allowed now, and
 * writes the new status with the step's fields. Input errors are reported only to a caller who may
 * take the step.
 */
import { UserErrors } from '#hub/shared/errors';
import { refused, refusedNotFound, succeeded } from '#hub/shared/payload';
import { lockRow, updateFields } from '#hub/shared/write';
import type { UniversitiesContext } from '../context';
import { ShadowingVisit } from '../entities/shadowing-visit.entity';
import { planShadowingTransition, type ShadowingAction } from '../rules/shadowing-workflow';
import type { ShadowingSide } from '../types/enums';

export async function moveVisit(
  context: UniversitiesContext,
  id: string,
  action: ShadowingAction,
  errors: UserErrors,
  changes: (side: ShadowingSide) => Partial<ShadowingVisit>,
  /** Checks of the input that need the visit, run once the caller is known to be allowed the step; they add to `errors`. */
  checkInput?: (visit: ShadowingVisit) => Promise<void>,
) {
  const { loaders, dataSource } = context;
  const existing = await loaders.visitById.load(id);
  // A visit the caller may not see is refused as an unknown id is, so the answer does not tell that it exists.
  if (!existing || !(await loaders.scope.canSeePlace(existing))) return refusedNotFound('shadowingVisit', 'id', 'shadowing visit', id);
  const side = loaders.scope.assertMayTakeShadowingStep(existing, action);
  await checkInput?.(existing);
  if (errors.any) return refused('shadowingVisit', errors.list);
  return dataSource.transaction(async (manager) => {
    const visit = await lockRow(manager, ShadowingVisit, existing.id);
    const plan = planShadowingTransition(visit, action, context.today);
    if (!plan.ok) return refused('shadowingVisit', new UserErrors().add('id', plan.refusal.code, plan.refusal.message).list);
    return succeeded('shadowingVisit', await updateFields(manager, ShadowingVisit, visit.id, { ...changes(side), status: plan.to }));
  });
}
