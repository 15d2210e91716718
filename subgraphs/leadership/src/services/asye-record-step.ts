/**
 * Runs one step on an ASYE record for an admin of the practitioner's council (anyone else who may
 * not see it is told it is not found, as for an unknown id): with the row locked, the step checks
 * the record as it is and says what to write; a refused step writes nothing.
 */
import { UserErrors } from '#hub/shared/errors';
import { refused, refusedNotFound, succeeded } from '#hub/shared/payload';
import { lockRow, updateFields } from '#hub/shared/write';
import type { LeadershipContext } from '../context';
import { AsyeRecord } from '../entities/asye-record.entity';

export async function changeAsye(
  context: LeadershipContext,
  id: string,
  errors: UserErrors,
  step: (record: AsyeRecord, refusal: UserErrors) => Partial<AsyeRecord>,
) {
  const existing = await context.loaders.asyeById.load(id);
  const { scope } = context.loaders;
  if (!existing || !scope.changes({ councilId: existing.councilId, visible: scope.canSeeStaffRecord(existing) }, 'change this ASYE')) {
    return refusedNotFound('asyeRecord', 'id', 'ASYE record', id);
  }
  if (errors.any) return refused('asyeRecord', errors.list);
  return context.dataSource.transaction(async (manager) => {
    const record = await lockRow(manager, AsyeRecord, existing.id);
    const refusal = new UserErrors();
    const changes = step(record, refusal);
    if (refusal.any) return refused('asyeRecord', refusal.list);
    return succeeded('asyeRecord', await updateFields(manager, AsyeRecord, record.id, changes));
  });
}
