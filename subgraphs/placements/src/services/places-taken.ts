/** Places taken on an offer: every placement but a cancelled one, counted in the caller's transaction. */
import type { EntityManager } from 'typeorm';
import { Placement } from '../entities/placement.entity';
import { PlacementStatus } from '../types/enums';

/** Call with the offer's row locked, so the count cannot go stale before the write it decides. */
export function placesTaken(manager: EntityManager, offerId: string): Promise<number> {
  return manager
    .getRepository(Placement)
    .createQueryBuilder('placement')
    .where('placement.offerId = :offerId', { offerId })
    .andWhere('placement.status <> :cancelled', { cancelled: PlacementStatus.CANCELLED })
    .getCount();
}
