/** What this subgraph adds to a partnership, which the councils subgraph owns: its placement rules, supply and students' practice days. */
import { Arg, Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { academicYearOf } from '#hub/shared/academic-year';
import { forbidden } from '#hub/shared/errors';
import { decodeCursor, pageSize, PageArgs, toConnection } from '#hub/shared/pagination';
import { AcademicYearScalar } from '#hub/shared/scalars';
import type { PlacementsContext } from '../context';
import { PlacementSettings } from '../entities/placement-settings.entity';
import { Placement } from '../entities/placement.entity';
import { partnershipSupplyShown } from '../services/partnership-supply';
import { practiceDaysOf } from '../services/practice-days';
import { StudentPracticeDaysConnection } from '../types/connections';
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
      'Every student placed through the partnership, by id, with their days toward 200 and any rules broken. For its admins; names come from the student’s university only.',
  })
  async studentPracticeDays(@Root() partnership: Partnership, @Args() page: PageArgs, @Ctx() context: PlacementsContext) {
    const { principal, dataSource } = context;
    if (!principal.isPartnershipAdminOf(partnership.id)) {
      throw forbidden('Only an admin of this partnership sees its students’ practice days.');
    }
    const first = pageSize(page.first);
    const cursor = decodeCursor(page.after);
    const query = dataSource
      .getRepository(Placement)
      .createQueryBuilder('placement')
      .select('DISTINCT placement.studentId', 'studentId')
      .where('placement.partnershipId = :partnershipId', { partnershipId: partnership.id });
    const countQuery = query.clone();
    if (cursor) query.andWhere('placement.studentId > :after', { after: cursor.id });
    const rows = await query
      .orderBy('"studentId"')
      .limit(first + 1)
      .getRawMany<{ studentId: string }>();
    const studentIds = rows.slice(0, first).map((row) => row.studentId);
    // The same definition as Student.practiceDays: all the student's placements, under the strictest of their partnerships' rules.
    const nodes: (StudentPracticeDays & { id: string })[] = await Promise.all(
      studentIds.map(async (id) => ({ id, student: { id }, practiceDays: await practiceDaysOf(id, context) })),
    );
    return toConnection(
      {
        nodes,
        hasNextPage: rows.length > first,
        countAll: async () =>
          Number((await countQuery.select('COUNT(DISTINCT placement.studentId)', 'count').getRawOne<{ count: string }>())!.count),
      },
      (node) => node.id,
    );
  }
}
