import { UserErrors } from '#hub/shared/errors';
import { checkName } from './names';

const codes = (name: string) => {
  const errors = new UserErrors();
  checkName(errors, name);
  return errors.list.map((error) => `${error.field.at(-1)}:${error.code}`);
};

describe('university and programme names', () => {
  it('are trimmed', () => {
    expect(checkName(new UserErrors(), ' University of Wolverhampton ')).toBe('University of Wolverhampton');
  });

  it('take up to 160 characters, and not none', () => {
    expect(codes('x'.repeat(160))).toEqual([]);
    expect(codes('x'.repeat(161))).toEqual(['name:TOO_LONG']);
    expect(codes(' ')).toEqual(['name:REQUIRED']);
  });
});
