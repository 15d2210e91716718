import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { isIsoDate } from '#hub/shared/iso-date';
import { loadChildConnection } from '#hub/shared/loaders';
import { PageArgs } from '#hub/shared/pagination';
import type { UniversitiesContext } from '../context';
import { academicYearOf } from '#hub/shared/academic-year';
import { summariseFacilitations, summariseVisits, type FacilitationRow, type VisitRow } from '../rules/teaching-figures';
import { ShadowingVisitConnection } from '../types/connections';
import { Council } from '../types/council';
import { CouncilTeachingFigures } from '../types/figures';
import { AcademicYearScalar } from '#hub/shared/scalars';
import { shownCouncilTeaching, type RawCouncilTeaching } from './shown-teaching-figures';

@Resolver(() => Council)
export class CouncilResolver {
  @FieldResolver(() => ShadowingVisitConnection, {
    description: 'Lecturers’ visits to this council by date, as far as you may see them: all of them for its own admins.',
  })
  shadowingVisits(@Root() council: Council, @Args() page: PageArgs, @Ctx() { loaders }: UniversitiesContext) {
    return loadChildConnection(loaders.visibleVisitsByCouncil, council.id, page, (visit) => visit.visitOn, isIsoDate);
  }

  @FieldResolver(() => CouncilTeachingFigures, {
    description:
      'This council’s practitioners teaching and its shadowing visits in an academic year (this one if not given), across all universities.',
  })
  async teaching(
    @Root() council: Council,
    @Ctx() { principal, loaders, today }: UniversitiesContext,
    @Arg('academicYear', () => AcademicYearScalar, {
      nullable: true,
      description: 'The academic year to count, e.g. 2025/26; the current one when not given.',
    })
    academicYear?: string,
  ): Promise<CouncilTeachingFigures> {
    const key = { id: council.id, academicYear: academicYear ?? academicYearOf(today) };
    const [facilitations, visits] = await Promise.all([
      loaders.facilitationsByCouncilYear.load(key),
      loaders.visitsByCouncilYear.load(key),
    ]);
    return shownCouncilTeaching(
      councilFigures(council.id, key.academicYear, facilitations, visits),
      principal.isCouncilAdminOf(council.id),
    );
  }
}

export function councilFigures(
  councilId: string,
  academicYear: string,
  facilitations: readonly FacilitationRow[],
  visits: readonly VisitRow[],
): RawCouncilTeaching {
  return {
    councilId,
    academicYear,
    practitionerTeaching: summariseFacilitations(facilitations),
    shadowing: summariseVisits(visits),
  };
}
