/** Checks a shadowing visit's host (rules/visit-host) against the councils subgraph's register, in one query with the caller's own token. */
import type { UserErrors } from '#hub/shared/errors';
import type { UniversitiesContext } from '../context';
import { checkVisitHost, type VisitHost } from '../rules/visit-host';

const HOST_ON_REGISTER = `query ($council: ID!, $team: ID!, $withTeam: Boolean!, $representations: [_Any!]!) {
  council(id: $council) { id }
  team(id: $team) @include(if: $withTeam) { council { id } }
  _entities(representations: $representations) { ... on Practitioner { council { id } } }
}`;

interface HostAnswer {
  council: { id: string } | null;
  team?: { council: { id: string } } | null;
  _entities: ({ council: { id: string } } | null)[];
}

export async function checkHostOnRegister(
  host: VisitHost,
  universityVouches: boolean,
  { peers }: UniversitiesContext,
  errors: UserErrors,
): Promise<void> {
  const answer = await peers<HostAnswer>('councils', HOST_ON_REGISTER, {
    council: host.councilId,
    team: host.hostTeamId ?? host.councilId,
    withTeam: host.hostTeamId !== null,
    representations: host.hostPractitionerId ? [{ __typename: 'Practitioner', id: host.hostPractitionerId }] : [],
  });
  const register = {
    councilFound: answer.council !== null,
    teamCouncilId: answer.team?.council.id ?? null,
    practitionerCouncilId: answer._entities[0]?.council.id ?? null,
  };
  checkVisitHost(host, register, universityVouches, errors);
}
