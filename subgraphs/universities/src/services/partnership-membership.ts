/**
 * A university's membership of a partnership, with both sides' say-so (../../../membership-consent):
 * each change runs in a transaction of its own, with the university's row locked, so the two sides
 * asking at once cannot both record an ask and leave the university waiting for ever. The
 * partnership is the councils subgraph's, so whether it exists is asked there.
 */
import type { EntityManager } from 'typeorm';
import { lockRow } from '#hub/shared/write';
import { MembershipStatus, planJoin, planLeave, type MembershipSides } from '../../../membership-consent';
import type { UniversitiesContext } from '../context';
import { UniversityMembershipRequest } from '../entities/university-membership-request.entity';
import { UniversityPartnership } from '../entities/university-partnership.entity';
import { University } from '../entities/university.entity';

const PARTNERSHIP = 'query ($id: ID!) { partnership(id: $id) { id } }';

export interface UniversityMembership {
  readonly partnershipId: string;
  readonly universityId: string;
}

/** The sides of a university's membership the principal speaks for; noted for the audit log when used. */
export function membershipSides({ principal }: UniversitiesContext, ids: UniversityMembership): MembershipSides {
  return {
    partnership: principal.usesPartnershipAdminRightsOf(ids.partnershipId),
    member: principal.usesUniversityAdminRightsOf(ids.universityId),
  };
}

/** Whether the councils subgraph, which owns partnerships, has this one. */
export async function partnershipExists({ peers }: UniversitiesContext, partnershipId: string): Promise<boolean> {
  const answer = await peers<{ partnership: { id: string } | null }>('councils', PARTNERSHIP, { id: partnershipId });
  return answer.partnership !== null;
}

/** Records the caller's side's ask, or the membership when the other side has asked or the caller speaks for both. */
export function askToJoin(context: UniversitiesContext, ids: UniversityMembership, sides: MembershipSides): Promise<MembershipStatus> {
  return context.dataSource.transaction(async (manager) => {
    await lockRow(manager, University, ids.universityId);
    const plan = planJoin(sides, await recordedStatus(manager, ids));
    if (!plan) throw new Error('An ask to join needs a caller who speaks for one side; check membershipSides first.');
    if (plan.step === 'JOIN') {
      await manager.delete(UniversityMembershipRequest, ids);
      await manager.insert(UniversityPartnership, ids);
    }
    if (plan.step === 'ASK') {
      await manager.insert(UniversityMembershipRequest, { ...ids, status: plan.status as UniversityMembershipRequest['status'] });
    }
    return plan.status;
  });
}

/** Ends the membership or withdraws the ask; false when there was neither. */
export function leave(context: UniversitiesContext, ids: UniversityMembership, sides: MembershipSides): Promise<boolean> {
  return context.dataSource.transaction(async (manager) => {
    await lockRow(manager, University, ids.universityId);
    const step = planLeave(sides, await recordedStatus(manager, ids));
    if (step === 'LEAVE') await manager.delete(UniversityPartnership, ids);
    if (step === 'WITHDRAW') await manager.delete(UniversityMembershipRequest, ids);
    return step === 'LEAVE' || step === 'WITHDRAW';
  });
}

async function recordedStatus(manager: EntityManager, ids: UniversityMembership): Promise<MembershipStatus> {
  if (await manager.existsBy(UniversityPartnership, ids)) return MembershipStatus.MEMBER;
  return (await manager.findOneBy(UniversityMembershipRequest, ids))?.status ?? MembershipStatus.NONE;
}
