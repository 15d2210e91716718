import {
  BIRMINGHAM_ID,
  COVENTRY_ID,
  DEMO_PARTNERSHIP_ID,
  DEMO_UNIVERSITY_ID,
  demoPermanentPractitionerIds,
  demoTeamIdOf,
} from './support/demo';
import { errorCode, startTestHub, type TestHub } from './support/test-hub';
import { TEST_TODAY } from './support/test-clock';

const VISIT_FIELDS =
  'id status visitOn hours learningSummary decisionReason cancelledBy council { id } hostTeam { id name } hostPractitioner { id }';
const REQUEST = `mutation ($input: ShadowingVisitRequestInput!) {
  shadowingVisitRequest(input: $input) { shadowingVisit { ${VISIT_FIELDS} } userErrors { field code message } }
}`;
const PAYLOAD = `shadowingVisit { ${VISIT_FIELDS} } userErrors { field code message }`;
const APPROVE = `mutation ($id: ID!, $hostPractitionerId: ID) {
  shadowingVisitApprove(input: { id: $id, hostPractitionerId: $hostPractitionerId }) { ${PAYLOAD} }
}`;
const DECLINE = `mutation ($id: ID!, $reason: String!) { shadowingVisitDecline(input: { id: $id, reason: $reason }) { ${PAYLOAD} } }`;
const COMPLETE = `mutation ($id: ID!, $hours: Float!, $learningSummary: String!) {
  shadowingVisitComplete(input: { id: $id, hours: $hours, learningSummary: $learningSummary }) { ${PAYLOAD} }
}`;
const CANCEL = `mutation ($id: ID!, $reason: String) { shadowingVisitCancel(input: { id: $id, reason: $reason }) { ${PAYLOAD} } }`;

describe('lecturer shadowing visits through the gateway', () => {
  let hub: TestHub;
  let universityAdmin: string;
  let birminghamAdmin: string;
  let coventryAdmin: string;
  let partnershipAdmin: string;
  let lecturerId: string;
  let lecturer: string;
  let otherLecturer: string;
  const today = TEST_TODAY;
  const [hostPractitionerId] = demoPermanentPractitionerIds('E08000025');

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    universityAdmin = await hub.token({ roles: ['university_admin'], universities: [DEMO_UNIVERSITY_ID] });
    birminghamAdmin = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
    coventryAdmin = await hub.token({ roles: ['council_admin'], councils: [COVENTRY_ID] });
    partnershipAdmin = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
    const lecturers = await hub.query(universityAdmin, `{ lecturers(first: 2) { nodes { id } } }`);
    [lecturerId] = lecturers.data!.lecturers.nodes.map((node: { id: string }) => node.id);
    lecturer = await hub.token({ roles: ['lecturer'], lecturer: lecturerId });
    otherLecturer = await hub.token({ roles: ['lecturer'], lecturer: lecturers.data!.lecturers.nodes[1].id });
  });
  afterAll(() => hub.stop());

  const request = (overrides: Record<string, unknown> = {}) =>
    hub.query(universityAdmin, REQUEST, {
      input: {
        lecturerId,
        councilId: BIRMINGHAM_ID,
        hostTeamId: demoTeamIdOf('E08000025', 1),
        kind: 'CASE_SHADOWING',
        visitOn: today,
        plannedHours: 6.5,
        purpose: 'To see how child protection enquiries are run, for the final-year safeguarding module.',
        ...overrides,
      },
    });
  const requestedId = async (overrides: Record<string, unknown> = {}) =>
    (await request(overrides)).data!.shadowingVisitRequest.shadowingVisit.id as string;
  const birminghamShadowing = async () =>
    (
      await hub.query(
        birminghamAdmin,
        `{ council(id: "${BIRMINGHAM_ID}") { teaching { shadowing { requested approved completed hours lecturerDaysInPractice } } } }`,
      )
    ).data!.council.teaching.shadowing;

  it('goes requested → approved by the host council → completed by the lecturer, and counts in the council’s figures', async () => {
    const before = await birminghamShadowing();
    const requested = await request();
    expect(requested.data!.shadowingVisitRequest.userErrors).toEqual([]);
    const visit = requested.data!.shadowingVisitRequest.shadowingVisit;
    expect(visit).toMatchObject({
      status: 'REQUESTED',
      council: { id: BIRMINGHAM_ID },
      hostTeam: { name: 'Child Protection' },
      hostPractitioner: null,
    });

    // Coventry may not see the visit, so it is refused as an unknown id; those who see it but may not approve get FORBIDDEN.
    expect(
      (await hub.query(coventryAdmin, APPROVE, { id: visit.id })).data!.shadowingVisitApprove.userErrors.map(
        (error: { code: string }) => error.code,
      ),
    ).toEqual(['NOT_FOUND']);
    expect(errorCode(await hub.query(partnershipAdmin, APPROVE, { id: visit.id }))).toBe('FORBIDDEN');
    expect(errorCode(await hub.query(lecturer, APPROVE, { id: visit.id }))).toBe('FORBIDDEN');

    const approved = await hub.query(birminghamAdmin, APPROVE, { id: visit.id, hostPractitionerId });
    expect(approved.data!.shadowingVisitApprove.shadowingVisit).toMatchObject({
      status: 'APPROVED',
      hostPractitioner: { id: hostPractitionerId },
    });

    // Another lecturer may not see the visit, so it is refused as an unknown id.
    const byOtherLecturer = await hub.query(otherLecturer, COMPLETE, { id: visit.id, hours: 6, learningSummary: 'Not mine to record.' });
    expect(byOtherLecturer.data!.shadowingVisitComplete.userErrors.map((error: { code: string }) => error.code)).toEqual(['NOT_FOUND']);
    const completed = await hub.query(lecturer, COMPLETE, {
      id: visit.id,
      hours: 6,
      learningSummary: 'Saw a strategy discussion and how the team weighs risk; will rewrite the case study for week 4.',
    });
    expect(completed.data!.shadowingVisitComplete.shadowingVisit).toMatchObject({ status: 'COMPLETED', hours: 6 });

    const after = await birminghamShadowing();
    expect(after.completed).toBe(before.completed + 1);
    expect(after.hours).toBeCloseTo(before.hours + 6, 5);
    expect(after.lecturerDaysInPractice).toBe(before.lecturerDaysInPractice + 1);

    const councilView = await hub.query(
      birminghamAdmin,
      `{ council(id: "${BIRMINGHAM_ID}") { shadowingVisits(first: 100) { nodes { id lecturer { id } } } } }`,
    );
    expect(councilView.data!.council.shadowingVisits.nodes).toContainEqual({ id: visit.id, lecturer: { id: lecturerId } });
  });

  it('refuses steps the workflow does not allow with a typed error, and changes nothing', async () => {
    const id = await requestedId();
    const early = await hub.query(lecturer, COMPLETE, { id, hours: 3, learningSummary: 'Too soon.' });
    expect(early.data!.shadowingVisitComplete).toEqual({
      shadowingVisit: null,
      userErrors: [
        {
          field: ['input', 'id'],
          code: 'SHADOWING_TRANSITION_NOT_ALLOWED',
          message: 'This visit is REQUESTED; only APPROVED visits can be completed.',
        },
      ],
    });
    const declined = await hub.query(birminghamAdmin, DECLINE, { id, reason: 'The team is short-staffed this month.' });
    expect(declined.data!.shadowingVisitDecline.shadowingVisit).toMatchObject({
      status: 'DECLINED',
      decisionReason: 'The team is short-staffed this month.',
    });
    for (const [mutation, variables] of [
      [APPROVE, { id }],
      [CANCEL, { id }],
    ] as const) {
      const response = await hub.query(birminghamAdmin, mutation, variables);
      const payload = Object.values(response.data!)[0] as { userErrors: { code: string }[] };
      expect(payload.userErrors.map((error) => error.code)).toEqual(['SHADOWING_TRANSITION_NOT_ALLOWED']);
    }
    const visit = await hub.query(universityAdmin, `{ shadowingVisit(id: "${id}") { status } }`);
    expect(visit.data!.shadowingVisit.status).toBe('DECLINED');
  });

  it('needs a reason to decline, and lets either side cancel, recording which', async () => {
    const id = await requestedId({ visitOn: '2099-05-04' });
    const noReason = await hub.query(birminghamAdmin, DECLINE, { id, reason: '  ' });
    expect(noReason.data!.shadowingVisitDecline.userErrors).toEqual([
      { field: ['input', 'reason'], code: 'REQUIRED', message: 'reason must not be empty.' },
    ]);
    const byCouncil = await hub.query(birminghamAdmin, CANCEL, { id, reason: 'Office move that week.' });
    expect(byCouncil.data!.shadowingVisitCancel.shadowingVisit).toMatchObject({ status: 'CANCELLED', cancelledBy: 'COUNCIL' });

    const second = await requestedId({ visitOn: '2099-05-11' });
    const byLecturer = await hub.query(lecturer, CANCEL, { id: second });
    expect(byLecturer.data!.shadowingVisitCancel.shadowingVisit).toMatchObject({ status: 'CANCELLED', cancelledBy: 'UNIVERSITY' });
    const elsewhere = await hub.query(coventryAdmin, CANCEL, { id: await requestedId({ visitOn: '2099-05-18' }) });
    expect(elsewhere.data!.shadowingVisitCancel.userErrors.map((error: { code: string }) => error.code)).toEqual(['NOT_FOUND']);
  });

  it('refuses a request with a past date, too many hours or case details, naming each field, and writes nothing', async () => {
    const count = async () =>
      (await hub.query(universityAdmin, `{ shadowingVisits(first: 1) { totalCount } }`)).data!.shadowingVisits.totalCount;
    const before = await count();
    const refused = await request({
      visitOn: '2020-01-06',
      plannedHours: 13,
      purpose: 'Visit the family at B15 2TT',
      hostTeamId: 'team-1',
    });
    expect(refused.data!.shadowingVisitRequest.shadowingVisit).toBeNull();
    expect(
      refused.data!.shadowingVisitRequest.userErrors.map((error: { field: string[]; code: string }) => [error.field.join('.'), error.code]),
    ).toEqual([
      ['input.hostTeamId', 'INVALID_ID'],
      ['input.visitOn', 'DATE_IN_PAST'],
      ['input.plannedHours', 'OUT_OF_RANGE'],
      ['input.purpose', 'CASE_DETAILS_SUSPECTED'],
    ]);
    const badDate = await request({ visitOn: '2026-02-30' });
    expect(errorCode(badDate)).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before);
  });

  it('shows a visit to its lecturer, their university and the host council, and to nobody else', async () => {
    const id = await requestedId({ visitOn: '2099-06-01' });
    const see = async (token: string) => {
      const response = await hub.query(token, `{ shadowingVisits(first: 100, filter: { status: REQUESTED }) { nodes { id } } }`);
      return response.data!.shadowingVisits.nodes.some((node: { id: string }) => node.id === id);
    };
    expect(await see(lecturer)).toBe(true);
    expect(await see(universityAdmin)).toBe(true);
    expect(await see(birminghamAdmin)).toBe(true);
    expect(await see(partnershipAdmin)).toBe(true);
    expect(await see(coventryAdmin)).toBe(false);
    expect(await see(otherLecturer)).toBe(false);
    expect((await hub.query(coventryAdmin, `{ shadowingVisit(id: "${id}") { status } }`)).data).toEqual({ shadowingVisit: null });
    const byNobody = await hub.query(await hub.token({ roles: ['university_admin'], universities: [] }), APPROVE, { id });
    expect(byNobody.data!.shadowingVisitApprove.userErrors.map((error: { code: string }) => error.code)).toEqual(['NOT_FOUND']);
  });

  it('lets only the lecturer’s own university ask for a visit', async () => {
    const otherUniversityAdmin = await hub.token({ roles: ['university_admin'], universities: ['5a0e7c4b-0000-4000-8000-000000000001'] });
    const response = await hub.query(otherUniversityAdmin, REQUEST, {
      input: {
        lecturerId,
        councilId: BIRMINGHAM_ID,
        kind: 'LEADERSHIP_TEAM',
        visitOn: '2099-01-05',
        plannedHours: 3,
        purpose: 'Leadership team meeting.',
      },
    });
    expect(errorCode(response)).toBe('FORBIDDEN');
  });
});
