/** This subgraph's section of a practitioner's data-subject export, which the councils subgraph owns. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { assertMayExportPractitionerData, mayExportPractitionerRow } from '#hub/shared/data-subject-access';
import { DataSubjectRecordsScalar, exportColumns, exportRow, loadAllRows, type DataSubjectRecords } from '#hub/shared/data-subject-export';
import type { PlacementsContext } from '../context';
import { PractitionerDataExport } from '../types/practitioner-data-export';

@Resolver(() => PractitionerDataExport)
export class PractitionerDataExportPlacementsResolver {
  @FieldResolver(() => DataSubjectRecordsScalar, {
    nullable: true,
    description:
      'Their practice educator registrations, the placements they supervised (students by id only) and the offers naming them, as far as recorded with your council.',
  })
  async placements(@Root() subject: PractitionerDataExport, @Ctx() { loaders, principal }: PlacementsContext): Promise<DataSubjectRecords> {
    assertMayExportPractitionerData(principal);
    const registrations = (await loaders.educatorsByPractitioner.load(subject.id)).filter((row) =>
      mayExportPractitionerRow(principal, subject.id, row.councilId),
    );
    const educatorIds = registrations.map((row) => row.id);
    const [supervised, offers] = await Promise.all([
      loadAllRows(loaders.dataSubject.placementsByEducator, educatorIds),
      loadAllRows(loaders.dataSubject.offersByEducator, educatorIds),
    ]);
    return {
      practiceEducatorRegistrations: registrations.map((row) => exportRow(row)),
      // The educator's part in each placement; its reviews and notes are the student's record.
      placementsSupervised: supervised.map((placement) =>
        exportColumns(placement, [
          'id',
          'practiceEducatorId',
          'offerId',
          'partnershipId',
          'councilId',
          'universityId',
          'studentId',
          'level',
          'setting',
          'startsOn',
          'endsOn',
          'status',
          'endedOn',
        ]),
      ),
      placementOffersAsEducator: offers.map((offer) =>
        exportColumns(offer, [
          'id',
          'practiceEducatorId',
          'partnershipId',
          'councilId',
          'teamId',
          'academicYear',
          'setting',
          'level',
          'startsOn',
          'endsOn',
        ]),
      ),
    };
  }
}
