import { UserErrors } from '#hub/shared/errors';
import { checkStudentFields } from './student-rules';

const check = (fields: Parameters<typeof checkStudentFields>[0]) => {
  const errors = new UserErrors();
  const cleaned = checkStudentFields(fields, '2026-03-10', errors);
  return { cleaned, codes: errors.list.map((error) => `${error.field.at(-1)}:${error.code}`) };
};

describe('student fields', () => {
  it('clean names and student numbers', () => {
    expect(check({ studentNumber: ' ub-2025-0042 ', givenName: ' Aisha ', familyName: 'Khan' }).cleaned).toEqual({
      studentNumber: 'UB-2025-0042',
      givenName: 'Aisha',
      familyName: 'Khan',
    });
  });

  it('report every problem at once, naming the field', () => {
    expect(check({ studentNumber: 'UB 42', cohortYear: 2028, suitabilityConfirmedOn: '2026-03-11', givenName: '' }).codes).toEqual([
      'studentNumber:STUDENT_NUMBER_INVALID',
      'cohortYear:OUT_OF_RANGE',
      'suitabilityConfirmedOn:DATE_IN_FUTURE',
      'givenName:REQUIRED',
    ]);
  });

  it('accept next year’s cohort, recruited ahead of time', () => {
    expect(check({ cohortYear: 2027 }).codes).toEqual([]);
  });
});
