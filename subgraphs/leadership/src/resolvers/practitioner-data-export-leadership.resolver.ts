/** The leadership section of a practitioner's data-subject export, which the councils subgraph owns. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { assertMayExportPractitionerData, mayExportPractitionerRow } from '#hub/shared/data-subject-access';
import { DataSubjectRecordsScalar, exportColumns, exportRow, loadAllRows, type DataSubjectRecords } from '#hub/shared/data-subject-export';
import type { LeadershipContext } from '../context';
import type { MentoringSession } from '../entities/mentoring-session.entity';
import type { MentoringRelationship } from '../entities/mentoring-relationship.entity';
import { PractitionerDataExport } from '../types/practitioner-data-export';

@Resolver(() => PractitionerDataExport)
export class PractitionerDataExportLeadershipResolver {
  @FieldResolver(() => DataSubjectRecordsScalar, {
    nullable: true,
    description:
      'Their pathway enrolments, ASYE, the ASYEs they assess (by id), CPD, and the mentoring they receive (with its sessions) and give (sessions’ dates and length only), as far as recorded with your council.',
  })
  async leadership(@Root() subject: PractitionerDataExport, @Ctx() { loaders, principal }: LeadershipContext): Promise<DataSubjectRecords> {
    assertMayExportPractitionerData(principal);
    const may = (row: { councilId: string }) => mayExportPractitionerRow(principal, subject.id, row.councilId);
    const [enrolments, asye, assessed, cpd, received, given, recordedCouncil] = await Promise.all([
      loaders.enrolmentsByPractitioner.load(subject.id),
      loaders.asyeByPractitioner.load(subject.id),
      loaders.dataSubject.asyeByAssessor.load(subject.id),
      loaders.cpdByPractitioner.load(subject.id),
      loaders.relationshipsByMentee.load(subject.id),
      loaders.relationshipsByMentorPractitioner.load(subject.id),
      loaders.recordedCouncilByPractitioner.load(subject.id),
    ]);
    const mentoringReceived = received.filter((relationship) => may({ councilId: relationship.menteeCouncilId }));
    // A relationship names the mentee's council, not the mentor's; the council the mentor is recorded with here stands for theirs.
    const mentoringGiven = given.filter(
      (relationship) =>
        may({ councilId: relationship.menteeCouncilId }) || (recordedCouncil !== null && may({ councilId: recordedCouncil })),
    );
    const sessions = await loadAllRows(
      loaders.sessionsByRelationship,
      [...mentoringReceived, ...mentoringGiven].map((relationship) => relationship.id),
    );
    const sessionsOf = (relationship: MentoringRelationship): MentoringSession[] =>
      sessions.filter((session) => session.relationshipId === relationship.id);
    return {
      pathwayEnrolments: enrolments.filter(may).map((row) => exportRow(row)),
      asyeRecords: asye.filter(may).map((row) => exportRow(row)),
      // Their part in another practitioner's ASYE: which record, whose, and when; its reviews and evidence are that practitioner's.
      asyeRecordsAssessed: assessed
        .filter(may)
        .map((row) =>
          exportColumns(row, ['id', 'practitionerId', 'assessorPractitionerId', 'councilId', 'programme', 'startedOn', 'endedOn']),
        ),
      cpdRecords: cpd.filter(may).map((row) => exportRow(row)),
      mentoringReceived: mentoringReceived.map((relationship) => ({
        ...exportRow(relationship),
        sessions: sessionsOf(relationship).map((session) => exportRow(session)),
      })),
      // The topics of mentoring they give are about the mentee.
      mentoringGiven: mentoringGiven.map((relationship) => ({
        ...exportRow(relationship),
        sessions: sessionsOf(relationship).map((session) => exportColumns(session, ['id', 'relationshipId', 'heldOn', 'minutes'])),
      })),
    };
  }
}
