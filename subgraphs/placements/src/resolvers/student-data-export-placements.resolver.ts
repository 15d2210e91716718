/** This subgraph's section of a student's data-subject export, which the universities subgraph owns. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { assertMayRequestStudentData } from '#hub/shared/data-subject-access';
import { DataSubjectRecordsScalar, exportColumns, exportRow, loadFound, type DataSubjectRecords } from '#hub/shared/data-subject-export';
import type { PlacementsContext } from '../context';
import { StudentDataExport } from '../types/student-data-export';

@Resolver(() => StudentDataExport)
export class StudentDataExportPlacementsResolver {
  @FieldResolver(() => DataSubjectRecordsScalar, {
    nullable: true,
    description:
      'Their placements (educators by id only), their skills days, and the quality ratings of their placements, for their university’s admins.',
  })
  async placements(@Root() subject: StudentDataExport, @Ctx() { loaders, principal }: PlacementsContext): Promise<DataSubjectRecords> {
    assertMayRequestStudentData(principal);
    const [placements, skills] = await Promise.all([
      loaders.placementsByStudent.load(subject.id),
      loaders.skillsDaysByStudent.load(subject.id),
    ]);
    const own = placements.filter((placement) => principal.isUniversityAdminOf(placement.universityId));
    const reviews = await loadFound(
      loaders.qaplByPlacement,
      own.map((placement) => placement.id),
    );
    return {
      placements: own.map((placement) => exportRow(placement)),
      skillsDays: skills && principal.isUniversityAdminOf(skills.universityId) ? exportRow(skills) : null,
      // QAPL judges the placement setting; its notes are the council's and the university's, not the student's.
      qaplReviews: reviews.map((review) => exportColumns(review, ['id', 'placementId', 'rating', 'completedOn', 'scrutinisedOn'])),
    };
  }
}
