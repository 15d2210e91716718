/**
 * The list a partnership works from to see who co-delivers its teaching: every practitioner who
 * facilitated a member university's session with a lecturer in the year, by member council. For
 * the partnership's admins, who read those practitioners' council records already.
 */
import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { academicYearOf } from '#hub/shared/academic-year';
import { forbidden } from '#hub/shared/errors';
import { memberCouncilsAsked } from '#hub/shared/member-councils';
import { decodeCursor, pageInMemory, pageSize, toConnection } from '#hub/shared/pagination';
import type { UniversitiesContext } from '../context';
import { summariseFacilitations } from '../rules/teaching-figures';
import {
  CoDeliveringPractitionerConnection,
  CoDeliveringPractitionersArgs,
  type CoDeliveringPractitioner,
} from '../types/co-delivering-practitioner';
import { Partnership } from '../types/partnership';

/** By council, then by practitioner id. */
const sortValueOf = (row: CoDeliveringPractitioner) => row.council.id;

@Resolver(() => Partnership)
export class CoDeliveringPractitionersResolver {
  @Directive('@requires(fields: "councils { id }")')
  @FieldResolver(() => CoDeliveringPractitionerConnection, {
    nullable: true,
    description:
      'Practitioners of member councils who co-delivered member universities’ sessions with a lecturer in an academic year, by council. For the partnership’s admins.',
  })
  async coDeliveringPractitioners(
    @Root() partnership: Partnership,
    @Args() args: CoDeliveringPractitionersArgs,
    @Ctx() { principal, loaders, today }: UniversitiesContext,
  ) {
    if (!principal.isPartnershipAdminOf(partnership.id)) {
      throw forbidden('Only an admin of this partnership sees who co-delivers its teaching.');
    }
    const first = pageSize(args.first);
    const cursor = decodeCursor(args.after);
    const councilIds = new Set(memberCouncilsAsked(partnership, args.councilId));
    const rows = await loaders.facilitationsByPartnershipYear.load({
      id: partnership.id,
      academicYear: args.academicYear ?? academicYearOf(today),
    });
    const byPractitioner = new Map<string, typeof rows>();
    for (const row of rows) {
      if (!councilIds.has(row.councilId)) continue;
      byPractitioner.set(row.practitionerId, [...(byPractitioner.get(row.practitionerId) ?? []), row]);
    }
    const practitioners: CoDeliveringPractitioner[] = [...byPractitioner.entries()]
      .map(([practitionerId, facilitations]) => {
        const totals = summariseFacilitations(facilitations);
        return {
          id: practitionerId,
          practitioner: { id: practitionerId },
          council: { id: facilitations[0].councilId },
          sessions: totals.sessions,
          coDeliveredSessions: totals.coDeliveredSessions,
          teachingHours: totals.hours,
        };
      })
      .filter((row) => row.coDeliveredSessions > 0);
    return toConnection(pageInMemory(practitioners, sortValueOf, { first, cursor }), sortValueOf);
  }
}
