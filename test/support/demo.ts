/** Ids of the seeded demo partnership, for tests that start the hub with `seedDemoData`. */
import { naturalKeyId } from '../../shared/natural-key-id';
import { DEMO_COUNCILS, DEMO_TEAMS, demoPractitionerPlaces, demoTeamId } from '../../subgraphs/demo-partnership';
export { DEMO_PARTNERSHIP_ID, DEMO_UNIVERSITY_ID } from '../../subgraphs/demo-partnership';

export const BIRMINGHAM_ID = naturalKeyId('council', 'E08000025');
export const COVENTRY_ID = naturalKeyId('council', 'E08000026');

/** Permanent (not agency) practitioners of a demo council, in register order. */
export function demoPermanentPractitionerIds(gssCode: string): string[] {
  const council = DEMO_COUNCILS.find((candidate) => candidate.gssCode === gssCode)!;
  return demoPractitionerPlaces(council)
    .filter((place) => !place.agency)
    .map((place) => place.id);
}

export function demoTeamIdOf(gssCode: string, teamIndex = 0): string {
  const council = DEMO_COUNCILS.find((candidate) => candidate.gssCode === gssCode)!;
  return demoTeamId(council, DEMO_TEAMS[teamIndex]);
}
