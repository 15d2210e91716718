/**
 * `__resolveReference` for entities a subgraph extends but does not own. Any id may be asked
 * about (what the subgraph adds is scoped field by field); an id that is not a UUID names nothing.
 */
import type { Principal } from './auth';
import { forbidden } from './errors';
import { isUuid } from './input-checks';

export function resolveByIdReference(reference: { id: string }) {
  return Promise.resolve(isUuid(reference.id) ? { id: reference.id } : null);
}

/**
 * A partnership, with its member councils' ids when a field needing them was asked for; sanitised,
 * as a direct caller may send anything. Only the gateway can vouch that those councils are the
 * members (it asked the councils subgraph), so a request it did not sign may name only councils
 * the caller administers: the figures then cover nothing the caller could not see council by council.
 */
export function resolvePartnershipReference(
  reference: { id: string; councils?: unknown },
  { principal, viaGateway }: { principal: Principal; viaGateway: boolean },
) {
  if (!isUuid(reference.id)) return Promise.resolve(null);
  const councils = Array.isArray(reference.councils)
    ? reference.councils.filter((council): council is { id: string } => isUuid((council as { id?: unknown } | null)?.id))
    : undefined;
  const unvouched = viaGateway ? [] : (councils ?? []).filter((council) => !principal.isCouncilAdminOf(council.id));
  if (unvouched.length > 0) {
    return Promise.reject(
      forbidden(
        `This request did not come through the gateway, so its list of the partnership's councils is the caller's own: it may name only councils you administer, and ${unvouched.length} of them you do not. Ask the gateway for the partnership's figures.`,
      ),
    );
  }
  return Promise.resolve({ id: reference.id, councils });
}

/**
 * A practitioner, with the partnerships their council is a member of when a field needing them was
 * asked for. Only the gateway can vouch for that list (it asked the councils subgraph, with the
 * caller's token), so from anyone else it is dropped and the field serves only those who may see
 * the practitioner without it.
 */
export function resolvePractitionerReference(reference: { id: string; council?: unknown }, { viaGateway }: { viaGateway: boolean }) {
  if (!isUuid(reference.id)) return Promise.resolve(null);
  const council = reference.council as { id?: unknown; partnerships?: unknown } | null | undefined;
  if (!viaGateway || !council || !isUuid(council.id) || !Array.isArray(council.partnerships)) return Promise.resolve({ id: reference.id });
  const partnerships = council.partnerships.filter((partnership): partnership is { id: string } =>
    isUuid((partnership as { id?: unknown } | null)?.id),
  );
  return Promise.resolve({ id: reference.id, council: { id: council.id, partnerships } });
}
