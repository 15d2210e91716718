import type { UniversitiesContext } from '../context';

/** Another subgraph asking for a student gets them only if the principal may see them; otherwise null. */
export async function resolveStudentReference(reference: { id: string }, { loaders }: UniversitiesContext) {
  const student = await loaders.studentById.load(reference.id);
  return student && loaders.scope.canSeeStudent(student) ? student : null;
}
