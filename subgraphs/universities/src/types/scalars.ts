/** The scalar for the national identifier this subgraph owns. */
import { patternScalar } from '#hub/shared/scalars';
import { isUkprn, UKPRN_EXPECTED } from '../rules/identifiers';

export const UkprnScalar = patternScalar('Ukprn', 'A UK Provider Reference Number, e.g. 10006840.', isUkprn, UKPRN_EXPECTED);
