/** UK Provider Reference Numbers: 8 digits, and every one issued starts with 1. */
const UKPRN = /^1\d{7}$/;

export const UKPRN_EXPECTED = '8 digits starting with 1, e.g. 10006840';

export function isUkprn(value: string): boolean {
  return UKPRN.test(value);
}
