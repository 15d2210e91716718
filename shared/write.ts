/**
 * Runs a mutation's writes in one transaction and turns the unique-constraint violations that a
 * concurrent writer can still cause (after our own checks passed) into user errors.
 */
import type { DataSource, DeepPartial, EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { UserErrors, uniqueViolationConstraint, type UserError } from './errors';
import type { UserErrorCode } from './user-error-codes';

export interface UniqueConflict {
  readonly field: string;
  readonly code: UserErrorCode;
  readonly message: string;
}

export type WriteResult<T> = { ok: true; value: T } | { ok: false; userErrors: UserError[] };

export async function writeInTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  conflicts: Record<string, UniqueConflict>,
): Promise<WriteResult<T>> {
  try {
    return { ok: true, value: await dataSource.transaction(work) };
  } catch (error) {
    const constraint = uniqueViolationConstraint(error);
    const conflict = constraint === null ? undefined : (conflicts[constraint] ?? conflicts['*']);
    if (!conflict) throw error;
    return { ok: false, userErrors: new UserErrors().add(conflict.field, conflict.code, conflict.message).list };
  }
}

/**
 * Inserts a new row. Unlike `save()`, which looks the id up first and then updates, this never
 * overwrites an existing row that has the same id: a clash is a unique violation.
 */
export async function insertNew<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  values: DeepPartial<T>,
): Promise<T> {
  const row = manager.create(target, values);
  await manager.insert(target, row as QueryDeepPartialEntity<T>);
  return row;
}

/**
 * Updates only the fields given (undefined means "leave as it is", null clears a nullable
 * field) and returns the row as stored. Writing just those columns means a concurrent update
 * of other fields is never overwritten with values read earlier.
 */
export async function updateFields<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  id: string,
  fields: { [K in keyof T]?: T[K] | undefined },
): Promise<T> {
  const changes = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  if (Object.keys(changes).length > 0) await manager.update(target, id, changes as QueryDeepPartialEntity<T>);
  return manager.findOneByOrFail(target, { id } as never);
}

/** Reads a row and locks it until the transaction ends, so a check and the write that follows cannot interleave with another's. */
export function lockRow<T extends ObjectLiteral & { id: string }>(manager: EntityManager, target: EntityTarget<T>, id: string): Promise<T> {
  return manager.getRepository(target).findOneOrFail({ where: { id } as never, lock: { mode: 'pessimistic_write' } });
}

/** Inserts a row, or replaces the one with the same key, in one transaction, and reads it back as stored. */
export function upsertRow<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  values: QueryDeepPartialEntity<T>,
  key: readonly (keyof T & string)[],
): Promise<T> {
  return dataSource.transaction(async (manager) => {
    await manager.upsert(entity, values, [...key]);
    // The key's columns, with the values just written: TypeORM cannot type them for a generic entity.
    const where = Object.fromEntries(key.map((column) => [column, (values as Record<string, unknown>)[column]])) as FindOptionsWhere<T>;
    return manager.findOneByOrFail(entity, where);
  });
}
