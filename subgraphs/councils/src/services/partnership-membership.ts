/** Writes a council's membership of a partnership, each in a transaction of its own. */
import { isUuid } from '#hub/shared/input-checks';
import type { CouncilsContext } from '../context';
import { PartnershipCouncil } from '../entities/partnership-council.entity';

/** Adds a membership row; adding one that exists already is harmless. */
export async function addMember(context: CouncilsContext, row: { partnershipId: string; councilId: string }): Promise<void> {
  await context.dataSource.transaction((manager) =>
    manager.createQueryBuilder().insert().into(PartnershipCouncil).values(row).orIgnore().execute(),
  );
}

/** Removes a membership row; false when there was none (an id that is not a UUID cannot be one). */
export async function removeMember(context: CouncilsContext, row: { partnershipId: string; councilId: string }): Promise<boolean> {
  if (!Object.values(row).every(isUuid)) return false;
  const removed = await context.dataSource.transaction((manager) => manager.delete(PartnershipCouncil, row));
  return Boolean(removed.affected);
}
