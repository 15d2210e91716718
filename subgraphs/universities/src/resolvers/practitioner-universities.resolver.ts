/** What this subgraph adds to the councils subgraph's Practitioner: the teaching they contributed. */
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { UniversitiesContext } from '../context';
import { TeachingSession } from '../entities/teaching-session.entity';
import { academicYearOf } from '#hub/shared/academic-year';
import { summariseFacilitations } from '../rules/teaching-figures';
import { TeachingContributions } from '../types/figures';
import { Practitioner } from '../types/practitioner';
import { AcademicYearScalar } from '#hub/shared/scalars';

@Resolver(() => Practitioner)
export class PractitionerUniversitiesResolver {
  @FieldResolver(() => TeachingContributions, {
    nullable: true,
    description:
      'Sessions this practitioner facilitated in an academic year (this one if not given). Seen by themselves, their council’s admins, and the admins of the universities and partnerships that ran the sessions.',
  })
  async teachingContributions(
    @Root() practitioner: Practitioner,
    @Ctx() { loaders, today }: UniversitiesContext,
    @Arg('academicYear', () => AcademicYearScalar, {
      nullable: true,
      description: 'The academic year to count, e.g. 2025/26; the current one when not given.',
    })
    academicYear?: string,
  ): Promise<TeachingContributions> {
    const year = academicYear ?? academicYearOf(today);
    const rows = await loaders.visibleFacilitationsByPractitionerYear.load({ id: practitioner.id, academicYear: year });
    const sessions = await loaders.sessionById.loadMany(rows.map((row) => row.sessionId));
    const totals = summariseFacilitations(rows);
    return {
      academicYear: year,
      sessionCount: totals.sessions,
      coDeliveredSessions: totals.coDeliveredSessions,
      hours: totals.hours,
      sessions: sessions.filter((session): session is TeachingSession => session instanceof TeachingSession),
    };
  }
}
