/**
 * Writes what membership-consent.ts decides, for a subgraph that keeps a partnership's members in
 * one table and the asks waiting for the other side in another, both keyed by the partnership's
 * and the organisation's ids. Runs in the caller's transaction, which must first lock the
 * organisation's row: two sides asking at once then queue, and the second completes the first's ask.
 */
import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { MembershipStatus, planJoin, planLeave, type MembershipSides } from './membership-consent';

export interface MembershipTables<Key extends ObjectLiteral> {
  readonly members: EntityTarget<Key>;
  readonly asks: EntityTarget<Key & { status: MembershipStatus }>;
}

/** Records the caller's side's ask, or the membership when the other side has asked or the caller speaks for both. */
export async function writeAsk<Key extends ObjectLiteral>(
  manager: EntityManager,
  tables: MembershipTables<Key>,
  key: Key,
  sides: MembershipSides,
): Promise<MembershipStatus> {
  const plan = planJoin(sides, await recordedStatus(manager, tables, key));
  if (!plan) throw new Error('An ask to join needs a caller who speaks for one side; check the sides first.');
  if (plan.step === 'JOIN') {
    await manager.delete(tables.asks, key);
    await manager.insert(tables.members, key);
  }
  if (plan.step === 'ASK') await manager.insert(tables.asks, { ...key, status: plan.status });
  return plan.status;
}

/** Ends the membership or withdraws the ask; false when there was neither. */
export async function writeLeave<Key extends ObjectLiteral>(
  manager: EntityManager,
  tables: MembershipTables<Key>,
  key: Key,
  sides: MembershipSides,
): Promise<boolean> {
  const step = planLeave(sides, await recordedStatus(manager, tables, key));
  if (step === 'LEAVE') await manager.delete(tables.members, key);
  if (step === 'WITHDRAW') await manager.delete(tables.asks, key);
  return step === 'LEAVE' || step === 'WITHDRAW';
}

async function recordedStatus<Key extends ObjectLiteral>(manager: EntityManager, tables: MembershipTables<Key>, key: Key) {
  if (await manager.existsBy(tables.members, key as FindOptionsWhere<Key>)) return MembershipStatus.MEMBER;
  const ask = await manager.findOneBy(tables.asks, key as FindOptionsWhere<Key & { status: MembershipStatus }>);
  return ask?.status ?? MembershipStatus.NONE;
}
