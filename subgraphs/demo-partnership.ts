/**
 * The demo West Midlands partnership that every subgraph's seed, the launcher and the tests agree
 * on. Subgraphs never read each other's tables, so the rows one seed refers to in another
 * (councils, teams, practitioners) follow here from fixed rules instead of being looked up.
 * Council and university ids follow from their national codes; people are invented.
 */
import { nameBasedUuid, naturalKeyId } from '#hub/shared/natural-key-id';

export const DEMO_PARTNERSHIP_ID = '3f6b1c9e-2d47-4a58-9e0b-7a1c5d2e8f40';
export const DEMO_PARTNERSHIP_NAME = 'West Midlands Social Work Teaching Partnership';

/** The University of Birmingham's UKPRN. */
export const DEMO_UNIVERSITY_UKPRN = '10006840';
export const DEMO_UNIVERSITY_NAME = 'University of Birmingham';
export const DEMO_UNIVERSITY_ID = naturalKeyId('university', DEMO_UNIVERSITY_UKPRN);

export type DemoOfstedRating = 'OUTSTANDING' | 'GOOD' | 'REQUIRES_IMPROVEMENT' | 'INADEQUATE';

export interface DemoCouncil {
  readonly gssCode: string;
  readonly name: string;
  /** Social workers in post in the demo register. */
  readonly practitioners: number;
  /** Share of them supplied by agencies. */
  readonly agencyShare: number;
  readonly ofstedRating: DemoOfstedRating;
  readonly ofstedRatedOn: string;
}

export const DEMO_COUNCILS: readonly DemoCouncil[] = [
  {
    gssCode: 'E08000025',
    name: 'Birmingham City Council',
    practitioners: 96,
    agencyShare: 0.14,
    ofstedRating: 'REQUIRES_IMPROVEMENT',
    ofstedRatedOn: '2024-05-17',
  },
  {
    gssCode: 'E08000026',
    name: 'Coventry City Council',
    practitioners: 44,
    agencyShare: 0.1,
    ofstedRating: 'GOOD',
    ofstedRatedOn: '2023-07-21',
  },
  {
    gssCode: 'E08000027',
    name: 'Dudley Metropolitan Borough Council',
    practitioners: 36,
    agencyShare: 0.21,
    ofstedRating: 'REQUIRES_IMPROVEMENT',
    ofstedRatedOn: '2025-02-14',
  },
  {
    gssCode: 'E08000028',
    name: 'Sandwell Metropolitan Borough Council',
    practitioners: 42,
    agencyShare: 0.26,
    ofstedRating: 'REQUIRES_IMPROVEMENT',
    ofstedRatedOn: '2024-11-08',
  },
  {
    gssCode: 'E08000029',
    name: 'Solihull Metropolitan Borough Council',
    practitioners: 28,
    agencyShare: 0.18,
    ofstedRating: 'GOOD',
    ofstedRatedOn: '2025-06-27',
  },
  {
    gssCode: 'E08000030',
    name: 'Walsall Metropolitan Borough Council',
    practitioners: 34,
    agencyShare: 0.12,
    ofstedRating: 'GOOD',
    ofstedRatedOn: '2024-03-01',
  },
  {
    gssCode: 'E08000031',
    name: 'City of Wolverhampton Council',
    practitioners: 38,
    agencyShare: 0.08,
    ofstedRating: 'OUTSTANDING',
    ofstedRatedOn: '2023-10-13',
  },
];

export interface DemoTeam {
  readonly name: string;
  readonly serviceArea: string;
  readonly statutory: boolean;
}

/** Every demo council has these teams. */
export const DEMO_TEAMS: readonly DemoTeam[] = [
  { name: 'Children’s Assessment', serviceArea: 'CHILDREN_AND_FAMILIES', statutory: true },
  { name: 'Child Protection', serviceArea: 'CHILD_PROTECTION', statutory: true },
  { name: 'Children in Care', serviceArea: 'CHILDREN_IN_CARE', statutory: true },
  { name: 'Fostering and Adoption', serviceArea: 'FOSTERING_AND_ADOPTION', statutory: true },
  { name: 'Leaving Care', serviceArea: 'LEAVING_CARE', statutory: true },
  { name: 'Adults Locality', serviceArea: 'ADULTS', statutory: true },
  { name: 'Community Mental Health', serviceArea: 'MENTAL_HEALTH', statutory: true },
  { name: 'Early Help', serviceArea: 'CHILDREN_AND_FAMILIES', statutory: false },
];

export function demoCouncilId(council: DemoCouncil): string {
  return naturalKeyId('council', council.gssCode);
}

/** Demo teams get ids from their council and name, so other seeds can name a host team. */
export function demoTeamId(council: DemoCouncil, team: DemoTeam): string {
  return nameBasedUuid(`demo-team:${council.gssCode}:${team.name}`);
}

/** What other seeds may know of a demo practitioner: who they are and where they work. */
export interface DemoPractitionerPlace {
  readonly id: string;
  readonly sweNumber: string;
  readonly councilId: string;
  readonly teamId: string;
  readonly agency: boolean;
}

/** A council's demo practitioners, in register order; the first `agencyShare` of them are agency staff. */
export function demoPractitionerPlaces(council: DemoCouncil): DemoPractitionerPlace[] {
  const councilIndex = DEMO_COUNCILS.indexOf(council);
  const agencyCount = Math.round(council.practitioners * council.agencyShare);
  return Array.from({ length: council.practitioners }, (_, index) => {
    const serial = councilIndex * 1000 + index;
    const sweNumber = `SW${100_000 + serial * 7 + ((serial * 3) % 7)}`;
    return {
      id: naturalKeyId('practitioner', sweNumber),
      sweNumber,
      councilId: demoCouncilId(council),
      teamId: demoTeamId(council, DEMO_TEAMS[index % DEMO_TEAMS.length]),
      agency: index < agencyCount,
    };
  });
}

export interface DemoProgramme {
  readonly name: string;
  readonly route: string;
  readonly studentsPerCohort: number;
}

/** The demo university's programmes; each has a cohort that started last academic year and one this year. */
export const DEMO_PROGRAMMES: readonly DemoProgramme[] = [
  { name: 'BA (Hons) Social Work', route: 'BA', studentsPerCohort: 24 },
  { name: 'MA Social Work', route: 'MA', studentsPerCohort: 20 },
  { name: 'Step Up to Social Work', route: 'STEP_UP', studentsPerCohort: 9 },
  { name: 'Social Worker Degree Apprenticeship', route: 'APPRENTICESHIP', studentsPerCohort: 7 },
];

export type DemoCohort = 'previous' | 'current';

/** Demo students get ids from their programme, cohort and place in it, so other seeds can name them. */
export function demoStudentId(programme: DemoProgramme, cohort: DemoCohort, index: number): string {
  return nameBasedUuid(`demo-student:${programme.route}:${cohort}:${index}`);
}

export const DEMO_LECTURER_COUNT = 25;

/** Demo lecturers get ids from their place in the staff list, so other seeds can name them (as mentors). */
export function demoLecturerId(index: number): string {
  return nameBasedUuid(`demo-lecturer:${index}`);
}
