import { isUuid } from './input-checks';
import { naturalKeyId } from './natural-key-id';

describe('ids from natural keys', () => {
  it('is a version 5 UUID, the same every time and for any letter case', () => {
    const id = naturalKeyId('council', 'E08000025');
    expect(isUuid(id)).toBe(true);
    expect(id[14]).toBe('5');
    expect(naturalKeyId('council', 'e08000025')).toBe(id);
  });

  it('differs by kind, so a code shared by two registers cannot collide', () => {
    expect(naturalKeyId('council', '10006840')).not.toBe(naturalKeyId('university', '10006840'));
  });
});
