/**
 * A university's membership of a partnership, with both sides' say-so (../../../membership-consent):
 * each change runs in a transaction of its own, with the university's row locked, so the two sides
 * asking at once cannot both record an ask and leave the university waiting for ever. The
 * partnership is the councils subgraph's, so whether it exists is asked there.
 */
import { lockRow } from '#hub/shared/write';
import type { MembershipSides, MembershipStatus } from '../../../membership-consent';
import { writeAsk, writeLeave, type MembershipTables } from '../../../membership-writes';
import type { UniversitiesContext } from '../context';
import { UniversityMembershipRequest } from '../entities/university-membership-request.entity';
import { UniversityPartnership } from '../entities/university-partnership.entity';
import { University } from '../entities/university.entity';

const PARTNERSHIP = 'query ($id: ID!) { partnership(id: $id) { id } }';

export interface UniversityMembership {
  readonly partnershipId: string;
  readonly universityId: string;
}

const TABLES = { members: UniversityPartnership, asks: UniversityMembershipRequest } as MembershipTables<UniversityMembership>;

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
    return writeAsk(manager, TABLES, { partnershipId: ids.partnershipId, universityId: ids.universityId }, sides);
  });
}

/** Ends the membership or withdraws the ask; false when there was neither. */
export function leave(context: UniversitiesContext, ids: UniversityMembership, sides: MembershipSides): Promise<boolean> {
  return context.dataSource.transaction(async (manager) => {
    await lockRow(manager, University, ids.universityId);
    return writeLeave(manager, TABLES, { partnershipId: ids.partnershipId, universityId: ids.universityId }, sides);
  });
}
