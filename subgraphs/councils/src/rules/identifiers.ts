/**
 * The national identifiers this subgraph validates: ONS GSS codes for councils and Social Work
 * England registration numbers for practitioners.
 */

/** Local authority GSS codes: E06 (unitary), E07 (district), E08 (metropolitan), E09 (London), E10 (county) + 6 digits. */
const GSS_CODE = /^E(06|07|08|09|10)\d{6}$/;

/** Social Work England registration numbers: "SW" followed by digits. */
const SWE_NUMBER = /^SW\d{1,9}$/;

export const GSS_CODE_EXPECTED = 'E06, E07, E08, E09 or E10 followed by 6 digits, e.g. E08000025';
export const SWE_NUMBER_EXPECTED = '"SW" followed by up to 9 digits, e.g. SW104233';

export function isGssCode(value: string): boolean {
  return GSS_CODE.test(value);
}

export function isSweNumber(value: string): boolean {
  return SWE_NUMBER.test(value);
}
