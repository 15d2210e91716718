/**
 * Where a shadowing visit is hosted: a council, and in it, when named, a team and a practitioner.
 * The councils subgraph's register decides (teams are open to all; practitioners as in
 * rules/practitioner-register): the council must exist, the team must be one of its teams, and the
 * practitioner must be on its register, or be named on the university's word where the register
 * does not show them; the host council checks that word when it approves.
 */
import type { UserErrors } from '#hub/shared/errors';
import { checkRegisteredCouncil } from './practitioner-register';

export interface VisitHost {
  readonly councilId: string;
  readonly hostTeamId: string | null;
  readonly hostPractitionerId: string | null;
}

/** What the register shows the caller of a host: null for a team or practitioner it does not know (or not to them). */
export interface HostOnRegister {
  readonly councilFound: boolean;
  readonly teamCouncilId: string | null;
  readonly practitionerCouncilId: string | null;
}

export function checkVisitHost(host: VisitHost, register: HostOnRegister, universityVouches: boolean, errors: UserErrors): void {
  if (!register.councilFound) {
    errors.add('councilId', 'NOT_FOUND', `No council has id ${host.councilId}.`);
    return;
  }
  if (host.hostTeamId !== null) {
    if (register.teamCouncilId === null) errors.add('hostTeamId', 'NOT_FOUND', `No team has id ${host.hostTeamId}.`);
    else if (register.teamCouncilId.toLowerCase() !== host.councilId.toLowerCase()) {
      errors.add('hostTeamId', 'TEAM_IN_OTHER_COUNCIL', `Team ${host.hostTeamId} belongs to another council than the host.`);
    }
  }
  if (host.hostPractitionerId !== null) {
    const place = { practitionerId: host.hostPractitionerId, councilId: host.councilId };
    checkRegisteredCouncil(place, register.practitionerCouncilId, universityVouches, 'hostPractitionerId', errors);
  }
}
