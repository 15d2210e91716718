/** Scalars for the national identifiers the councils subgraph owns. */
import { patternScalar } from '#hub/shared/scalars';
import { GSS_CODE_EXPECTED, isGssCode, isSweNumber, SWE_NUMBER_EXPECTED } from '../rules/identifiers';

export const GssCodeScalar = patternScalar(
  'GssCode',
  'An ONS GSS code of an English local authority, e.g. E08000025.',
  isGssCode,
  GSS_CODE_EXPECTED,
);

export const SweNumberScalar = patternScalar(
  'SweNumber',
  'A Social Work England registration number, e.g. SW104233.',
  isSweNumber,
  SWE_NUMBER_EXPECTED,
);
