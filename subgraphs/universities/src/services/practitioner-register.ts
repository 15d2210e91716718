/**
 * Checks the practitioners a mutation names with their councils against the councils subgraph's
 * register (rules/practitioner-register), asked once for them all with the caller's own token, so
 * it shows only the practitioners the caller may see.
 */
import type { UserErrors } from '#hub/shared/errors';
import type { UniversitiesContext } from '../context';
import type { PractitionerPlace } from '../rules/people-lists';
import { checkRegisteredCouncil } from '../rules/practitioner-register';

const REGISTERED_COUNCILS = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Practitioner { council { id } } }
}`;

export async function checkPractitionerCouncils(
  places: readonly PractitionerPlace[],
  field: string,
  session: { readonly universityId: string },
  { principal, peers }: UniversitiesContext,
  errors: UserErrors,
): Promise<void> {
  if (places.length === 0) return;
  const representations = places.map((place) => ({ __typename: 'Practitioner', id: place.practitionerId }));
  const register = await peers<{ _entities: ({ council: { id: string } } | null)[] }>('councils', REGISTERED_COUNCILS, { representations });
  const universityVouches = principal.isUniversityAdminOf(session.universityId);
  places.forEach((place, index) => {
    checkRegisteredCouncil(place, register._entities[index]?.council.id ?? null, universityVouches, field, errors);
  });
}
