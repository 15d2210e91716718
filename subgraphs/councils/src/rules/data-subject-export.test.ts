import { Principal, type Role } from '#hub/shared/auth';
import { mayRequestPractitionerExport } from './data-subject-export';

const ADA = 'a0000000-0000-4000-8000-000000000001';
const BEN = 'a0000000-0000-4000-8000-000000000002';

function principal(roles: Role[], practitionerId: string | null = null): Principal {
  return new Principal('someone', new Set(roles), new Set(), new Set(), new Set(), practitionerId, null);
}

describe('asking for a practitioner’s data export', () => {
  it('is allowed to the practitioner for their own records, and not for anyone else’s', () => {
    expect(mayRequestPractitionerExport(principal(['practitioner'], ADA), ADA)).toBe(true);
    expect(mayRequestPractitionerExport(principal(['practitioner'], ADA), BEN)).toBe(false);
  });

  it('is allowed to any council admin, whichever council holds the record', () => {
    expect(mayRequestPractitionerExport(principal(['council_admin']), BEN)).toBe(true);
  });

  it('is refused to other roles', () => {
    expect(mayRequestPractitionerExport(principal(['partnership_admin', 'university_admin']), ADA)).toBe(false);
  });
});
