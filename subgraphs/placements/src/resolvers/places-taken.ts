import type { EntityManager } from 'typeorm';
import { Placement } from '../entities/placement.entity';
import { PlacementStatus } from '../types/enums';

/** Places taken on an offer: every placement but a cancelled one. Call with the offer's row locked. */
export function placesTaken(manager: EntityManager, offerId: string): Promise<number> {
  return manager
    .getRepository(Placement)
    .createQueryBuilder('placement')
    .where('placement.offerId = :offerId', { offerId })
    .andWhere('placement.status <> :cancelled', { cancelled: PlacementStatus.CANCELLED })
    .getCount();
}
