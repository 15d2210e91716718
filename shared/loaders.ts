/**
 * DataLoader helpers. Create loaders per request (in the context factory), never per process:
 * a loader caches what it loaded, and a cache shared between users would leak and go stale.
 * Batch functions run one `IN (...)`-style statement and answer in key order, `null` for a miss.
 */
import DataLoader from 'dataloader';
import type { FindOptionsWhere, ObjectLiteral, Repository } from 'typeorm';
import { isUuid } from './input-checks';
import type { IsoDate } from './iso-date';
import { decodeCursor, pageSize, toConnection, type Connection, type Cursor, type Page, type PageArgs, type SortValue } from './pagination';

export function inKeyOrder<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): (T | null)[] {
  const byKey = new Map<K, T>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((key) => byKey.get(key) ?? null);
}

export function groupedInKeyOrder<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/** Loads entities by a unique column (the id by default) in one statement per batch. */
export function createByColumnLoader<T extends ObjectLiteral>(
  repository: Repository<T>,
  property: keyof T & string = 'id',
): DataLoader<string, T | null> {
  return new DataLoader(async (keys) => {
    // A malformed id cannot match a uuid column; asking PostgreSQL would only raise an error.
    const candidates = property === 'id' ? keys.filter(isUuid) : [...keys];
    if (candidates.length === 0) return keys.map(() => null);
    const rows = await repository.createQueryBuilder('row').where(`row.${property} IN (:...candidates)`, { candidates }).getMany();
    return inKeyOrder(keys, rows, (row) => row[property] as string);
  });
}

/** A span of days, both ends included: an academic or registration year. */
export interface DateRange {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/**
 * One loader per period, made the first time a request asks for that period: figures for a year
 * given as an argument batch like any other, and two years in one request cost a statement each.
 */
/** The values a `loadMany` answered, throwing the first error among them. */
export function settled<T>(values: readonly (T | Error)[]): T[] {
  return values.map((value) => {
    if (value instanceof Error) throw value;
    return value;
  });
}

/** A partnership's row for an academic year (its agreement's targets, say), or null when it has none. */
export function createPartnershipYearLoader<T extends ObjectLiteral & { partnershipId: string; academicYear: string }>(
  repository: Repository<T>,
): DataLoader<{ id: string; academicYear: string }, T | null, string> {
  return new DataLoader(
    async (keys) => {
      const asked = keys.filter((key) => isUuid(key.id));
      // TypeORM cannot type a where clause on a generic entity's columns; these two are in T's type.
      const where = asked.map(({ id, academicYear }) => ({ partnershipId: id, academicYear })) as unknown as FindOptionsWhere<T>[];
      const rows = asked.length === 0 ? [] : await repository.find({ where });
      return keys.map((key) => rows.find((row) => row.partnershipId === key.id && row.academicYear === key.academicYear) ?? null);
    },
    { cacheKeyFn: (key) => `${key.id}|${key.academicYear}` },
  );
}

export function perPeriod<L>(create: (period: DateRange) => L): (period: DateRange) => L {
  const made = new Map<string, L>();
  return (period) => {
    const key = `${period.from}/${period.to}`;
    let loader = made.get(key);
    if (!loader) {
      loader = create({ from: period.from, to: period.to });
      made.set(key, loader);
    }
    return loader;
  };
}

/**
 * All rows of a child table per parent, in order, in one statement per batch: for lists bounded
 * by their parent (a session's attendees, a pathway's stages), not for lists that can grow freely.
 */
export function createGroupedLoader<T extends ObjectLiteral & { id: string }>(
  repository: Repository<T>,
  parentProperty: keyof T & string,
  sortProperty: keyof T & string,
  /** An extra condition on the rows (aliased `row`), e.g. only this year's. */
  condition?: ChildCondition,
): DataLoader<string, T[]> {
  return new DataLoader(async (parentIds) => {
    const candidates = parentIds.filter(isUuid);
    if (candidates.length === 0) return parentIds.map(() => []);
    const rows = await repository
      .createQueryBuilder('row')
      .where(`row.${parentProperty} IN (:...candidates)`, { candidates })
      .andWhere(condition?.sql ?? 'true', condition?.parameters ?? {})
      .orderBy(`row.${sortProperty}`)
      .addOrderBy('row.id')
      .getMany();
    return groupedInKeyOrder(parentIds, rows, (row) => row[parentProperty] as string);
  });
}

export interface ChildPageKey {
  readonly parentId: string;
  readonly first: number;
  readonly cursor: Cursor | null;
}

export interface ChildListOptions<T extends ObjectLiteral> {
  readonly repository: Repository<T>;
  /** The property holding the parent's id, e.g. `councilId`. */
  readonly parentProperty: keyof T & string;
  /** The property the list is ordered by; the id breaks ties. */
  readonly sortProperty: keyof T & string;
  /**
   * An extra SQL condition on the child table (aliased `child`), e.g. current rows only; a
   * function when it depends on who is asking and needs parameters worked out first.
   */
  readonly condition?: string | (() => Promise<ChildCondition>);
}

export interface ChildCondition {
  readonly sql: string;
  readonly parameters: Record<string, unknown>;
}

async function resolveCondition(condition: ChildListOptions<ObjectLiteral>['condition']): Promise<ChildCondition | null> {
  if (condition === undefined) return null;
  return typeof condition === 'string' ? { sql: condition, parameters: {} } : condition();
}

/**
 * Pages of children for many parents in one statement per distinct page request: a window
 * function numbers each parent's children and keeps the first `first + 1` of each.
 */
export function createChildPageLoader<T extends ObjectLiteral & { id: string }>(
  options: ChildListOptions<T>,
): DataLoader<ChildPageKey, Page<T>, string> {
  const { repository, parentProperty, sortProperty, condition } = options;
  const counts = createChildCountLoader(options);
  const metadata = repository.metadata;
  const column = (property: string) => `"${metadata.findColumnWithPropertyName(property)!.databaseName}"`;

  return new DataLoader(
    async (keys) => {
      const requests = new Map<string, ChildPageKey[]>();
      for (const key of keys) {
        const request = JSON.stringify([key.first, key.cursor]);
        requests.set(request, [...(requests.get(request) ?? []), key]);
      }
      const pages = new Map<ChildPageKey, Page<T>>();
      const extra = await resolveCondition(condition);
      for (const sameRequest of requests.values()) {
        const { first, cursor } = sameRequest[0];
        const parentIds = sameRequest.map((key) => key.parentId);
        const filters = [`child.${column(parentProperty)} = ANY(:parentIds)`];
        if (extra) filters.push(extra.sql);
        if (cursor) filters.push(`(child.${column(sortProperty)}, child."id") > (:cursorSortValue, :cursorId)`);
        const ranked =
          `SELECT ranked.id FROM (SELECT child."id", row_number() OVER (PARTITION BY child.${column(parentProperty)} ` +
          `ORDER BY child.${column(sortProperty)}, child."id") AS position FROM ${metadata.tablePath} child ` +
          `WHERE ${filters.join(' AND ')}) ranked WHERE ranked.position <= :limit`;
        const rows = await repository
          .createQueryBuilder('row')
          .where(`row.id IN (${ranked})`, {
            ...extra?.parameters,
            parentIds,
            limit: first + 1,
            cursorSortValue: cursor?.sortValue,
            cursorId: cursor?.id,
          })
          .orderBy(`row.${sortProperty}`, 'ASC')
          .addOrderBy('row.id', 'ASC')
          .getMany();
        const grouped = groupedInKeyOrder(parentIds, rows, (row) => row[parentProperty] as string);
        sameRequest.forEach((key, index) => {
          const children = grouped[index];
          pages.set(key, {
            nodes: children.slice(0, first),
            hasNextPage: children.length > first,
            countAll: () => counts.load(key.parentId),
          });
        });
      }
      return keys.map((key) => pages.get(key)!);
    },
    { cacheKeyFn: (key) => JSON.stringify([key.parentId, key.first, key.cursor]) },
  );
}

/** How many children each parent has, in one grouped statement per batch. */
export function createChildCountLoader<T extends ObjectLiteral>(options: ChildListOptions<T>): DataLoader<string, number> {
  const { repository, parentProperty, condition } = options;
  return new DataLoader(async (parentIds) => {
    const query = repository
      .createQueryBuilder('child')
      .select(`child.${parentProperty}`, 'parentId')
      .addSelect('COUNT(*)', 'count')
      .where(`child.${parentProperty} IN (:...parentIds)`, { parentIds })
      .groupBy(`child.${parentProperty}`);
    const extra = await resolveCondition(condition);
    if (extra) query.andWhere(extra.sql, extra.parameters);
    const rows = await query.getRawMany<{ parentId: string; count: string }>();
    const byParent = new Map(rows.map((row) => [row.parentId, Number(row.count)]));
    return parentIds.map((id) => byParent.get(id) ?? 0);
  });
}

/** A parent's page of children as a connection, through the request's child-page loader. */
export async function loadChildConnection<T extends { id: string }>(
  loader: DataLoader<ChildPageKey, Page<T>, string>,
  parentId: string,
  args: PageArgs,
  sortValueOf: (node: T) => SortValue,
  isValidSortValue?: (value: SortValue) => boolean,
): Promise<Connection<T>> {
  const page = await loader.load({ parentId, first: pageSize(args.first), cursor: decodeCursor(args.after, isValidSortValue) });
  return toConnection(page, sortValueOf);
}
