/** PostgreSQL `numeric` arrives from the driver as a string, to keep precision; figures here fit a JS number. */
import type { ValueTransformer } from 'typeorm';

export const numericColumn: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
