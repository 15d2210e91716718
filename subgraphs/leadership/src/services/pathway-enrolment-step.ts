/**
 * Runs one step on an enrolment for an admin of the practitioner's council (anyone else who may not
 * see it is told it is not found, as for an unknown id): with the row locked, the step checks the
 * enrolment as it is and says what to write; a refused step writes nothing.
 */
import { UserErrors } from '#hub/shared/errors';
import { refused, refusedNotFound, succeeded } from '#hub/shared/payload';
import { lockRow, updateFields } from '#hub/shared/write';
import type { LeadershipContext } from '../context';
import { PathwayEnrolment } from '../entities/pathway-enrolment.entity';

export async function changeEnrolment(
  context: LeadershipContext,
  id: string,
  errors: UserErrors,
  step: (enrolment: PathwayEnrolment, refusal: UserErrors) => Partial<PathwayEnrolment> | Promise<Partial<PathwayEnrolment>>,
) {
  const existing = await context.loaders.enrolmentById.load(id);
  const { scope } = context.loaders;
  if (!existing || !scope.changes({ councilId: existing.councilId, visible: scope.canSeeStaffRecord(existing) }, 'change this enrolment')) {
    return refusedNotFound('enrolment', 'id', 'enrolment', id);
  }
  if (errors.any) return refused('enrolment', errors.list);
  return context.dataSource.transaction(async (manager) => {
    const enrolment = await lockRow(manager, PathwayEnrolment, existing.id);
    const refusal = new UserErrors();
    const changes = await step(enrolment, refusal);
    if (refusal.any) return refused('enrolment', refusal.list);
    return succeeded('enrolment', await updateFields(manager, PathwayEnrolment, enrolment.id, changes));
  });
}
