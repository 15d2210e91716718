/**
 * Input checks every subgraph's rules use. Each adds a user error naming the field and returns
 * the cleaned value, so a rule can report every problem with an input at once.
 */
import { badUserInput, type UserErrors } from './errors';
import { isIsoDate, type IsoDate } from './iso-date';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Trims a required single-line text and checks its length. */
export function checkText(errors: UserErrors, field: string, value: string, maxLength: number): string {
  const text = value.trim();
  if (text.length === 0) errors.add(field, 'REQUIRED', `${field} must not be empty.`);
  else if (text.length > maxLength) errors.add(field, 'TOO_LONG', `${field} must be at most ${maxLength} characters; got ${text.length}.`);
  else if (CONTROL_CHARACTERS.test(text)) errors.add(field, 'INVALID_CHARACTERS', `${field} must not contain control characters.`);
  return text;
}

export function checkNotFuture(errors: UserErrors, field: string, value: IsoDate | null | undefined, today: IsoDate): void {
  if (value && isIsoDate(value) && value > today) {
    errors.add(field, 'DATE_IN_FUTURE', `${field} must not be after today (${today}); got ${value}.`);
  }
}

export function checkNonNegative(errors: UserErrors, field: string, value: number | null | undefined, max: number): void {
  if (value === null || value === undefined) return;
  if (!Number.isFinite(value) || value < 0 || value > max) {
    errors.add(field, 'OUT_OF_RANGE', `${field} must be from 0 to ${max}; got ${value}.`);
  }
}

const MAX_SEARCH_LENGTH = 100;

/** An ILIKE pattern matching `text` anywhere, with LIKE's wildcards in `text` taken literally. */
export function containsPattern(text: string, argument: string): string {
  if (text.length > MAX_SEARCH_LENGTH || CONTROL_CHARACTERS.test(text)) {
    throw badUserInput(`"${argument}" must be plain text of at most ${MAX_SEARCH_LENGTH} characters.`, argument);
  }
  return `%${text.replace(/[\\%_]/g, (wildcard) => `\\${wildcard}`)}%`;
}

/** For query arguments: an id that is not a UUID can match nothing, so it is a bad request. */
export function assertUuidArgument(value: string | null | undefined, argument: string): void {
  if (value !== null && value !== undefined && !isUuid(value)) {
    throw badUserInput(`"${argument}" must be an id (a UUID); got "${value}".`, argument);
  }
}

/** NHS numbers (3-3-4 digits) and UK postcodes: the usual ways details of a person slip into notes. */
const NHS_NUMBER = /\b\d{3}[ -]?\d{3}[ -]?\d{4}\b/;
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/i;

/**
 * A short free text that must say nothing about people who use services. Only the obvious slips
 * can be caught mechanically; the field's description tells the writer the rest.
 */
export function checkFreeText(errors: UserErrors, field: string, value: string, maxLength: number): string {
  const text = checkText(errors, field, value, maxLength);
  if (NHS_NUMBER.test(text) || UK_POSTCODE.test(text)) {
    errors.add(
      field,
      'CASE_DETAILS_SUSPECTED',
      `${field} looks like it holds an NHS number or a postcode; describe learning, not people who use services.`,
    );
  }
  return text;
}
