/** Checks on a lecturer's fields: names and job title, trimmed and kept to their lengths. */
import type { UserErrors } from '#hub/shared/errors';
import { checkText } from '#hub/shared/input-checks';

export const MAX_LECTURER_NAME_LENGTH = 80;
export const MAX_JOB_TITLE_LENGTH = 120;

export interface LecturerFields {
  readonly givenName?: string | null;
  readonly familyName?: string | null;
  readonly jobTitle?: string | null;
}

/** The given fields cleaned (trimmed); fields not given stay undefined. */
export function checkLecturerFields(input: LecturerFields, errors: UserErrors) {
  const text = (field: keyof LecturerFields, maxLength: number) =>
    input[field] == null ? undefined : checkText(errors, field, input[field]!, maxLength);
  return {
    givenName: text('givenName', MAX_LECTURER_NAME_LENGTH),
    familyName: text('familyName', MAX_LECTURER_NAME_LENGTH),
    jobTitle: text('jobTitle', MAX_JOB_TITLE_LENGTH),
  };
}
