/**
 * Enrols new students at the demo university through the gateway, for tests that place students
 * with no records yet: the placements subgraph takes only students on the universities register.
 */
import { DEMO_UNIVERSITY_ID } from './demo';
import type { TestHub } from './test-hub';
import { TEST_ACADEMIC_YEAR } from './test-clock';

const ENROL = `mutation ($input: StudentCreateInput!) { studentCreate(input: $input) { student { id } userErrors { code message } } }`;

/** `count` new students on the demo university's first programme; `label` (a few letters) keeps their student numbers apart from other calls'. */
export async function enrolDemoStudents(hub: TestHub, count: number, label: string): Promise<string[]> {
  const universityAdmin = await hub.token({ roles: ['university_admin'], universities: [DEMO_UNIVERSITY_ID] });
  const programmes = await hub.query(universityAdmin, `{ university(id: "${DEMO_UNIVERSITY_ID}") { programmes { id } } }`);
  const programmeId = programmes.data!.university.programmes[0].id as string;
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    const reply = await hub.query(universityAdmin, ENROL, {
      input: {
        programmeId,
        studentNumber: `${label}-${index}`,
        givenName: 'Test',
        familyName: `Student ${label} ${index}`,
        cohortYear: Number(TEST_ACADEMIC_YEAR.slice(0, 4)),
      },
    });
    const enrolled = reply.data?.studentCreate;
    if (!enrolled?.student) throw new Error(`Student ${label}-${index} could not be enrolled: ${JSON.stringify(reply)}`);
    ids.push(enrolled.student.id);
  }
  return ids;
}
