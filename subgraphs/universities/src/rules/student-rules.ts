/** Checks on a student's fields that do not need the database. */
import type { UserErrors } from '#hub/shared/errors';
import { checkNotFuture, checkText } from '#hub/shared/input-checks';
import type { IsoDate } from '#hub/shared/iso-date';

const STUDENT_NUMBER = /^[A-Za-z0-9-]{1,20}$/;

export interface StudentFields {
  readonly studentNumber?: string;
  readonly givenName?: string | null;
  readonly familyName?: string | null;
  readonly cohortYear?: number;
  readonly suitabilityConfirmedOn?: string | null;
}

/** Cleans the fields given (trimmed names, upper-case student number) and reports every problem. */
export function checkStudentFields(input: StudentFields, today: IsoDate, errors: UserErrors) {
  const thisYear = Number(today.slice(0, 4));
  const studentNumber = input.studentNumber?.trim().toUpperCase();
  if (studentNumber !== undefined && !STUDENT_NUMBER.test(studentNumber)) {
    errors.add(
      'studentNumber',
      'STUDENT_NUMBER_INVALID',
      `studentNumber must be 1 to 20 letters, digits or hyphens; got "${input.studentNumber}".`,
    );
  }
  if (
    input.cohortYear !== undefined &&
    (!Number.isInteger(input.cohortYear) || input.cohortYear < 2000 || input.cohortYear > thisYear + 1)
  ) {
    errors.add('cohortYear', 'OUT_OF_RANGE', `cohortYear must be from 2000 to ${thisYear + 1}; got ${input.cohortYear}.`);
  }
  checkNotFuture(errors, 'suitabilityConfirmedOn', input.suitabilityConfirmedOn, today);
  return {
    studentNumber,
    givenName: input.givenName == null ? undefined : checkText(errors, 'givenName', input.givenName, 80),
    familyName: input.familyName == null ? undefined : checkText(errors, 'familyName', input.familyName, 80),
  };
}
