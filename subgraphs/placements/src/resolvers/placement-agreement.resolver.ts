/**
 * A partnership's placement promises for a year, against what happened. The promises are the
 * placement rules and commitments the partnership already keeps here (PlacementSettings and
 * placement commitments), so they have one source; every signed-in user reads them, with small
 * counts withheld as in placementSupply.
 */
import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { academicYearBounds, academicYearOf } from '#hub/shared/academic-year';
import { agreementProgress, AgreementMeasure } from '#hub/shared/agreement-progress';
import { withholdSmallCounts } from '#hub/shared/small-counts';
import { AcademicYearScalar } from '#hub/shared/scalars';
import type { PlacementsContext } from '../context';
import { countsTowardRequirements } from '../rules/student-placements';
import { partnershipSupplyShown } from '../services/partnership-supply';
import { practiceDaysOf } from '../services/practice-days';
import type { PlacementSupply } from '../types/figures';
import { Partnership } from '../types/partnership';
import { PlacementAgreementProgress } from '../types/placement-agreement';

@Resolver(() => Partnership)
export class PlacementAgreementResolver {
  @Directive('@requires(fields: "councils { id }")')
  @FieldResolver(() => PlacementAgreementProgress, {
    nullable: true,
    description:
      'What the partnership promises of placements in an academic year (this one if not given): statutory placements per student and its councils’ commitments, against the year’s students and allocations.',
  })
  async placementAgreement(
    @Root() partnership: Partnership,
    @Ctx() context: PlacementsContext,
    @Arg('academicYear', () => AcademicYearScalar, {
      nullable: true,
      description: 'The academic year, e.g. 2025/26; the current one when left out.',
    })
    academicYear?: string,
  ): Promise<PlacementAgreementProgress> {
    const { principal, loaders, today } = context;
    const year = academicYear ?? academicYearOf(today);
    const [settings, supply, placements] = await Promise.all([
      loaders.settingsByPartnership.load(partnership.id),
      partnershipSupplyShown(partnership, year, context),
      loaders.placementsByPartnershipYear.load({ id: partnership.id, academicYear: year }),
    ]);
    const studentIds = [...new Set(placements.filter(countsTowardRequirements).map((placement) => placement.studentId))];
    const summaries = await Promise.all(studentIds.map((id) => practiceDaysOf(id, context)));
    const onCourse = summaries.filter(
      (summary) => !summary.breaches.some((breach) => breach.code === 'STATUTORY_REQUIREMENT_NOT_MET'),
    ).length;
    const students = withholdSmallCounts(
      { studentsPlaced: studentIds.length, studentsOnCourse: onCourse },
      { counts: ['studentsPlaced', 'studentsOnCourse'], complements: [{ whole: ['studentsPlaced'], part: 'studentsOnCourse' }] },
      principal.isPartnershipAdminOf(partnership.id),
    );
    const period = academicYearBounds(year);
    const committed = (figures: PlacementSupply) =>
      agreementProgress(AgreementMeasure.STATUTORY_PLACES_COMMITTED, figures.committedStatutoryPlaces, figures.allocatedStatutoryPlaces, {
        shape: 'level',
        period,
        today,
        withheld: figures.suppressed.includes('allocatedStatutoryPlaces'),
      });
    const withheldShare = students.suppressed.length > 0;
    const share =
      withheldShare || students.studentsPlaced === 0
        ? null
        : Math.round((students.studentsOnCourse! / students.studentsPlaced!) * 10_000) / 10_000;
    return {
      academicYear: year,
      statutoryPlacementsPerStudent: settings.statutoryPlacementsRequired,
      ...students,
      progress: [
        agreementProgress(AgreementMeasure.STUDENTS_WITH_STATUTORY_PLACEMENTS, 1, share, {
          shape: 'level',
          period,
          today,
          withheld: withheldShare,
        }),
        committed(supply.total),
      ],
      byCouncil: supply.byCouncil.map((row) => ({ council: row.council!, progress: [committed(row)] })),
    };
  }
}
