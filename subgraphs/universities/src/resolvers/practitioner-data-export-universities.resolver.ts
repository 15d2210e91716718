/** This subgraph's section of a practitioner's data-subject export: the teaching records that name them. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { assertMayExportPractitionerData, mayExportPractitionerRow } from '#hub/shared/data-subject-access';
import { DataSubjectRecordsScalar, exportColumns, exportRow, type DataSubjectRecords } from '#hub/shared/data-subject-export';
import type { UniversitiesContext } from '../context';
import { PractitionerDataExport } from '../types/practitioner-data-export';
import { sessionSummaries } from '../services/session-summaries';

@Resolver(() => PractitionerDataExport)
export class PractitionerDataExportUniversitiesResolver {
  @FieldResolver(() => DataSubjectRecordsScalar, {
    nullable: true,
    description:
      'Sessions they facilitated and attended (with each session’s published facts) and shadowing visits they hosted, as far as recorded with your council.',
  })
  async universities(@Root() subject: PractitionerDataExport, @Ctx() context: UniversitiesContext): Promise<DataSubjectRecords> {
    const { loaders, principal } = context;
    assertMayExportPractitionerData(principal);
    const visible = <T extends { councilId: string | null }>(rows: T[]) =>
      rows.filter((row) => row.councilId !== null && mayExportPractitionerRow(principal, subject.id, row.councilId));
    const [facilitations, attendances, visits] = await Promise.all([
      loaders.dataSubject.facilitationsByPractitioner.load(subject.id).then(visible),
      loaders.dataSubject.attendancesByPractitioner.load(subject.id).then(visible),
      loaders.dataSubject.visitsHostedByPractitioner.load(subject.id).then(visible),
    ]);
    const sessions = await sessionSummaries(
      [...facilitations, ...attendances].map((row) => row.sessionId),
      context,
    );
    return {
      teachingSessionsFacilitated: facilitations.map((row) => ({
        ...exportRow(row, ['lecturerId']),
        session: sessions.get(row.sessionId),
      })),
      teachingSessionsAttended: attendances.map((row) => ({ ...exportRow(row, ['studentId']), session: sessions.get(row.sessionId) })),
      // The visit's purpose and learning summary are the lecturer's, not the host's.
      shadowingVisitsHosted: visits.map((visit) =>
        exportColumns(visit, [
          'id',
          'universityId',
          'lecturerId',
          'councilId',
          'hostTeamId',
          'hostPractitionerId',
          'kind',
          'visitOn',
          'status',
          'hours',
        ]),
      ),
    };
  }
}
