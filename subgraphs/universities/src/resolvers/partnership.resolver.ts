import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { UniversitiesContext } from '../context';
import { University } from '../entities/university.entity';
import { academicYearBounds, academicYearOf } from '#hub/shared/academic-year';
import { summariseFacilitations, summariseSessions, summariseVisits } from '../rules/teaching-figures';
import { PartnershipTeachingFigures } from '../types/figures';
import { Partnership } from '../types/partnership';
import { AcademicYearScalar } from '#hub/shared/scalars';
import { councilFigures } from './council.resolver';
import { shownPartnershipTeaching } from './shown-teaching-figures';

@Resolver(() => Partnership)
export class PartnershipResolver {
  @FieldResolver(() => [University], { description: 'Member universities, in name order.' })
  async universities(@Root() partnership: Partnership, @Ctx() { loaders }: UniversitiesContext): Promise<University[]> {
    const ids = await loaders.universityIdsByPartnership.load(partnership.id);
    return (await loaders.universityById.loadMany(ids)).filter((row): row is University => row instanceof University);
  }

  @Directive('@requires(fields: "councils { id }")')
  @FieldResolver(() => PartnershipTeachingFigures, {
    description: 'Teaching and shadowing by the member universities in an academic year (this one if not given), in total and per council.',
  })
  async teaching(
    @Root() partnership: Partnership,
    @Ctx() { principal, loaders, today }: UniversitiesContext,
    @Arg('academicYear', () => AcademicYearScalar, {
      nullable: true,
      description: 'The academic year to count, e.g. 2025/26; the current one when not given.',
    })
    academicYear?: string,
  ): Promise<PartnershipTeachingFigures> {
    const year = academicYear ?? academicYearOf(today);
    const key = { id: partnership.id, academicYear: year };
    const [sessions, facilitations, visits] = await Promise.all([
      loaders.sessionRowsByPartnershipYear.load(key),
      loaders.facilitationsByPartnershipYear.load(key),
      loaders.visitsByPartnershipYear.load(key),
    ]);
    const memberCouncilIds = (partnership.councils ?? []).map((council) => council.id);
    const otherCouncilIds = [...new Set([...facilitations, ...visits].map((row) => row.councilId))]
      .filter((id) => !memberCouncilIds.includes(id))
      .sort();
    const councilIds = [...memberCouncilIds, ...otherCouncilIds];
    const figures = {
      academicYear: year,
      ...academicYearBounds(year),
      ...summariseSessions(sessions),
      practitionerTeaching: summariseFacilitations(facilitations),
      shadowing: summariseVisits(visits),
      byCouncil: councilIds.map((councilId) =>
        councilFigures(
          councilId,
          year,
          facilitations.filter((row) => row.councilId === councilId),
          visits.filter((row) => row.councilId === councilId),
        ),
      ),
    };
    // A council's admin reads their council's practitioners' sessions and the visits it hosted, so its row is no secret to them.
    return shownPartnershipTeaching(figures, {
      exact: principal.isPartnershipAdminOf(partnership.id),
      knowsRow: (index) => principal.isCouncilAdminOf(councilIds[index]),
    });
  }
}
