/** Ids of the seeded demo partnership, for tests that start the hub with `seedDemoData`. */
import { naturalKeyId } from '#hub/shared/natural-key-id';
import { DEMO_COUNCILS, DEMO_PARTNERSHIP_ID, DEMO_TEAMS, demoPractitionerPlaces, demoTeamId } from '../../subgraphs/demo-partnership';
import type { TestHub } from './test-hub';
export { DEMO_PARTNERSHIP_ID, DEMO_UNIVERSITY_ID } from '../../subgraphs/demo-partnership';

export const BIRMINGHAM_ID = naturalKeyId('council', 'E08000025');
export const COVENTRY_ID = naturalKeyId('council', 'E08000026');
/** A council with no demo records, so every figure in its reports comes from the test that writes them. */
export const LEEDS_ID = naturalKeyId('council', 'E08000035');

/** Adds Leeds to the demo partnership, as an admin of both would. */
export async function addLeedsToDemoPartnership(hub: TestHub): Promise<void> {
  const bothAdmins = await hub.token({
    roles: ['partnership_admin', 'council_admin'],
    partnerships: [DEMO_PARTNERSHIP_ID],
    councils: [LEEDS_ID],
  });
  const response = await hub.query(
    bothAdmins,
    `mutation { councilCreate(input: { gssCode: "E08000035", name: "Leeds City Council", region: YORKSHIRE_AND_THE_HUMBER, partnershipId: "${DEMO_PARTNERSHIP_ID}" }) { userErrors { code } } }`,
  );
  if (response.data?.councilCreate.userErrors.length !== 0) throw new Error(`Leeds could not be added: ${JSON.stringify(response)}`);
}

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
