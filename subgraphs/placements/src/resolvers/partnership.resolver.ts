import { Arg, Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { academicYearOf } from '#hub/shared/academic-year';
import { forbidden } from '#hub/shared/errors';
import { decodeCursor, pageSize, PageArgs, toConnection } from '#hub/shared/pagination';
import { AcademicYearScalar } from '#hub/shared/scalars';
import type { PlacementsContext } from '../context';
import { PlacementSettings } from '../entities/placement-settings.entity';
import { Placement } from '../entities/placement.entity';
import { summariseSupply } from '../rules/placement-supply';
import { StudentPracticeDaysConnection } from '../types/connections';
import { PartnershipPlacementSupply, type StudentPracticeDays } from '../types/figures';
import { Partnership } from '../types/partnership';
import { practiceDaysOf } from './practice-days';
import { shownPartnershipSupply } from './shown-supply';

@Resolver(() => Partnership)
export class PartnershipResolver {
  @FieldResolver(() => PlacementSettings, { description: 'Its placement rules; the defaults until its admins change them.' })
  placementSettings(@Root() partnership: Partnership, @Ctx() { loaders }: PlacementsContext) {
    return loaders.settingsByPartnership.load(partnership.id);
  }

  @Directive('@requires(fields: "councils { id }")')
  @FieldResolver(() => PartnershipPlacementSupply, {
    description: 'Statutory placement supply against promises in an academic year (this one if not given), in total and per council.',
  })
  async placementSupply(
    @Root() partnership: Partnership,
    @Ctx() { principal, loaders, today }: PlacementsContext,
    @Arg('academicYear', () => AcademicYearScalar, { nullable: true, description: 'The academic year; the current one when left out.' })
    academicYear?: string,
  ): Promise<PartnershipPlacementSupply> {
    const key = { id: partnership.id, academicYear: academicYear ?? academicYearOf(today) };
    const [commitments, offers, placements] = await Promise.all([
      loaders.commitmentsByPartnershipYear.load(key),
      loaders.offersByPartnershipYear.load(key),
      loaders.placementsByPartnershipYear.load(key),
    ]);
    const supply = (councilId: string | null) => {
      const ofCouncil = <T extends { councilId: string }>(rows: T[]) =>
        councilId ? rows.filter((row) => row.councilId === councilId) : rows;
      const committed = ofCouncil(commitments).reduce((sum, row) => sum + row.statutoryPlaces, 0);
      return {
        council: councilId ? { id: councilId } : null,
        academicYear: key.academicYear,
        ...summariseSupply(committed, ofCouncil(offers), ofCouncil(placements)),
      };
    };
    const members = (partnership.councils ?? []).map((council) => council.id);
    const others = [...new Set([...commitments, ...offers].map((row) => row.councilId))].filter((id) => !members.includes(id)).sort();
    const councilIds = [...members, ...others];
    const byCouncil = councilIds.map(supply);
    // One council offering more than it promised does not make up another's shortfall.
    const total = { ...supply(null), shortfall: byCouncil.reduce((sum, row) => sum + row.shortfall, 0) };
    // A council's admin reads its supply to this partnership exactly on Council.placementSupply(partnershipId).
    const shown = shownPartnershipSupply(total, byCouncil, {
      exact: principal.isPartnershipAdminOf(partnership.id),
      knowsRow: (index) => principal.isCouncilAdminOf(councilIds[index]),
    });
    return { academicYear: key.academicYear, total: shown.total, byCouncil: shown.rows };
  }

  @FieldResolver(() => StudentPracticeDaysConnection, {
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
