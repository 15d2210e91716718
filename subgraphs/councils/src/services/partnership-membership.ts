/**
 * A council's membership of a partnership, with both sides' say-so (../../../membership-consent):
 * each change runs in a transaction of its own, with the council's row locked, so the two sides
 * asking at once cannot both record an ask and leave the council waiting for ever.
 */
import type { EntityManager } from 'typeorm';
import { UserErrors } from '#hub/shared/errors';
import { lockRow } from '#hub/shared/write';
import { MembershipStatus, planJoin, planLeave, type MembershipSides } from '../../../membership-consent';
import type { CouncilsContext } from '../context';
import { CouncilMembershipRequest } from '../entities/council-membership-request.entity';
import { Council } from '../entities/council.entity';
import { PartnershipCouncil } from '../entities/partnership-council.entity';

export interface CouncilMembership {
  readonly partnershipId: string;
  readonly councilId: string;
}

/** The sides of a council's membership the principal speaks for; noted for the audit log when used. */
export function membershipSides({ principal }: CouncilsContext, ids: CouncilMembership): MembershipSides {
  return {
    partnership: principal.usesPartnershipAdminRightsOf(ids.partnershipId),
    member: principal.usesCouncilAdminRightsOf(ids.councilId),
  };
}

/** Records the caller's side's ask, or the membership when the other side has asked or the caller speaks for both. */
export function askToJoin(context: CouncilsContext, ids: CouncilMembership, sides: MembershipSides): Promise<MembershipStatus> {
  return context.dataSource.transaction(async (manager) => {
    await lockRow(manager, Council, ids.councilId);
    return writeAsk(manager, ids, sides, await recordedStatus(manager, ids));
  });
}

/**
 * The ask or membership for a council that has none yet, written in the caller's transaction: for
 * a partnership or a council being created, whose row nobody else can see before it commits.
 */
export function askToJoinAsNew(manager: EntityManager, ids: CouncilMembership, sides: MembershipSides): Promise<MembershipStatus> {
  return writeAsk(manager, ids, sides, MembershipStatus.NONE);
}

/** The partnership and the council an input names, or why they cannot be found. */
export async function findMembershipParties({ loaders }: CouncilsContext, ids: CouncilMembership) {
  const [partnership, council] = await Promise.all([
    loaders.partnershipById.load(ids.partnershipId),
    loaders.councilById.load(ids.councilId),
  ]);
  const errors = new UserErrors();
  if (!partnership) errors.add('partnershipId', 'NOT_FOUND', `No partnership has id ${ids.partnershipId}.`);
  if (!council) errors.add('councilId', 'NOT_FOUND', `No council has id ${ids.councilId}.`);
  return { partnership, council, errors };
}

/** Ends the membership or withdraws the ask; false when there was neither. */
export function leave(context: CouncilsContext, ids: CouncilMembership, sides: MembershipSides): Promise<boolean> {
  return context.dataSource.transaction(async (manager) => {
    await lockRow(manager, Council, ids.councilId);
    const step = planLeave(sides, await recordedStatus(manager, ids));
    if (step === 'LEAVE') await manager.delete(PartnershipCouncil, ids);
    if (step === 'WITHDRAW') await manager.delete(CouncilMembershipRequest, ids);
    return step === 'LEAVE' || step === 'WITHDRAW';
  });
}

async function writeAsk(
  manager: EntityManager,
  ids: CouncilMembership,
  sides: MembershipSides,
  recorded: MembershipStatus,
): Promise<MembershipStatus> {
  const plan = planJoin(sides, recorded);
  if (!plan) throw new Error('An ask to join needs a caller who speaks for one side; check membershipSides first.');
  if (plan.step === 'JOIN') {
    await manager.delete(CouncilMembershipRequest, ids);
    await manager.insert(PartnershipCouncil, ids);
  }
  if (plan.step === 'ASK') {
    await manager.insert(CouncilMembershipRequest, { ...ids, status: plan.status as CouncilMembershipRequest['status'] });
  }
  return plan.status;
}

async function recordedStatus(manager: EntityManager, ids: CouncilMembership): Promise<MembershipStatus> {
  if (await manager.existsBy(PartnershipCouncil, ids)) return MembershipStatus.MEMBER;
  return (await manager.findOneBy(CouncilMembershipRequest, ids))?.status ?? MembershipStatus.NONE;
}
