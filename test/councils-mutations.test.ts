import { BIRMINGHAM_ID, COVENTRY_ID, DEMO_PARTNERSHIP_ID, demoPermanentPractitionerIds } from './support/demo';
import { errorCode, startTestHub, type TestHub } from './support/test-hub';

const PRACTITIONER_CREATE = `mutation ($input: PractitionerCreateInput!) {
  practitionerCreate(input: $input) { practitioner { id sweNumber council { id } team { id } } userErrors { field code message } } }`;

describe('changing councils, teams and practitioners', () => {
  let hub: TestHub;
  let partnershipAdmin: string;
  let birminghamAdmin: string;
  let birminghamTeamId: string;
  let coventryTeamId: string;

  const countPractitioners = async () =>
    Number((await hub.subgraphs.councils.database.dataSource.query('SELECT count(*) AS n FROM councils.practitioner'))[0].n);

  const practitionerInput = (overrides: Record<string, unknown> = {}) => ({
    sweNumber: 'SW900001',
    givenName: 'Morgan',
    familyName: 'Ellis',
    councilId: BIRMINGHAM_ID,
    teamId: birminghamTeamId,
    role: 'SOCIAL_WORKER',
    pcfLevel: 'SOCIAL_WORKER',
    employment: 'PERMANENT',
    qualifiedOn: '2022-07-01',
    startedOn: '2022-09-05',
    ...overrides,
  });

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    partnershipAdmin = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
    birminghamAdmin = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
    const teams = await hub.query(
      partnershipAdmin,
      `query ($b: ID!, $c: ID!) { b: teams(filter: { councilId: $b }, first: 1) { nodes { id } } c: teams(filter: { councilId: $c }, first: 1) { nodes { id } } }`,
      {
        b: BIRMINGHAM_ID,
        c: COVENTRY_ID,
      },
    );
    birminghamTeamId = teams.data!.b.nodes[0].id;
    coventryTeamId = teams.data!.c.nodes[0].id;
  });
  afterAll(() => hub.stop());

  it('creates a council with an id derived from its GSS code, invited to the partnership until its own admin agrees', async () => {
    const response = await hub.query(
      partnershipAdmin,
      `mutation ($input: CouncilCreateInput!) { councilCreate(input: $input) {
        council { id gssCode name partnerships { id } partnershipRequests { partnership { id } status } } userErrors { code } } }`,
      {
        input: { gssCode: 'e08000035', name: 'Leeds City Council', region: 'YORKSHIRE_AND_THE_HUMBER', partnershipId: DEMO_PARTNERSHIP_ID },
      },
    );
    expect(response.data!.councilCreate.userErrors).toEqual([]);
    expect(response.data!.councilCreate.council).toMatchObject({
      gssCode: 'E08000035',
      name: 'Leeds City Council',
      partnerships: [],
      partnershipRequests: [{ partnership: { id: DEMO_PARTNERSHIP_ID }, status: 'INVITED' }],
    });
    const leedsAdmin = await hub.token({ roles: ['council_admin'], councils: [response.data!.councilCreate.council.id] });
    const accepted = await hub.query(
      leedsAdmin,
      `mutation ($input: PartnershipCouncilInput!) { partnershipAddCouncil(input: $input) {
        partnership { councils { gssCode } councilRequests { council { gssCode } } } status userErrors { code } } }`,
      { input: { partnershipId: DEMO_PARTNERSHIP_ID, councilId: response.data!.councilCreate.council.id } },
    );
    expect(accepted.data!.partnershipAddCouncil).toMatchObject({ partnership: { councilRequests: [] }, status: 'MEMBER', userErrors: [] });
    expect(accepted.data!.partnershipAddCouncil.partnership.councils).toContainEqual({ gssCode: 'E08000035' });
  });

  it('refuses a malformed GSS code and a duplicate one as user errors naming the field', async () => {
    const create = (gssCode: string) =>
      hub.query(
        partnershipAdmin,
        `mutation ($input: CouncilCreateInput!) { councilCreate(input: $input) { council { id } userErrors { field code message } } }`,
        {
          input: { gssCode, name: 'Somewhere Council', region: 'WEST_MIDLANDS' },
        },
      );
    const malformed = (await create('E12000005')).data!.councilCreate;
    expect(malformed).toEqual({
      council: null,
      userErrors: [expect.objectContaining({ field: ['input', 'gssCode'], code: 'GSS_CODE_INVALID' })],
    });
    expect(malformed.userErrors[0].message).toMatch(/got "E12000005"/);
    const duplicate = (await create('E08000025')).data!.councilCreate;
    expect(duplicate.userErrors).toEqual([expect.objectContaining({ field: ['input', 'gssCode'], code: 'GSS_CODE_TAKEN' })]);
    const councils = await hub.query(partnershipAdmin, '{ councils(filter: { nameContains: "Somewhere" }) { totalCount } }');
    expect(councils.data!.councils.totalCount).toBe(0);
  });

  it('reports every problem with an input at once', async () => {
    const response = await hub.query(birminghamAdmin, PRACTITIONER_CREATE, {
      input: practitionerInput({
        sweNumber: 'AB12',
        givenName: '   ',
        pcfLevel: 'END_OF_FIRST_PLACEMENT',
        qualifiedOn: '2023-01-01',
        startedOn: '2022-01-01',
      }),
    });
    const codes = response.data!.practitionerCreate.userErrors.map((error: any) => `${error.field.join('.')}:${error.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'input.sweNumber:SWE_NUMBER_INVALID',
        'input.givenName:REQUIRED',
        'input.pcfLevel:PCF_LEVEL_NOT_QUALIFIED',
        'input.qualifiedOn:DATE_ORDER',
      ]),
    );
  });

  it('records a practitioner, then refuses the same SWE number again, writing nothing', async () => {
    const before = await countPractitioners();
    const created = await hub.query(birminghamAdmin, PRACTITIONER_CREATE, { input: practitionerInput() });
    expect(created.data!.practitionerCreate).toMatchObject({
      practitioner: { sweNumber: 'SW900001', council: { id: BIRMINGHAM_ID }, team: { id: birminghamTeamId } },
      userErrors: [],
    });
    const again = await hub.query(birminghamAdmin, PRACTITIONER_CREATE, { input: practitionerInput({ givenName: 'Other' }) });
    expect(again.data!.practitionerCreate.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'sweNumber'], code: 'SWE_NUMBER_TAKEN' }),
    ]);
    expect(await countPractitioners()).toBe(before + 1);
  });

  it('lets exactly one of two simultaneous creates with the same SWE number succeed', async () => {
    const input = practitionerInput({ sweNumber: 'SW900002' });
    const results = await Promise.all([1, 2, 3].map(() => hub.query(birminghamAdmin, PRACTITIONER_CREATE, { input })));
    const outcomes = results
      .map((result) => (result.data!.practitionerCreate.practitioner ? 'created' : result.data!.practitionerCreate.userErrors[0].code))
      .sort();
    expect(outcomes).toEqual(['SWE_NUMBER_TAKEN', 'SWE_NUMBER_TAKEN', 'created']);
  });

  it('refuses a team of another council and an unknown team', async () => {
    const otherCouncil = await hub.query(birminghamAdmin, PRACTITIONER_CREATE, {
      input: practitionerInput({ sweNumber: 'SW900003', teamId: coventryTeamId }),
    });
    expect(otherCouncil.data!.practitionerCreate.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'teamId'], code: 'TEAM_IN_OTHER_COUNCIL' }),
    ]);
    const unknown = await hub.query(birminghamAdmin, PRACTITIONER_CREATE, {
      input: practitionerInput({ sweNumber: 'SW900003', teamId: '7d2c8a1e-0000-4000-8000-000000000001' }),
    });
    expect(unknown.data!.practitionerCreate.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'teamId'], code: 'NOT_FOUND' }),
    ]);
  });

  it('answers FORBIDDEN to a council admin writing to another council, and writes nothing', async () => {
    const before = await countPractitioners();
    const response = await hub.query(birminghamAdmin, PRACTITIONER_CREATE, {
      input: practitionerInput({ sweNumber: 'SW900004', councilId: COVENTRY_ID, teamId: coventryTeamId }),
    });
    expect(errorCode(response)).toBe('FORBIDDEN');
    expect(response.data?.practitionerCreate ?? null).toBeNull();
    expect(await countPractitioners()).toBe(before);
  });

  it('leaves a field alone when an update sends null for a required value', async () => {
    const response = await hub.query(
      birminghamAdmin,
      `mutation ($id: ID!) { councilUpdate(input: { id: $id, name: null, ofstedRating: GOOD, ofstedRatedOn: "2025-01-10" }) { council { name ofstedRating } userErrors { code } } }`,
      {
        id: BIRMINGHAM_ID,
      },
    );
    expect(response.data!.councilUpdate).toEqual({ council: { name: 'Birmingham City Council', ofstedRating: 'GOOD' }, userErrors: [] });
  });

  it('answers PRACTITIONER_NOT_FOUND for an unknown or malformed id, and for another council’s practitioner', async () => {
    const coventryPractitioner = demoPermanentPractitionerIds('E08000026')[0];
    for (const id of ['0b6f3a52-0000-4000-8000-000000000000', 'not-a-uuid', coventryPractitioner]) {
      const response = await hub.query(
        birminghamAdmin,
        `mutation ($id: ID!) { practitionerUpdate(input: { id: $id, familyName: "X" }) { userErrors { field code } } }`,
        { id },
      );
      expect(response.data!.practitionerUpdate.userErrors).toEqual([{ field: ['input', 'id'], code: 'PRACTITIONER_NOT_FOUND' }]);
    }
  });

  it('records a leaver, who then drops out of the headcount', async () => {
    const headcount = async () =>
      (await hub.query(birminghamAdmin, `query ($id: ID!) { council(id: $id) { headcount { inPost } } }`, { id: BIRMINGHAM_ID })).data!
        .council.headcount.inPost;
    const before = await headcount();
    const someone = (await hub.query(birminghamAdmin, '{ practitioners(first: 1) { nodes { id startedOn } } }')).data!.practitioners
      .nodes[0];
    const left = await hub.query(
      birminghamAdmin,
      `mutation ($id: ID!) { practitionerUpdate(input: { id: $id, leftOn: "2025-03-31" }) { practitioner { leftOn inPost } userErrors { code } } }`,
      {
        id: someone.id,
      },
    );
    expect(left.data!.practitionerUpdate).toEqual({ practitioner: { leftOn: '2025-03-31', inPost: false }, userErrors: [] });
    expect(await headcount()).toBe(before - 1);
  });

  it('refuses a workforce return that is not as at 30 September, and a second return for a census date', async () => {
    const record = (censusDate: string) =>
      hub.query(
        birminghamAdmin,
        `mutation ($input: WorkforceSnapshotCreateInput!) { workforceSnapshotCreate(input: $input) { workforceSnapshot { agencyRate } userErrors { field code } } }`,
        {
          input: { councilId: BIRMINGHAM_ID, censusDate, permanentFte: 80, agencyFte: 20, vacancyFte: 10, leaverFte: 12 },
        },
      );
    expect((await record('2023-10-01')).data!.workforceSnapshotCreate.userErrors).toEqual([
      { field: ['input', 'censusDate'], code: 'CENSUS_DATE_INVALID' },
    ]);
    expect((await record('2023-09-30')).data!.workforceSnapshotCreate).toEqual({ workforceSnapshot: { agencyRate: 0.2 }, userErrors: [] });
    expect((await record('2023-09-30')).data!.workforceSnapshotCreate.userErrors).toEqual([
      { field: ['input', 'censusDate'], code: 'WORKFORCE_SNAPSHOT_EXISTS' },
    ]);
  });

  it('rejects an impossible date before any resolver runs', async () => {
    const response = await hub.query(birminghamAdmin, PRACTITIONER_CREATE, {
      input: practitionerInput({ sweNumber: 'SW900005', startedOn: '2023-02-29' }),
    });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].message).toMatch(/startedOn.*real calendar date/s);
  });

  it('manages partnership membership only for admins of that partnership', async () => {
    const outsider = await hub.token({ roles: ['partnership_admin'], partnerships: ['00000000-0000-4000-8000-000000000000'] });
    const refused = await hub.query(
      outsider,
      `mutation ($p: ID!, $c: ID!) { partnershipRemoveCouncil(input: { partnershipId: $p, councilId: $c }) { userErrors { code } } }`,
      {
        p: DEMO_PARTNERSHIP_ID,
        c: COVENTRY_ID,
      },
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const notMember = await hub.query(
      partnershipAdmin,
      `mutation ($p: ID!) { partnershipRemoveCouncil(input: { partnershipId: $p, councilId: "oops" }) { userErrors { field code } } }`,
      {
        p: DEMO_PARTNERSHIP_ID,
      },
    );
    expect(notMember.data!.partnershipRemoveCouncil.userErrors).toEqual([{ field: ['input', 'councilId'], code: 'NOT_A_MEMBER' }]);
  });

  it('starts a partnership with its councils and refuses a taken name', async () => {
    const partnershipAndBirminghamAdmin = await hub.token({ roles: ['partnership_admin', 'council_admin'], councils: [BIRMINGHAM_ID] });
    const withoutCouncilConsent = await hub.query(
      partnershipAdmin,
      `mutation { partnershipCreate(input: { name: "Takeover", councilIds: ["${BIRMINGHAM_ID}"] }) { partnership { councils { id } } } }`,
    );
    expect(withoutCouncilConsent.data!.partnershipCreate.partnership).toEqual({ councils: [] });
    const invitations = await hub.query(
      birminghamAdmin,
      `{ council(id: "${BIRMINGHAM_ID}") { partnerships { name } partnershipRequests { partnership { name } status } } }`,
    );
    expect(invitations.data!.council).toEqual({
      partnerships: [{ name: 'West Midlands Social Work Teaching Partnership' }],
      partnershipRequests: [{ partnership: { name: 'Takeover' }, status: 'INVITED' }],
    });
    const create = (name: string) =>
      hub.query(
        partnershipAndBirminghamAdmin,
        `mutation ($input: PartnershipCreateInput!) { partnershipCreate(input: $input) { partnership { id councils { gssCode } } userErrors { field code } } }`,
        {
          input: { name, councilIds: [BIRMINGHAM_ID] },
        },
      );
    const created = (await create('Black Country Practice Partnership')).data!.partnershipCreate;
    expect(created.partnership.councils).toEqual([{ gssCode: 'E08000025' }]);
    expect((await create('Black Country Practice Partnership')).data!.partnershipCreate.userErrors).toEqual([
      { field: ['input', 'name'], code: 'PARTNERSHIP_NAME_TAKEN' },
    ]);
  });

  it('lets either side alone end a membership or turn down an ask, and joins a council both sides ask for at once', async () => {
    const coventryAdmin = await hub.token({ roles: ['council_admin'], councils: [COVENTRY_ID] });
    const started = await hub.query(
      await hub.token({ roles: ['partnership_admin'] }),
      `mutation { partnershipCreate(input: { name: "Either Side Partnership", councilIds: ["${BIRMINGHAM_ID}", "${COVENTRY_ID}"] }) { partnership { id } } }`,
    );
    const partnershipId = started.data!.partnershipCreate.partnership.id;
    const itsAdmin = await hub.token({ roles: ['partnership_admin'], partnerships: [partnershipId] });
    const membership = (token: string, verb: 'Add' | 'Remove', councilId: string) =>
      hub.query(
        token,
        `mutation ($input: PartnershipCouncilInput!) { partnership${verb}Council(input: $input) { status userErrors { code } } }`,
        { input: { partnershipId, councilId } },
      );
    const standing = async () =>
      (await hub.query(itsAdmin, `{ partnership(id: "${partnershipId}") { councils { id } councilRequests { council { id } status } } }`))
        .data!.partnership;
    expect(await standing()).toEqual({
      councils: [],
      councilRequests: [
        { council: { id: BIRMINGHAM_ID }, status: 'INVITED' },
        { council: { id: COVENTRY_ID }, status: 'INVITED' },
      ],
    });

    expect((await membership(birminghamAdmin, 'Add', BIRMINGHAM_ID)).data!.partnershipAddCouncil).toEqual({
      status: 'MEMBER',
      userErrors: [],
    });
    expect((await membership(coventryAdmin, 'Remove', COVENTRY_ID)).data!.partnershipRemoveCouncil).toEqual({
      status: 'NONE',
      userErrors: [],
    });
    expect(await standing()).toEqual({ councils: [{ id: BIRMINGHAM_ID }], councilRequests: [] });

    // The council's own admin leaves, which the partnership's admins cannot stop.
    expect((await membership(birminghamAdmin, 'Remove', BIRMINGHAM_ID)).data!.partnershipRemoveCouncil).toEqual({
      status: 'NONE',
      userErrors: [],
    });
    expect((await membership(birminghamAdmin, 'Remove', BIRMINGHAM_ID)).data!.partnershipRemoveCouncil.userErrors).toEqual([
      { code: 'NOT_A_MEMBER' },
    ]);

    // Coventry asks to join; asking twice is harmless, and the partnership's admins may turn it down too.
    expect((await membership(coventryAdmin, 'Add', COVENTRY_ID)).data!.partnershipAddCouncil.status).toBe('REQUESTED');
    expect((await membership(coventryAdmin, 'Add', COVENTRY_ID)).data!.partnershipAddCouncil.status).toBe('REQUESTED');
    expect((await membership(itsAdmin, 'Remove', COVENTRY_ID)).data!.partnershipRemoveCouncil.status).toBe('NONE');

    // Both sides asking at the same moment make one membership, not two asks waiting for each other.
    const asks = await Promise.all([membership(itsAdmin, 'Add', COVENTRY_ID), membership(coventryAdmin, 'Add', COVENTRY_ID)]);
    const statuses = asks.map((ask) => ask.data!.partnershipAddCouncil.status);
    // Whichever side was first asked alone; the other completed the membership.
    expect([
      ['INVITED', 'MEMBER'],
      ['MEMBER', 'REQUESTED'],
    ]).toContainEqual(statuses.sort());
    expect(await standing()).toEqual({ councils: [{ id: COVENTRY_ID }], councilRequests: [] });
  });
});
