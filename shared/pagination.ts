/**
 * Cursor pagination for every list that can grow. Lists are ordered by one sort column and the
 * id (keyset pagination), so a page never skips or repeats rows when others are added.
 * `first` is capped at MAX_PAGE_SIZE: asking for more is a BAD_USER_INPUT error, not a silent cut.
 */
import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badUserInput } from './errors';
import { isUuid } from './input-checks';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many to return: 1 to ${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}.` })
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string;
}

@Directive('@shareable')
@ObjectType({ description: 'Where a page of a list ends, and whether more follow.' })
export class PageInfo {
  @Field({ description: 'Whether another page follows this one.' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Pass it as `after` for the next page; null on an empty page.' })
  endCursor: string | null;
}

export type SortValue = string | number | null;

/** A position in a list: the sort value and id of the last row seen. */
export interface Cursor {
  readonly sortValue: SortValue;
  readonly id: string;
}

export function pageSize(first: number | null | undefined): number {
  if (first === undefined || first === null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`"first" must be from 1 to ${MAX_PAGE_SIZE}; got ${first}.`, 'first');
  }
  return first;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.sortValue, cursor.id])).toString('base64url');
}

/**
 * Reads an `after` argument. `isValidSortValue` checks the sort value is of the list's sort
 * column type (a date for a list ordered by date), so a forged cursor is a bad request, not a
 * database error.
 */
export function decodeCursor(after: string | null | undefined, isValidSortValue: (value: SortValue) => boolean = isText): Cursor | null {
  if (!after) return null;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (Array.isArray(decoded) && decoded.length === 2 && isUuid(decoded[1]) && isSortValue(decoded[0]) && isValidSortValue(decoded[0])) {
      return { sortValue: decoded[0], id: decoded[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw badUserInput('"after" is not a cursor this list gave out; pass a pageInfo.endCursor unchanged.', 'after');
}

function isText(value: SortValue): boolean {
  return typeof value === 'string';
}

/** PostgreSQL text cannot hold a NUL character: a cursor carrying one was not given out by a list, and would fail in SQL. */
function isSortValue(value: unknown): value is SortValue {
  return value === null || (typeof value === 'string' && !value.includes('\u0000')) || typeof value === 'number';
}

/** The page a list resolver returns; `countAll` is called only when totalCount is asked for. */
export interface Page<T> {
  readonly nodes: T[];
  readonly hasNextPage: boolean;
  readonly countAll: () => Promise<number>;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  /** A getter: the count runs only when a client asks for totalCount. */
  readonly totalCount: Promise<number>;
}

export function toConnection<T extends { id: string }>(page: Page<T>, sortValueOf: (node: T) => SortValue): Connection<T> {
  const edges = page.nodes.map((node) => ({ node, cursor: encodeCursor({ sortValue: sortValueOf(node), id: node.id }) }));
  return {
    edges,
    nodes: page.nodes,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    get totalCount() {
      return page.countAll();
    },
  };
}

/**
 * A page of a list worked out in memory (a rule decides who is in it, not SQL), ordered by sort
 * value and then id, compared by code point as a cursor compares them.
 */
export function pageInMemory<T extends { id: string }>(
  rows: readonly T[],
  sortValueOf: (row: T) => string,
  { first, cursor }: { first: number; cursor: Cursor | null },
): Page<T> {
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const ordered = [...rows].sort((a, b) => compare(sortValueOf(a), sortValueOf(b)) || compare(a.id, b.id));
  const after = cursor
    ? ordered.filter(
        (row) => compare(sortValueOf(row), String(cursor.sortValue)) > 0 || (sortValueOf(row) === cursor.sortValue && row.id > cursor.id),
      )
    : ordered;
  return { nodes: after.slice(0, first), hasNextPage: after.length > first, countAll: () => Promise.resolve(rows.length) };
}

/**
 * Declares `<Name>Connection` and `<Name>Edge` object types for a node type; `shareable` when
 * several subgraphs declare the same connection.
 */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string, { shareable = false } = {}) {
  const shareableIf = (): ClassDecorator => (shareable ? Directive('@shareable') : () => {});

  @shareableIf()
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with the cursor after it.` })
  class EdgeType {
    @Field({ description: 'Pass it as `after` to continue the list from here.' })
    cursor: string;

    @Field(() => nodeType, { description: `The ${name}.` })
    node: T;
  }

  @shareableIf()
  @ObjectType(`${name}Connection`, { description: `A page of ${name} records, in the list's order.` })
  class ConnectionClass {
    @Field(() => [EdgeType], { description: 'The page, each node with its cursor.' })
    edges: EdgeType[];

    @Field(() => [nodeType], { description: 'The nodes of the edges, for clients that need no cursors.' })
    nodes: T[];

    @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursor to ask for the next.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many match the filter, over all pages.' })
    totalCount: number;
  }
  return ConnectionClass;
}

export interface KeysetOptions {
  /** The entity property the list is ordered by (the id breaks ties). */
  readonly sortProperty: string;
  readonly first: number;
  readonly cursor: Cursor | null;
  /** Oldest or smallest first unless 'DESC'. */
  readonly direction?: 'ASC' | 'DESC';
}

/** Runs a filtered query builder as one page, in one statement, plus a lazy count. */
export async function fetchPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  { sortProperty, first, cursor, direction = 'ASC' }: KeysetOptions,
): Promise<Page<T>> {
  const alias = query.alias;
  const countQuery = query.clone();
  if (cursor) {
    query.andWhere(`(${alias}.${sortProperty}, ${alias}.id) ${direction === 'ASC' ? '>' : '<'} (:cursorSortValue, :cursorId)`, {
      cursorSortValue: cursor.sortValue,
      cursorId: cursor.id,
    });
  }
  const rows = await query
    .orderBy(`${alias}.${sortProperty}`, direction)
    .addOrderBy(`${alias}.id`, direction)
    .limit(first + 1)
    .getMany();
  return { nodes: rows.slice(0, first), hasNextPage: rows.length > first, countAll: () => countQuery.getCount() };
}
