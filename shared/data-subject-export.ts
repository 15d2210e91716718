/**
 * Data-subject exports: each subgraph answers with one JSON section of the rows it holds about a
 * person, by kind of record. A section is built from the stored rows themselves, so a column added
 * to a table reaches the export without anyone remembering to add it here.
 */
import type DataLoader from 'dataloader';
import { GraphQLError, GraphQLScalarType } from 'graphql';
import { isUuid } from './input-checks';

/** What one subgraph holds about a person: record kind → rows (or one row, or null). */
export type DataSubjectRecords = Record<string, unknown>;

export const DataSubjectRecordsScalar = new GraphQLScalarType<DataSubjectRecords, DataSubjectRecords>({
  name: 'DataSubjectRecords',
  description:
    'A JSON object: the rows one subgraph holds about a person, keyed by kind of record. Each row has its stored columns; other people appear by id only.',
  serialize(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new GraphQLError('DataSubjectRecords must be a JSON object.');
    }
    return value as DataSubjectRecords;
  },
  parseValue() {
    throw new GraphQLError('DataSubjectRecords is output only.');
  },
  parseLiteral() {
    throw new GraphQLError('DataSubjectRecords is output only.');
  },
});

/** A reference to an export entity in the subgraph that owns it: its sections check who may see them, so only a well-formed id is needed. */
export function resolveDataExportReference(
  reference: { id: string },
  { now }: { now: Date },
): Promise<{ id: string; exportedAt: Date } | null> {
  return Promise.resolve(isUuid(reference.id) ? { id: reference.id, exportedAt: now } : null);
}

export type ExportedRow = Record<string, unknown>;

/**
 * A stored row as plain JSON: every column the row was loaded with, timestamps as ISO strings.
 * Joined relations and getters are left out; `omit` leaves out columns that describe someone else.
 */
export function exportRow<T extends object>(row: T, omit: readonly (keyof T & string)[] = []): ExportedRow {
  const exported: ExportedRow = {};
  for (const [property, value] of Object.entries(row)) {
    if (omit.includes(property as keyof T & string) || value === undefined) continue;
    if (value instanceof Date) exported[property] = value.toISOString();
    else if (value === null || typeof value !== 'object' || Array.isArray(value)) exported[property] = value;
  }
  return exported;
}

/** Only the named columns of a row that belongs to someone else but mentions the subject. */
export function exportColumns<T extends object, K extends keyof T & string>(row: T, columns: readonly K[]): ExportedRow {
  return exportRow(Object.fromEntries(columns.map((column) => [column, row[column]])) as T);
}

/** Every row a grouped loader holds for these keys, in one batch; a failed batch fails the section. */
export async function loadAllRows<T>(loader: DataLoader<string, T[]>, keys: readonly string[]): Promise<T[]> {
  const groups = await loader.loadMany(keys);
  return groups.flatMap((group) => {
    if (group instanceof Error) throw group;
    return group;
  });
}

/** The rows a loader finds for these keys, in one batch, leaving out misses; a failed batch fails the section. */
export async function loadFound<T>(loader: DataLoader<string, T | null>, keys: readonly string[]): Promise<T[]> {
  const rows = await loader.loadMany(keys);
  return rows.flatMap((row) => {
    if (row instanceof Error) throw row;
    return row === null ? [] : [row];
  });
}
