import { isGssCode, isSweNumber } from './identifiers';

describe('GSS codes', () => {
  it.each(['E08000025', 'E06000001', 'E07000008', 'E09000033', 'E10000016'])('accepts the local authority code %s', (code) => {
    expect(isGssCode(code)).toBe(true);
  });

  it.each([
    ['a region code', 'E12000005'],
    ['a Welsh code', 'W06000015'],
    ['too few digits', 'E0800002'],
    ['too many digits', 'E080000250'],
    ['lower case', 'e08000025'],
    ['surrounding spaces', ' E08000025 '],
    ['an empty string', ''],
  ])('refuses %s', (_case, code) => {
    expect(isGssCode(code)).toBe(false);
  });
});

describe('Social Work England numbers', () => {
  it.each(['SW1', 'SW104233', 'SW123456789'])('accepts %s', (number) => {
    expect(isSweNumber(number)).toBe(true);
  });

  it.each(['SW', '104233', 'sw104233', 'SW10423X', 'SW1234567890', 'HC104233'])('refuses %s', (number) => {
    expect(isSweNumber(number)).toBe(false);
  });
});
