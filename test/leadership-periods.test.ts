/**
 * A December board report: on 2 December 2026 the registration year that ended on 30 November is
 * the one a council reports on. The hub's clock is stopped on that day here, whatever day the
 * tests run, and every record is written for these checks in a council with no demo records.
 */
import { addLeedsToDemoPartnership, DEMO_PARTNERSHIP_ID, LEEDS_ID } from './support/demo';
import { errorCode, startTestHub, type TestHub } from './support/test-hub';

const CPD = 'registrationYear period { kind name from to } practitioners compliant complianceRate';

describe('a leadership report on 2 December 2026', () => {
  let hub: TestHub;
  let leedsAdmin: string;
  let partnershipAdmin: string;
  const staff: string[] = [];

  const ok = async (name: string, inputType: string, input: Record<string, unknown>, selection: string) => {
    const response = await hub.query(
      leedsAdmin,
      `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${selection} userErrors { field code message } } }`,
      { input },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data![name].userErrors).toEqual([]);
    return response.data![name];
  };
  const cpd = (practitionerId: string, completedOn: string, peerReflection: boolean) =>
    ok(
      'cpdRecordAdd',
      'CpdRecordAddInput',
      {
        practitionerId,
        councilId: LEEDS_ID,
        type: 'COURSE',
        title: 'Working with neglect',
        completedOn,
        hours: 3,
        learning: 'Using the graded care profile.',
        impact: 'Clearer plans.',
        ...(peerReflection ? { peerReflectionSetting: 'SUPERVISION' } : {}),
      },
      'cpdRecord { id }',
    );
  const report = (args: string) =>
    hub.query(
      leedsAdmin,
      `{ council(id: "${LEEDS_ID}") { leadershipProgress${args} { asOf cpd { ${CPD} } cpdYearJustEnded { ${CPD} } mentoring { sessionsInAcademicYear hoursInAcademicYear period { name from to } } } } }`,
    );

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true, env: { HUB_TODAY: '2026-12-02' } });
    leedsAdmin = await hub.token({ roles: ['council_admin'], councils: [LEEDS_ID] });
    partnershipAdmin = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
    await addLeedsToDemoPartnership(hub);
    for (let index = 0; index < 3; index += 1) {
      const created = await ok(
        'practitionerCreate',
        'PractitionerCreateInput',
        {
          sweNumber: `SW8810${index}`,
          givenName: 'Alex',
          familyName: `Period${index}`,
          councilId: LEEDS_ID,
          role: 'SOCIAL_WORKER',
          pcfLevel: 'SOCIAL_WORKER',
          employment: 'PERMANENT',
          qualifiedOn: '2020-06-30',
          startedOn: '2021-09-01',
        },
        'practitioner { id }',
      );
      staff.push(created.practitioner.id);
    }
    // Registration year 2026 (1 December 2025 to 30 November 2026): only staff[0] meets the rule.
    await cpd(staff[0], '2026-03-10', true);
    await cpd(staff[0], '2026-11-30', false);
    await cpd(staff[1], '2026-06-01', false);
    await cpd(staff[2], '2025-12-01', true);
    // Registration year 2025: staff[1] meets the rule.
    await cpd(staff[1], '2025-01-15', true);
    await cpd(staff[1], '2025-11-30', false);
    // Registration year 2027, which began yesterday. staff[0] has had a mentor since June 2026, so counts in 2026 and 2027.
    await cpd(staff[2], '2026-12-01', false);

    const relationship = await ok(
      'mentoringStart',
      'MentoringStartInput',
      {
        menteePractitionerId: staff[0],
        menteeCouncilId: LEEDS_ID,
        mentorPractitionerId: staff[1],
        purpose: 'LEADERSHIP',
        startedOn: '2026-06-01',
      },
      'mentoringRelationship { id }',
    );
    for (const [heldOn, minutes] of [
      ['2026-07-31', 60],
      ['2026-08-01', 90],
      ['2026-11-20', 30],
    ] as const) {
      await ok(
        'mentoringSessionLog',
        'MentoringSessionLogInput',
        { relationshipId: relationship.mentoringRelationship.id, heldOn, minutes, topics: 'Leading a team meeting.' },
        'mentoringSession { minutes }',
      );
    }
  });
  afterAll(() => hub.stop());

  it('gives, without arguments, the year running since yesterday and the year that ended on 30 November', async () => {
    const response = await report('');
    expect(response.errors).toBeUndefined();
    expect(response.data!.council.leadershipProgress).toEqual({
      asOf: '2026-12-02',
      cpd: {
        registrationYear: 2027,
        period: { kind: 'REGISTRATION_YEAR', name: '2027', from: '2026-12-01', to: '2027-11-30' },
        practitioners: 2,
        compliant: 0,
        complianceRate: 0,
      },
      cpdYearJustEnded: {
        registrationYear: 2026,
        period: { kind: 'REGISTRATION_YEAR', name: '2026', from: '2025-12-01', to: '2026-11-30' },
        practitioners: 3,
        compliant: 1,
        complianceRate: 0.3333,
      },
      mentoring: { sessionsInAcademicYear: 2, hoursInAcademicYear: 2, period: { name: '2026/27', from: '2026-08-01', to: '2027-07-31' } },
    });
  });

  it('gives any earlier registration and academic year when asked, and no year just ended beside it', async () => {
    const response = await report('(registrationYear: 2025, academicYear: "2025/26")');
    expect(response.errors).toBeUndefined();
    expect(response.data!.council.leadershipProgress).toMatchObject({
      cpd: { registrationYear: 2025, period: { from: '2024-12-01', to: '2025-11-30' }, practitioners: 1, compliant: 1 },
      cpdYearJustEnded: null,
      mentoring: { sessionsInAcademicYear: 1, hoursInAcademicYear: 1, period: { name: '2025/26' } },
    });
    const ended = await report('(registrationYear: 2026)');
    expect(ended.data!.council.leadershipProgress).toMatchObject({ cpd: { registrationYear: 2026, compliant: 1 }, cpdYearJustEnded: null });
  });

  it.each([
    ['(registrationYear: 2028)', 'registrationYear', '"registrationYear" must be from 2000 to 2027'],
    ['(registrationYear: 1999)', 'registrationYear', '"registrationYear" must be from 2000 to 2027'],
    ['(academicYear: "2027/28")', 'academicYear', '"academicYear" must not be after 2026/27'],
  ])('refuses %s as bad input naming the argument', async (args, argument, message) => {
    const response = await report(args);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].message).toContain(message);
    expect(response.errors![0].extensions).toMatchObject({ argument });
  });

  it('counts a practitioner’s own CPD in the year asked for, and refuses a year not begun', async () => {
    const compliance = (year: number) =>
      hub.query(
        leedsAdmin,
        `{ practitioner(id: "${staff[1]}") { cpdCompliance(registrationYear: ${year}) { registrationYear records compliant } } }`,
      );
    expect((await compliance(2025)).data!.practitioner.cpdCompliance).toEqual({ registrationYear: 2025, records: 2, compliant: true });
    expect((await compliance(2026)).data!.practitioner.cpdCompliance).toEqual({ registrationYear: 2026, records: 1, compliant: false });
    const refused = await compliance(2028);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions).toMatchObject({ argument: 'registrationYear' });
  });

  it('carries the year just ended in the partnership roll-up too, its total tied to its councils', async () => {
    const response = await hub.query(
      partnershipAdmin,
      `{ partnership(id: "${DEMO_PARTNERSHIP_ID}") { leadershipProgress { total { cpdYearJustEnded { registrationYear practitioners compliant } } byCouncil { council { id } cpdYearJustEnded { practitioners compliant } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const { total, byCouncil } = response.data!.partnership.leadershipProgress;
    const sum = (field: string) => byCouncil.reduce((acc: number, row: any) => acc + row.cpdYearJustEnded[field], 0);
    expect(total.cpdYearJustEnded).toEqual({ registrationYear: 2026, practitioners: sum('practitioners'), compliant: sum('compliant') });
    expect(byCouncil.find((row: any) => row.council.id === LEEDS_ID).cpdYearJustEnded).toEqual({ practitioners: 3, compliant: 1 });
  });

  it('withholds small counts of the year just ended from a dashboard, as for any figure', async () => {
    const dashboard = await hub.token({ roles: ['dashboard_viewer'], partnerships: [DEMO_PARTNERSHIP_ID] });
    const response = await hub.query(
      dashboard,
      `{ partnership(id: "${DEMO_PARTNERSHIP_ID}") { leadershipProgress { byCouncil { council { id } cpdYearJustEnded { practitioners compliant withMinimumLearningDays complianceRate suppressed } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const rows = response.data!.partnership.leadershipProgress.byCouncil;
    expect(rows.find((row: any) => row.council.id === LEEDS_ID).cpdYearJustEnded).toEqual({
      practitioners: null,
      compliant: null,
      withMinimumLearningDays: null,
      complianceRate: null,
      suppressed: ['practitioners', 'compliant', 'withMinimumLearningDays', 'complianceRate'],
    });
    // The demo councils' larger figures are shown.
    expect(rows.filter((row: any) => row.cpdYearJustEnded.practitioners >= 5).length).toBeGreaterThan(0);
  });
});
