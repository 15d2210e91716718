/** Any practitioner may be asked about: their teaching contributions are scoped row by row. */
export function resolvePractitionerReference(reference: { id: string }) {
  return Promise.resolve({ id: reference.id });
}
