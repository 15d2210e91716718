import { UserErrors } from '#hub/shared/errors';
import { checkVisitHost, type HostOnRegister, type VisitHost } from './visit-host';

const HOST = '0f8fad5b-d9cb-469f-a165-70867728950e';
const OTHER = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const TEAM = '16fd2706-8baf-433b-82eb-8c7fada847da';
const PRACTITIONER = '886313e1-3b8a-4372-9b90-0c9aee199e5d';
const host = { councilId: HOST, hostTeamId: TEAM, hostPractitionerId: PRACTITIONER };
const onRegister: HostOnRegister = { councilFound: true, teamCouncilId: HOST, practitionerCouncilId: HOST };

const judged = (register: Partial<HostOnRegister>, universityVouches = false, named: VisitHost = host) => {
  const errors = new UserErrors();
  checkVisitHost(named, { ...onRegister, ...register }, universityVouches, errors);
  return errors.list.map((error) => `${error.field.at(-1)}: ${error.code}`);
};

describe('where a shadowing visit is hosted', () => {
  it('is the host council, one of its teams and one of its practitioners, as the register has them', () => {
    expect(judged({})).toEqual([]);
    expect(
      judged({ teamCouncilId: null, practitionerCouncilId: null }, false, { ...host, hostTeamId: null, hostPractitionerId: null }),
    ).toEqual([]);
  });

  it('refuses a council not on the hub, and stops there', () => {
    expect(judged({ councilFound: false, teamCouncilId: null })).toEqual(['councilId: NOT_FOUND']);
  });

  it('refuses an unknown team and another council’s team', () => {
    expect(judged({ teamCouncilId: null })).toEqual(['hostTeamId: NOT_FOUND']);
    expect(judged({ teamCouncilId: OTHER })).toEqual(['hostTeamId: TEAM_IN_OTHER_COUNCIL']);
  });

  it('takes a practitioner the register hides on the university’s word only', () => {
    expect(judged({ practitionerCouncilId: null }, true)).toEqual([]);
    expect(judged({ practitionerCouncilId: null }, false)).toEqual(['hostPractitionerId: PRACTITIONER_NOT_FOUND']);
    expect(judged({ practitionerCouncilId: OTHER }, true)).toEqual(['hostPractitionerId: PRACTITIONER_COUNCIL_MISMATCH']);
  });
});
