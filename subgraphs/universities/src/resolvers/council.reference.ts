/** Any council may be asked about: what this subgraph adds to it is scoped field by field. */
export function resolveCouncilReference(reference: { id: string }) {
  return Promise.resolve({ id: reference.id });
}
