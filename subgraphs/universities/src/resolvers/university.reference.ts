import type { UniversitiesContext } from '../context';

/** Universities are open to every signed-in user; references batch through the request's loader. */
export function resolveUniversityReference(reference: { id: string }, { loaders }: UniversitiesContext) {
  return loaders.universityById.load(reference.id);
}
