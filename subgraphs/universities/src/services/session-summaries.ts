/**
 * The published facts of the sessions a person's rows name, by session id, in one batch: what a
 * person needs to recognise a session in their data-subject export, without its other
 * facilitators and attendees.
 */
import { exportColumns, loadFound, type ExportedRow } from '#hub/shared/data-subject-export';
import type { UniversitiesContext } from '../context';

export async function sessionSummaries(sessionIds: readonly string[], { loaders }: UniversitiesContext): Promise<Map<string, ExportedRow>> {
  const sessions = await loadFound(loaders.sessionById, [...new Set(sessionIds)]);
  return new Map(
    sessions.map((session) => [
      session.id,
      exportColumns(session, ['id', 'universityId', 'title', 'topic', 'kind', 'startsAt', 'durationMinutes', 'place', 'cancelledAt']),
    ]),
  );
}
