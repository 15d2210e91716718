/** The names of universities and their programmes: trimmed, and at most the 160 characters their columns hold. */
import type { UserErrors } from '#hub/shared/errors';
import { checkText } from '#hub/shared/input-checks';

export const MAX_NAME_LENGTH = 160;

/** A university's or a programme's name, given in the input's `name` field. */
export function checkName(errors: UserErrors, name: string): string {
  return checkText(errors, 'name', name, MAX_NAME_LENGTH);
}
