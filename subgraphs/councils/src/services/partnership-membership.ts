/**
 * A council's membership of a partnership, with both sides' say-so (../../../membership-consent):
 * each change runs in a transaction of its own, with the council's row locked, so the two sides
 * asking at once cannot both record an ask and leave the council waiting for ever.
 */
import type { EntityManager } from 'typeorm';
import { UserErrors } from '#hub/shared/errors';
import { lockRow } from '#hub/shared/write';
import type { MembershipSides, MembershipStatus } from '../../../membership-consent';
import { writeAsk, writeLeave, type MembershipTables } from '../../../membership-writes';
import type { CouncilsContext } from '../context';
import { CouncilMembershipRequest } from '../entities/council-membership-request.entity';
import { Council } from '../entities/council.entity';
import { PartnershipCouncil } from '../entities/partnership-council.entity';

export interface CouncilMembership {
  readonly partnershipId: string;
  readonly councilId: string;
}

const TABLES = { members: PartnershipCouncil, asks: CouncilMembershipRequest } as MembershipTables<CouncilMembership>;

/** The sides of a council's membership the principal speaks for; noted for the audit log when used. */
export function membershipSides({ principal }: CouncilsContext, ids: CouncilMembership): MembershipSides {
  return {
    partnership: principal.usesPartnershipAdminRightsOf(ids.partnershipId),
    member: principal.usesCouncilAdminRightsOf(ids.councilId),
  };
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

/** Records the caller's side's ask, or the membership when the other side has asked or the caller speaks for both. */
export function askToJoin(context: CouncilsContext, ids: CouncilMembership, sides: MembershipSides): Promise<MembershipStatus> {
  return context.dataSource.transaction(async (manager) => {
    await lockRow(manager, Council, ids.councilId);
    return writeAsk(manager, TABLES, { partnershipId: ids.partnershipId, councilId: ids.councilId }, sides);
  });
}

/**
 * The ask or membership for a council that has none yet, written in the caller's transaction: for
 * a partnership or a council being created, whose row nobody else can see before it commits.
 */
export function askToJoinAsNew(manager: EntityManager, ids: CouncilMembership, sides: MembershipSides): Promise<MembershipStatus> {
  return writeAsk(manager, TABLES, ids, sides);
}

/** Ends the membership or withdraws the ask; false when there was neither. */
export function leave(context: CouncilsContext, ids: CouncilMembership, sides: MembershipSides): Promise<boolean> {
  return context.dataSource.transaction(async (manager) => {
    await lockRow(manager, Council, ids.councilId);
    return writeLeave(manager, TABLES, { partnershipId: ids.partnershipId, councilId: ids.councilId }, sides);
  });
}
