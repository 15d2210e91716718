/**
 * The demo West Midlands partnership every subgraph's seed and the launcher's demo token agree
 * on. Council and university ids follow from their national codes; people are invented.
 */
import { naturalKeyId } from '../../../../shared/natural-key-id';
import { OfstedRating } from '../types/enums';

export const DEMO_PARTNERSHIP_ID = '3f6b1c9e-2d47-4a58-9e0b-7a1c5d2e8f40';
export const DEMO_PARTNERSHIP_NAME = 'West Midlands Social Work Teaching Partnership';

/** The University of Birmingham's UKPRN. */
export const DEMO_UNIVERSITY_UKPRN = '10006840';
export const DEMO_UNIVERSITY_ID = naturalKeyId('university', DEMO_UNIVERSITY_UKPRN);

export interface DemoCouncil {
  readonly gssCode: string;
  readonly name: string;
  /** Social workers in post in the demo register. */
  readonly practitioners: number;
  /** Share of them supplied by agencies. */
  readonly agencyShare: number;
  readonly ofstedRating: OfstedRating;
  readonly ofstedRatedOn: string;
}

export const DEMO_COUNCILS: readonly DemoCouncil[] = [
  {
    gssCode: 'E08000025',
    name: 'Birmingham City Council',
    practitioners: 96,
    agencyShare: 0.14,
    ofstedRating: OfstedRating.REQUIRES_IMPROVEMENT,
    ofstedRatedOn: '2024-05-17',
  },
  {
    gssCode: 'E08000026',
    name: 'Coventry City Council',
    practitioners: 44,
    agencyShare: 0.1,
    ofstedRating: OfstedRating.GOOD,
    ofstedRatedOn: '2023-07-21',
  },
  {
    gssCode: 'E08000027',
    name: 'Dudley Metropolitan Borough Council',
    practitioners: 36,
    agencyShare: 0.21,
    ofstedRating: OfstedRating.REQUIRES_IMPROVEMENT,
    ofstedRatedOn: '2025-02-14',
  },
  {
    gssCode: 'E08000028',
    name: 'Sandwell Metropolitan Borough Council',
    practitioners: 42,
    agencyShare: 0.26,
    ofstedRating: OfstedRating.REQUIRES_IMPROVEMENT,
    ofstedRatedOn: '2024-11-08',
  },
  {
    gssCode: 'E08000029',
    name: 'Solihull Metropolitan Borough Council',
    practitioners: 28,
    agencyShare: 0.18,
    ofstedRating: OfstedRating.GOOD,
    ofstedRatedOn: '2025-06-27',
  },
  {
    gssCode: 'E08000030',
    name: 'Walsall Metropolitan Borough Council',
    practitioners: 34,
    agencyShare: 0.12,
    ofstedRating: OfstedRating.GOOD,
    ofstedRatedOn: '2024-03-01',
  },
  {
    gssCode: 'E08000031',
    name: 'City of Wolverhampton Council',
    practitioners: 38,
    agencyShare: 0.08,
    ofstedRating: OfstedRating.OUTSTANDING,
    ofstedRatedOn: '2023-10-13',
  },
];
