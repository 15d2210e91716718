/**
 * Joining a partnership takes both sides' say-so: the partnership's admins and the joining
 * organisation's own (a council's in the councils subgraph, a university's in the universities
 * subgraph), because membership lets the partnership's admins see the organisation's records.
 * The first side to ask is recorded as waiting for the other, the other side's ask completes the
 * membership, and a token that speaks for both joins at once. Either side alone may end a
 * membership, or withdraw or turn down an ask. One GraphQL enum, served by both subgraphs, which
 * federation needs the same in each.
 */
import { registerEnumType } from 'type-graphql';

export enum MembershipStatus {
  MEMBER = 'MEMBER',
  INVITED = 'INVITED',
  REQUESTED = 'REQUESTED',
  NONE = 'NONE',
}

registerEnumType(MembershipStatus, {
  name: 'MembershipStatus',
  description: 'Where an organisation (a council or a university) stands with a partnership.',
  valuesConfig: {
    MEMBER: { description: 'A member: both sides agreed.' },
    INVITED: { description: 'The partnership’s admins asked it to join; its own admins have not agreed yet.' },
    REQUESTED: { description: 'Its own admins asked to join; the partnership’s admins have not agreed yet.' },
    NONE: { description: 'Neither a member nor asked.' },
  },
});

/** The sides of a membership a caller's token speaks for. */
export interface MembershipSides {
  readonly partnership: boolean;
  readonly member: boolean;
}

/** What an ask to join writes: nothing (already there), the ask of the caller's side, or the membership. */
export type JoinStep = 'NOTHING' | 'ASK' | 'JOIN';

/** An ask to join, given what is recorded; null when the caller speaks for neither side. */
export function planJoin(sides: MembershipSides, recorded: MembershipStatus): { step: JoinStep; status: MembershipStatus } | null {
  if (!sides.partnership && !sides.member) return null;
  if (recorded === MembershipStatus.MEMBER) return { step: 'NOTHING', status: MembershipStatus.MEMBER };
  // The other side's ask is waiting for exactly the side the caller speaks for.
  const othersAsk =
    (sides.partnership && recorded === MembershipStatus.REQUESTED) || (sides.member && recorded === MembershipStatus.INVITED);
  if ((sides.partnership && sides.member) || othersAsk) return { step: 'JOIN', status: MembershipStatus.MEMBER };
  const ownAsk = sides.partnership ? MembershipStatus.INVITED : MembershipStatus.REQUESTED;
  return { step: recorded === ownAsk ? 'NOTHING' : 'ASK', status: ownAsk };
}

/** What leaving ends: the membership, a waiting ask, or nothing (then the answer is NOT_A_MEMBER); null for a caller of neither side. */
export function planLeave(sides: MembershipSides, recorded: MembershipStatus): 'LEAVE' | 'WITHDRAW' | 'NOT_A_MEMBER' | null {
  if (!sides.partnership && !sides.member) return null;
  if (recorded === MembershipStatus.MEMBER) return 'LEAVE';
  return recorded === MembershipStatus.NONE ? 'NOT_A_MEMBER' : 'WITHDRAW';
}
