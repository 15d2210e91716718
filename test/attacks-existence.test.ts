/**
 * Writes that address a record by id which the caller may not see: another university's student,
 * a placement or a QAPL review between organisations the caller is neither of, a shadowing visit
 * hosted elsewhere. Each is refused as an id naming nothing is, with the same code and message but
 * for the id, so a refusal does not tell that the record exists. The control beside each shows it
 * does, read by one who may see it.
 */
import { randomUUID } from 'node:crypto';
import { DEMO_PROGRAMMES, demoStudentId } from '../subgraphs/demo-partnership';
import { attacksOn, type AttackCase, type Reply } from './support/attack-harness';
import { BIRMINGHAM_ID, COVENTRY_ID, DEMO_UNIVERSITY_ID } from './support/demo';
import { TEST_TODAY } from './support/test-clock';
import { startTestHub, type TestHub } from './support/test-hub';
import { naturalKeyId } from '#hub/shared/natural-key-id';

/** A university the hub records in no partnership. */
const OTHER_UNIVERSITY_ID = naturalKeyId('university', '10001726');

describe('writes naming a record the caller may not see, refused as an unknown id is', () => {
  let hub: TestHub;
  let birminghamAdmin: string;
  let coventryAdmin: string;
  let universityAdmin: string;
  let otherUniversityAdmin: string;
  /** Demo records of Birmingham and the demo university: a placement, one with a QAPL review, one awaiting review, a visit. */
  let placementId: string;
  let reviewId: string;
  let unreviewedPlacementId: string;
  let visitId: string;
  const student = demoStudentId(DEMO_PROGRAMMES[0], 'current', 0);
  const unknownId = randomUUID();

  const { graphql, mutate, setUp, runAttack } = attacksOn(() => hub);

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    birminghamAdmin = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
    coventryAdmin = await hub.token({ roles: ['council_admin'], councils: [COVENTRY_ID] });
    universityAdmin = await hub.token({ roles: ['university_admin'], universities: [DEMO_UNIVERSITY_ID] });
    otherUniversityAdmin = await hub.token({ roles: ['university_admin'], universities: [OTHER_UNIVERSITY_ID] });
    await setUp(
      otherUniversityAdmin,
      'universityCreate',
      'UniversityCreateInput',
      { ukprn: '10001726', name: 'Coventry University' },
      'university { id }',
    );

    const hosted = await graphql(
      birminghamAdmin,
      `
        query ($council: ID!) {
          placements(filter: { councilId: $council, status: COMPLETED }, first: 100) {
            nodes {
              id
              qaplReview {
                id
              }
            }
          }
          council(id: $council) {
            outstandingQaplReviews {
              id
            }
          }
          shadowingVisits(first: 100) {
            nodes {
              id
              council {
                id
              }
            }
          }
        }
      `,
      { council: BIRMINGHAM_ID },
    );
    const completed: { id: string; qaplReview: { id: string } | null }[] = hosted.body!.data!.placements.nodes;
    placementId = completed[0].id;
    reviewId = completed.find((placement) => placement.qaplReview)!.qaplReview!.id;
    unreviewedPlacementId = hosted.body!.data!.council.outstandingQaplReviews[0].id;
    visitId = hosted.body!.data!.shadowingVisits.nodes.find((visit: { council: { id: string } }) => visit.council.id === BIRMINGHAM_ID).id;
  });
  afterAll(() => hub?.stop());

  /** The refusal an id naming nothing gets, but for the id. */
  const refusedAsUnknown =
    (payload: string, field: string, noun: string, id: () => string) =>
    (reply: Reply): void => {
      expect(reply.body?.data?.[payload].userErrors).toEqual([
        { field: ['input', field], code: 'NOT_FOUND', message: `No ${noun} has id ${id()}.` },
      ]);
    };
  const seen = (token: () => string, query: string, id: () => string, root: string) => ({
    send: () => graphql(token(), query, { id: id() }),
    check: (reply: Reply) => expect(reply.body?.data?.[root]).toEqual({ id: id() }),
  });
  const placementSeen = seen(
    () => birminghamAdmin,
    'query ($id: ID!) { placement(id: $id) { id } }',
    () => placementId,
    'placement',
  );
  const visitSeen = seen(
    () => birminghamAdmin,
    'query ($id: ID!) { shadowingVisit(id: $id) { id } }',
    () => visitId,
    'shadowingVisit',
  );
  const studentSeen = seen(
    () => universityAdmin,
    'query ($id: ID!) { student(id: $id) { id } }',
    () => student,
    'student',
  );

  const cases = (): AttackCase[] => [
    {
      name: "another university's admin updates the demo university's student",
      send: () =>
        mutate(otherUniversityAdmin, 'studentUpdate', 'StudentUpdateInput', { id: student, givenName: 'Changed' }, 'student { id }'),
      status: 200,
      code: null,
      check: refusedAsUnknown('studentUpdate', 'id', 'student', () => student),
      control: studentSeen,
    },
    {
      name: "another university's admin updates the demo university's student by the upper-case id",
      send: () =>
        mutate(
          otherUniversityAdmin,
          'studentUpdate',
          'StudentUpdateInput',
          { id: student.toUpperCase(), givenName: 'Changed' },
          'student { id }',
        ),
      status: 200,
      code: null,
      check: refusedAsUnknown('studentUpdate', 'id', 'student', () => student),
      control: studentSeen,
    },
    {
      name: 'a student id naming nothing (the refusal the others must match)',
      send: () =>
        mutate(otherUniversityAdmin, 'studentUpdate', 'StudentUpdateInput', { id: unknownId, givenName: 'Changed' }, 'student { id }'),
      status: 200,
      code: null,
      check: refusedAsUnknown('studentUpdate', 'id', 'student', () => unknownId),
    },
    ...[
      ['Coventry’s admin', () => coventryAdmin],
      ['another university’s admin', () => otherUniversityAdmin],
    ].map(([who, token]): AttackCase => ({
      name: `${who as string} cancels a placement Birmingham hosts for the demo university`,
      send: () => mutate((token as () => string)(), 'placementCancel', 'PlacementCancelInput', { id: placementId }, 'placement { id }'),
      status: 200,
      code: null,
      check: refusedAsUnknown('placementCancel', 'id', 'placement', () => placementId),
      control: placementSeen,
    })),
    {
      name: 'Coventry’s admin completes the QAPL review of a placement Birmingham hosted',
      send: () =>
        mutate(
          coventryAdmin,
          'qaplReviewComplete',
          'QaplReviewCompleteInput',
          { placementId: unreviewedPlacementId, rating: 'MEETS_STANDARDS', actions: 'None.', completedOn: TEST_TODAY },
          'qaplReview { id }',
        ),
      status: 200,
      code: null,
      check: refusedAsUnknown('qaplReviewComplete', 'placementId', 'placement', () => unreviewedPlacementId),
      control: seen(
        () => birminghamAdmin,
        'query ($id: ID!) { placement(id: $id) { id } }',
        () => unreviewedPlacementId,
        'placement',
      ),
    },
    {
      name: 'another university’s admin scrutinises the QAPL review of a demo university placement',
      send: () =>
        mutate(
          otherUniversityAdmin,
          'qaplReviewScrutinise',
          'QaplReviewScrutiniseInput',
          { id: reviewId, scrutinisedOn: TEST_TODAY },
          'qaplReview { id }',
        ),
      status: 200,
      code: null,
      check: refusedAsUnknown('qaplReviewScrutinise', 'id', 'QAPL review', () => reviewId),
      control: placementSeen,
    },
    {
      name: 'Coventry’s admin approves a shadowing visit Birmingham hosts',
      send: () => mutate(coventryAdmin, 'shadowingVisitApprove', 'ShadowingVisitApproveInput', { id: visitId }, 'shadowingVisit { id }'),
      status: 200,
      code: null,
      check: refusedAsUnknown('shadowingVisitApprove', 'id', 'shadowing visit', () => visitId),
      control: visitSeen,
    },
    {
      name: 'another university’s admin cancels a shadowing visit Birmingham hosts, by the upper-case id',
      send: () =>
        mutate(
          otherUniversityAdmin,
          'shadowingVisitCancel',
          'ShadowingVisitCancelInput',
          { id: visitId.toUpperCase() },
          'shadowingVisit { id }',
        ),
      status: 200,
      code: null,
      check: refusedAsUnknown('shadowingVisitCancel', 'id', 'shadowing visit', () => visitId),
      control: visitSeen,
    },
  ];

  it.each(cases().map((attack) => [attack.name, attack] as const))(
    '%s: refused as an unknown id, nothing written, still answering',
    (_name, attack) => runAttack(attack),
  );
});
