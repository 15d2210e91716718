import { UserErrors } from '#hub/shared/errors';
import { checkLecturerFields } from './lecturer-rules';

const check = (fields: Parameters<typeof checkLecturerFields>[0]) => {
  const errors = new UserErrors();
  const cleaned = checkLecturerFields(fields, errors);
  return { cleaned, codes: errors.list.map((error) => `${error.field.at(-1)}:${error.code}`) };
};

describe('lecturer fields', () => {
  it('trim names and job titles, and leave out the fields not given', () => {
    expect(check({ givenName: ' Ruth ', familyName: 'Okafor', jobTitle: 'Senior Lecturer in Social Work ' }).cleaned).toEqual({
      givenName: 'Ruth',
      familyName: 'Okafor',
      jobTitle: 'Senior Lecturer in Social Work',
    });
    expect(check({ jobTitle: 'Lecturer', givenName: null }).cleaned).toEqual({
      givenName: undefined,
      familyName: undefined,
      jobTitle: 'Lecturer',
    });
  });

  it('take names of up to 80 characters and job titles of up to 120', () => {
    expect(check({ givenName: 'x'.repeat(80), familyName: 'x'.repeat(80), jobTitle: 'x'.repeat(120) }).codes).toEqual([]);
    expect(check({ givenName: 'x'.repeat(81), familyName: 'x'.repeat(81), jobTitle: 'x'.repeat(121) }).codes).toEqual([
      'givenName:TOO_LONG',
      'familyName:TOO_LONG',
      'jobTitle:TOO_LONG',
    ]);
  });

  it('refuse an empty name given', () => {
    expect(check({ familyName: '  ' }).codes).toEqual(['familyName:REQUIRED']);
  });
});
