/** What this subgraph adds to a partnership, which the councils subgraph owns: its placement rules, supply and students' practice days. */
import { Arg, Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { academicYearOf } from '#hub/shared/academic-year';
import { forbidden } from '#hub/shared/errors';
import { decodeCursor, pageInMemory, pageSize, toConnection } from '#hub/shared/pagination';
import { AcademicYearScalar } from '#hub/shared/scalars';
import type { PlacementsContext } from '../context';
import { PlacementSettings } from '../entities/placement-settings.entity';
import { Placement } from '../entities/placement.entity';
import { partnershipSupplyShown } from '../services/partnership-supply';
import { practiceDaysOf } from '../services/practice-days';
import { StudentPracticeDaysArgs, StudentPracticeDaysConnection } from '../types/connections';
import { PartnershipPlacementSupply, type StudentPracticeDays } from '../types/figures';
import { Partnership } from '../types/partnership';

@Resolver(() => Partnership)
export class PartnershipPlacementsResolver {
  @FieldResolver(() => PlacementSettings, {
    nullable: true,
    description: 'Its placement rules; the defaults until its admins change them.',
  })
  placementSettings(@Root() partnership: Partnership, @Ctx() { loaders }: PlacementsContext) {
    return loaders.settingsByPartnership.load(partnership.id);
  }

  @Directive('@requires(fields: "councils { id }")')
  @FieldResolver(() => PartnershipPlacementSupply, {
    nullable: true,
    description: 'Statutory placement supply against promises in an academic year (this one if not given), in total and per council.',
  })
  async placementSupply(
    @Root() partnership: Partnership,
    @Ctx() context: PlacementsContext,
    @Arg('academicYear', () => AcademicYearScalar, { nullable: true, description: 'The academic year; the current one when left out.' })
    academicYear?: string,
  ): Promise<PartnershipPlacementSupply> {
    return partnershipSupplyShown(partnership, academicYear ?? academicYearOf(context.today), context);
  }

  @FieldResolver(() => StudentPracticeDaysConnection, {
    nullable: true,
    description:
      'Every student placed through the partnership, by id, with their days toward 200 and any rules broken; `breach` keeps those breaking one rule. For its admins; names come from the student’s university only.',
  })
  async studentPracticeDays(@Root() partnership: Partnership, @Args() args: StudentPracticeDaysArgs, @Ctx() context: PlacementsContext) {
    const { principal, dataSource } = context;
    if (!principal.isPartnershipAdminOf(partnership.id)) {
      throw forbidden('Only an admin of this partnership sees its students’ practice days.');
    }
    const first = pageSize(args.first);
    const cursor = decodeCursor(args.after);
    const query = dataSource
      .getRepository(Placement)
      .createQueryBuilder('placement')
      .select('DISTINCT placement.studentId', 'studentId')
      .where('placement.partnershipId = :partnershipId', { partnershipId: partnership.id });
    // The same definition as Student.practiceDays: all the student's placements, under the strictest of their partnerships' rules.
    const withDays = (ids: string[]): Promise<(StudentPracticeDays & { id: string })[]> =>
      Promise.all(ids.map(async (id) => ({ id, student: { id }, practiceDays: await practiceDaysOf(id, context) })));
    if (args.breach) {
      // Who breaks a rule follows from each student's placements, so the whole list is worked out before it is paged.
      const ids = (await query.orderBy('"studentId"').getRawMany<{ studentId: string }>()).map((row) => row.studentId);
      const breaking = (await withDays(ids)).filter((node) => node.practiceDays.breaches.some((breach) => breach.code === args.breach));
      return toConnection(
        pageInMemory(breaking, (node) => node.id, { first, cursor }),
        (node) => node.id,
      );
    }
    const countQuery = query.clone();
    if (cursor) query.andWhere('placement.studentId > :after', { after: cursor.id });
    const rows = await query
      .orderBy('"studentId"')
      .limit(first + 1)
      .getRawMany<{ studentId: string }>();
    return toConnection(
      {
        nodes: await withDays(rows.slice(0, first).map((row) => row.studentId)),
        hasNextPage: rows.length > first,
        countAll: async () =>
          Number((await countQuery.select('COUNT(DISTINCT placement.studentId)', 'count').getRawOne<{ count: string }>())!.count),
      },
      (node) => node.id,
    );
  }
}
