import { recordIdWithout } from './forget-subject';

const subject = '3f2b6c1e-8d4a-4b7e-9c21-5a6d7e8f9a0b';
const replacement = 'c0ffee00-1234-4abc-8def-0123456789ab';

describe('recordIdWithout', () => {
  it('replaces a record id that is the person’s id', () => {
    expect(recordIdWithout(subject, subject, replacement)).toBe(replacement);
  });

  it('replaces only the key part that is the person’s id in a composite record id', () => {
    const other = '11111111-2222-4333-8444-555555555555';
    expect(recordIdWithout(`${other}/${subject}`, subject, replacement)).toBe(`${other}/${replacement}`);
  });

  it('leaves a record id that merely contains the id as part of a longer key part', () => {
    expect(recordIdWithout(`${subject}x`, subject, replacement)).toBeNull();
    expect(recordIdWithout(`prefix-${subject}/other`, subject, replacement)).toBeNull();
  });

  it('leaves a record id that names another record', () => {
    expect(recordIdWithout('11111111-2222-4333-8444-555555555555', subject, replacement)).toBeNull();
  });
});
