import { Principal, type Role } from '#hub/shared/auth';
import { assertMayJoinCouncils } from './partnership-membership';

const NORTH = 'c0000000-0000-4000-8000-000000000001';
const SOUTH = 'c0000000-0000-4000-8000-000000000002';

function principal(roles: Role[], councilIds: string[]): Principal {
  return new Principal('admin', new Set(roles), new Set(councilIds), new Set(), new Set(), null, null);
}

describe('bringing councils into a partnership', () => {
  const partnershipAndCouncilAdmin = principal(['partnership_admin', 'council_admin'], [NORTH]);

  it('is allowed for councils the token is also council admin of', () => {
    expect(() => assertMayJoinCouncils(partnershipAndCouncilAdmin, [NORTH])).not.toThrow();
    expect(() => assertMayJoinCouncils(partnershipAndCouncilAdmin, [])).not.toThrow();
  });

  it('is refused when any council is not one the token administers', () => {
    expect(() => assertMayJoinCouncils(partnershipAndCouncilAdmin, [NORTH, SOUTH])).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    );
  });

  it('is refused to a partnership admin naming a council without being its council admin', () => {
    expect(() => assertMayJoinCouncils(principal(['partnership_admin'], [NORTH]), [NORTH])).toThrow(/council_admin of each council/);
  });
});
