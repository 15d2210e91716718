import { isUuid } from '../../../../shared/input-checks';

/** Any practitioner may be asked about (their contributions are scoped row by row); an id that is not a UUID names none. */
export function resolvePractitionerReference(reference: { id: string }) {
  return Promise.resolve(isUuid(reference.id) ? { id: reference.id } : null);
}
