import { MembershipStatus, planJoin, planLeave } from './membership-consent';

const PARTNERSHIP = { partnership: true, member: false };
const MEMBER = { partnership: false, member: true };
const BOTH = { partnership: true, member: true };
const NEITHER = { partnership: false, member: false };

describe('joining a partnership', () => {
  it('records the first side’s ask and waits for the other', () => {
    expect(planJoin(PARTNERSHIP, MembershipStatus.NONE)).toEqual({ step: 'ASK', status: MembershipStatus.INVITED });
    expect(planJoin(MEMBER, MembershipStatus.NONE)).toEqual({ step: 'ASK', status: MembershipStatus.REQUESTED });
  });

  it('joins when the other side has asked already', () => {
    expect(planJoin(PARTNERSHIP, MembershipStatus.REQUESTED)).toEqual({ step: 'JOIN', status: MembershipStatus.MEMBER });
    expect(planJoin(MEMBER, MembershipStatus.INVITED)).toEqual({ step: 'JOIN', status: MembershipStatus.MEMBER });
  });

  it('joins at once for a token that speaks for both sides', () => {
    expect(planJoin(BOTH, MembershipStatus.NONE)).toEqual({ step: 'JOIN', status: MembershipStatus.MEMBER });
    expect(planJoin(BOTH, MembershipStatus.INVITED)).toEqual({ step: 'JOIN', status: MembershipStatus.MEMBER });
  });

  it('writes nothing when the same side asks again, or for a member', () => {
    expect(planJoin(PARTNERSHIP, MembershipStatus.INVITED)).toEqual({ step: 'NOTHING', status: MembershipStatus.INVITED });
    expect(planJoin(MEMBER, MembershipStatus.REQUESTED)).toEqual({ step: 'NOTHING', status: MembershipStatus.REQUESTED });
    expect(planJoin(PARTNERSHIP, MembershipStatus.MEMBER)).toEqual({ step: 'NOTHING', status: MembershipStatus.MEMBER });
  });

  it('is for neither side’s outsiders', () => {
    expect(planJoin(NEITHER, MembershipStatus.REQUESTED)).toBeNull();
  });
});

describe('leaving a partnership', () => {
  it('lets either side alone end a membership or an ask', () => {
    expect(planLeave(MEMBER, MembershipStatus.MEMBER)).toBe('LEAVE');
    expect(planLeave(PARTNERSHIP, MembershipStatus.MEMBER)).toBe('LEAVE');
    expect(planLeave(MEMBER, MembershipStatus.INVITED)).toBe('WITHDRAW');
    expect(planLeave(PARTNERSHIP, MembershipStatus.REQUESTED)).toBe('WITHDRAW');
  });

  it('answers NOT_A_MEMBER when there is nothing to end, and nothing to outsiders', () => {
    expect(planLeave(BOTH, MembershipStatus.NONE)).toBe('NOT_A_MEMBER');
    expect(planLeave(NEITHER, MembershipStatus.MEMBER)).toBeNull();
  });
});
