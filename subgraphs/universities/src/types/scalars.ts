/** Scalars for the values with meaning this subgraph owns. */
import { patternScalar } from '../../../../shared/scalars';
import { ACADEMIC_YEAR_EXPECTED, isAcademicYear } from '../rules/academic-year';
import { isUkprn, UKPRN_EXPECTED } from '../rules/identifiers';

export const UkprnScalar = patternScalar('Ukprn', 'A UK Provider Reference Number, e.g. 10006840.', isUkprn, UKPRN_EXPECTED);

export const AcademicYearScalar = patternScalar(
  'AcademicYear',
  'A university academic year, 1 August to 31 July, written like 2025/26.',
  isAcademicYear,
  ACADEMIC_YEAR_EXPECTED,
);
