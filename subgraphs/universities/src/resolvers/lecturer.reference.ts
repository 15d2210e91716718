import type { UniversitiesContext } from '../context';

/** Lecturers are named to every role but the aggregate-only one, exactly as through the root field. */
export async function resolveLecturerReference(reference: { id: string }, { loaders }: UniversitiesContext) {
  loaders.scope.assertMaySeeStaff();
  return loaders.lecturerById.load(reference.id);
}
