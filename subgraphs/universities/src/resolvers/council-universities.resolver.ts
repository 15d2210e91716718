/** What this subgraph adds to the councils subgraph's Council: the visits it hosts and its teaching figures. */
import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { academicYearOf } from '#hub/shared/academic-year';
import { isIsoDate } from '#hub/shared/iso-date';
import { loadChildConnection } from '#hub/shared/loaders';
import { PageArgs } from '#hub/shared/pagination';
import { AcademicYearScalar } from '#hub/shared/scalars';
import type { UniversitiesContext } from '../context';
import { shownCouncilTeaching } from '../rules/shown-teaching-figures';
import { councilFigures } from '../rules/teaching-figure-tables';
import { ShadowingVisitConnection } from '../types/connections';
import { Council } from '../types/council';
import { CouncilTeachingFigures } from '../types/figures';

@Resolver(() => Council)
export class CouncilUniversitiesResolver {
  @FieldResolver(() => ShadowingVisitConnection, {
    nullable: true,
    description: 'Lecturers’ visits to this council by date, as far as you may see them: all of them for its own admins.',
  })
  shadowingVisits(@Root() council: Council, @Args() page: PageArgs, @Ctx() { loaders }: UniversitiesContext) {
    return loadChildConnection(loaders.visibleVisitsByCouncil, council.id, page, (visit) => visit.visitOn, isIsoDate);
  }

  @FieldResolver(() => CouncilTeachingFigures, {
    nullable: true,
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
