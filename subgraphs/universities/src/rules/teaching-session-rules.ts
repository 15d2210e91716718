/** Checks on a teaching session's own fields, each reported against the field it concerns. */
import type { UserErrors } from '#hub/shared/errors';
import { checkText } from '#hub/shared/input-checks';

export const MIN_DURATION_MINUTES = 15;
export const MAX_DURATION_MINUTES = 480;
export const MAX_CAPACITY = 500;

export interface TeachingSessionFields {
  readonly title?: string | null;
  readonly topic?: string | null;
  readonly place?: string | null;
  readonly startsAt?: Date | null;
  readonly durationMinutes?: number | null;
  readonly capacity?: number | null;
}

/** The given fields cleaned (texts trimmed); fields not given stay undefined. */
export function checkTeachingSessionFields(input: TeachingSessionFields, errors: UserErrors) {
  const text = (field: 'title' | 'topic' | 'place') => (input[field] == null ? undefined : checkText(errors, field, input[field]!, 160));
  const cleaned = { title: text('title'), topic: text('topic'), place: text('place') };
  checkWholeNumber(errors, 'durationMinutes', input.durationMinutes, MIN_DURATION_MINUTES, MAX_DURATION_MINUTES);
  checkWholeNumber(errors, 'capacity', input.capacity, 1, MAX_CAPACITY);
  const year = input.startsAt?.getUTCFullYear();
  if (year !== undefined && (year < 2000 || year > 2100)) {
    errors.add('startsAt', 'OUT_OF_RANGE', `startsAt must fall between the years 2000 and 2100; got ${input.startsAt!.toISOString()}.`);
  }
  return cleaned;
}

function checkWholeNumber(errors: UserErrors, field: string, value: number | null | undefined, min: number, max: number): void {
  if (value != null && (!Number.isInteger(value) || value < min || value > max)) {
    errors.add(field, 'OUT_OF_RANGE', `${field} must be a whole number from ${min} to ${max}; got ${value}.`);
  }
}
