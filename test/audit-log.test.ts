import { randomUUID } from 'node:crypto';
import { encodeCursor } from '#hub/shared/pagination';
import { subgraphRegistry } from '#hub/shared/subgraph-registry';
import { BIRMINGHAM_ID, COVENTRY_ID, DEMO_PARTNERSHIP_ID, DEMO_UNIVERSITY_ID, demoPermanentPractitionerIds } from './support/demo';
import { errorCode, startTestHub, type TestHub } from './support/test-hub';
import { TEST_ACADEMIC_YEAR } from './support/test-clock';

const AUDIT_EVENTS = `query ($organisationId: ID!, $first: Int, $after: String) {
  auditEvents(organisationId: $organisationId) {
    councils(first: $first, after: $after) { nodes { ...event } pageInfo { hasNextPage endCursor } }
    universities(first: $first) { nodes { ...event } }
    placements(first: $first) { nodes { ...event } }
    leadership(first: $first) { nodes { ...event } }
  }
}
fragment event on AuditEvent { occurredAt requestId actor actorRoles action operation recordType recordId changedFields organisationIds }`;

interface AuditEventNode {
  requestId: string;
  actor: string;
  actorRoles: string[];
  action: string;
  operation: string;
  recordType: string;
  recordId: string;
  changedFields: string[] | null;
  organisationIds: string[];
}

describe('the audit log', () => {
  let hub: TestHub;
  let birminghamAdmin: string;
  let coventryAdmin: string;
  let partnershipAdmin: string;

  /** Sends a request under a request id of our choosing, as a dashboard would to tie it to the logs. */
  const send = async (token: string, query: string, variables: Record<string, unknown>, requestId: string) => {
    const response = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': requestId },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Record<string, any>; errors?: { extensions?: { code?: string } }[] };
  };

  const eventsOf = async (token: string, organisationId: string, subgraph: string): Promise<AuditEventNode[]> => {
    const response = await hub.query(token, AUDIT_EVENTS, { organisationId, first: 100 });
    expect(response.errors).toBeUndefined();
    return response.data!.auditEvents[subgraph].nodes;
  };

  const countRows = async (subgraph: string, sql: string) => Number((await hub.subgraphs[subgraph].database.dataSource.query(sql))[0].n);

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    birminghamAdmin = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
    coventryAdmin = await hub.token({ roles: ['council_admin'], councils: [COVENTRY_ID] });
    partnershipAdmin = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
  });
  afterAll(() => hub.stop());

  it('records who created and changed a record, with the role, the organisation, the mutation and the request id', async () => {
    const created = await send(
      birminghamAdmin,
      `mutation { councilUpdate(input: { id: "${BIRMINGHAM_ID}", name: "Birmingham City Council (audited)" }) { council { id } userErrors { code } } }`,
      {},
      'audit-test-request-1',
    );
    expect(created.data!.councilUpdate.userErrors).toEqual([]);

    const [event] = (await eventsOf(birminghamAdmin, BIRMINGHAM_ID, 'councils')).filter(
      (candidate) => candidate.requestId === 'audit-test-request-1',
    );
    expect(event).toEqual({
      occurredAt: expect.any(String),
      requestId: 'audit-test-request-1',
      actor: 'test-council_admin',
      actorRoles: ['council_admin'],
      action: 'councilUpdate',
      operation: 'UPDATE',
      recordType: 'council',
      recordId: BIRMINGHAM_ID,
      changedFields: ['name'],
      organisationIds: [BIRMINGHAM_ID],
    });
  });

  it('names the organisation whose admin rights were used as well as the record’s own', async () => {
    const [practitionerId] = demoPermanentPractitionerIds('E08000025');
    const response = await send(
      partnershipAdmin,
      `mutation { practitionerUpdate(input: { id: "${practitionerId}", pcfLevel: EXPERIENCED_SOCIAL_WORKER }) { userErrors { code } } }`,
      {},
      'audit-test-request-2',
    );
    expect(response.data!.practitionerUpdate.userErrors).toEqual([]);
    const seenByPartnership = await eventsOf(partnershipAdmin, DEMO_PARTNERSHIP_ID, 'councils');
    const event = seenByPartnership.find((candidate) => candidate.requestId === 'audit-test-request-2')!;
    expect(event).toMatchObject({
      action: 'practitionerUpdate',
      recordType: 'practitioner',
      recordId: practitionerId,
      actorRoles: ['partnership_admin'],
    });
    expect(event.organisationIds.sort()).toEqual([BIRMINGHAM_ID, DEMO_PARTNERSHIP_ID].sort());
    expect((await eventsOf(birminghamAdmin, BIRMINGHAM_ID, 'councils')).map((candidate) => candidate.requestId)).toContain(
      'audit-test-request-2',
    );
  });

  it('names only the council when the actor used their own council admin rights, though a partnership would also allow it', async () => {
    const [, practitionerId] = demoPermanentPractitionerIds('E08000025');
    const both = await hub.token({
      roles: ['council_admin', 'partnership_admin'],
      councils: [BIRMINGHAM_ID],
      partnerships: [DEMO_PARTNERSHIP_ID],
    });
    const response = await send(
      both,
      `mutation { practitionerUpdate(input: { id: "${practitionerId}", pcfLevel: EXPERIENCED_SOCIAL_WORKER }) { userErrors { code } } }`,
      {},
      'audit-test-request-2b',
    );
    expect(response.data!.practitionerUpdate.userErrors).toEqual([]);
    const event = (await eventsOf(birminghamAdmin, BIRMINGHAM_ID, 'councils')).find(
      (candidate) => candidate.requestId === 'audit-test-request-2b',
    )!;
    expect(event.organisationIds).toEqual([BIRMINGHAM_ID]);
  });

  it('keeps each subgraph’s events in its own list', async () => {
    const response = await send(
      birminghamAdmin,
      `mutation ($input: PlacementCommitmentSetInput!) { placementCommitmentSet(input: $input) { userErrors { code } } }`,
      { input: { partnershipId: DEMO_PARTNERSHIP_ID, councilId: BIRMINGHAM_ID, academicYear: TEST_ACADEMIC_YEAR, statutoryPlaces: 9 } },
      'audit-test-request-3',
    );
    expect(response.data!.placementCommitmentSet.userErrors).toEqual([]);
    const placements = await eventsOf(birminghamAdmin, BIRMINGHAM_ID, 'placements');
    expect(placements.filter((event) => event.requestId === 'audit-test-request-3').map((event) => event.recordType)).toEqual([
      'placement_commitment',
    ]);
    const councils = await eventsOf(birminghamAdmin, BIRMINGHAM_ID, 'councils');
    expect(councils.some((event) => event.requestId === 'audit-test-request-3')).toBe(false);
  });

  it('writes nothing for a refused or forbidden mutation', async () => {
    const before = await countRows('councils', 'SELECT count(*) AS n FROM councils.audit_event');
    const refused = await send(
      birminghamAdmin,
      `mutation { councilUpdate(input: { id: "${BIRMINGHAM_ID}", name: "" }) { userErrors { code } } }`,
      {},
      'audit-test-request-4',
    );
    expect(refused.data!.councilUpdate.userErrors).toEqual([{ code: 'REQUIRED' }]);
    const forbidden = await send(
      coventryAdmin,
      `mutation { councilUpdate(input: { id: "${BIRMINGHAM_ID}", name: "Taken over" }) { userErrors { code } } }`,
      {},
      'audit-test-request-5',
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await countRows('councils', 'SELECT count(*) AS n FROM councils.audit_event')).toBe(before);
  });

  it('writes the event in the change’s own transaction: a rolled-back change leaves no event', async () => {
    const { dataSource } = hub.subgraphs.councils.database;
    const before = await countRows('councils', 'SELECT count(*) AS n FROM councils.audit_event');
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(`SELECT set_config('hub.audit', $1, true)`, [
        JSON.stringify({ action: 'test', requestId: 'rolled-back', actor: 'test', actorRoles: [], organisationIds: [] }),
      ]);
      await runner.query(`UPDATE councils.council SET name = 'Rolled back' WHERE id = $1`, [COVENTRY_ID]);
      expect(await runner.query(`SELECT count(*)::int AS n FROM councils.audit_event WHERE request_id = 'rolled-back'`)).toEqual([
        { n: 1 },
      ]);
      await runner.rollbackTransaction();
    } finally {
      await runner.release();
    }
    expect(await countRows('councils', 'SELECT count(*) AS n FROM councils.audit_event')).toBe(before);
  });

  it('refuses any write that is not attributed, so nothing changes without a trace', async () => {
    await expect(
      hub.subgraphs.councils.database.dataSource.query(`UPDATE councils.council SET name = 'Unattributed' WHERE id = $1`, [COVENTRY_ID]),
    ).rejects.toThrow(/unattributed write to councils\.council/);
  });

  // Idempotency keys are the hub's bookkeeping of answers already given, written only beside an audited write.
  it.each(subgraphRegistry.map((entry) => entry.name))('audits every table of the %s subgraph', async (name) => {
    const unaudited = await hub.subgraphs[name].database.dataSource.query(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = $1 AND table_type = 'BASE TABLE' AND table_name NOT IN ('migrations', 'audit_event', 'idempotency_key')
          AND table_name NOT IN (SELECT event_object_table FROM information_schema.triggers
                                  WHERE trigger_schema = $1 AND trigger_name = 'audit_event_trigger')`,
      [name],
    );
    expect(unaudited).toEqual([]);
  });

  it('shows an organisation’s log only to its own admins', async () => {
    for (const token of [
      coventryAdmin,
      await hub.token({ roles: ['dashboard_viewer'] }),
      await hub.token({ roles: ['university_admin'], universities: [DEMO_UNIVERSITY_ID] }),
    ]) {
      const response = await hub.query(token, AUDIT_EVENTS, { organisationId: BIRMINGHAM_ID });
      expect(errorCode(response)).toBe('FORBIDDEN');
      expect(response.data?.auditEvents ?? null).toBeNull();
    }
    const malformed = await hub.query(birminghamAdmin, AUDIT_EVENTS, { organisationId: 'not-an-id' });
    expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
  });

  it('refuses another organisation’s log when a subgraph is called directly', async () => {
    const direct = await hub.query(
      coventryAdmin,
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on OrganisationAuditLog { placements { nodes { recordId } } } } }`,
      { representations: [{ __typename: 'OrganisationAuditLog', organisationId: BIRMINGHAM_ID }] },
      hub.subgraphs.placements.url,
    );
    expect(errorCode(direct)).toBe('FORBIDDEN');
    expect(direct.data?._entities?.[0]?.placements ?? null).toBeNull();
  });

  // The heading row names no organisation and the mutation checks the role only: the event falls back to the
  // organisations the actor's token names.
  it('lists a partnership admin’s change to a shared KSS heading in that partnership’s audit log', async () => {
    const admin = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
    const [heading] = await hub.subgraphs.leadership.database.dataSource.query('SELECT id FROM leadership.kss_standard LIMIT 1');
    const changed = await hub.query(
      admin,
      `mutation { kssStandardUpdate(input: { id: "${heading.id}", heading: "Reworded in review" }) { userErrors { code } } }`,
    );
    expect(changed.data!.kssStandardUpdate.userErrors).toEqual([]);
    const log = await hub.query(
      admin,
      `query ($id: ID!) { auditEvents(organisationId: $id) { leadership(first: 100) { nodes { action recordId } } } }`,
      { id: DEMO_PARTNERSHIP_ID },
    );
    expect(log.data!.auditEvents.leadership.nodes).toContainEqual({ action: 'kssStandardUpdate', recordId: heading.id });
  });

  it('answers an audit-log cursor whose sequence does not fit a bigint as bad input, not an internal error', async () => {
    const admin = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
    const response = await hub.query(
      admin,
      `query ($id: ID!, $after: String) { auditEvents(organisationId: $id) { councils(first: 2, after: $after) { nodes { id } } } }`,
      { id: BIRMINGHAM_ID, after: encodeCursor({ sortValue: '9999999999999999999', id: randomUUID() }) },
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
  });

  it('pages newest first without repeating or skipping events', async () => {
    for (let index = 0; index < 3; index += 1) {
      await send(
        birminghamAdmin,
        `mutation { councilUpdate(input: { id: "${BIRMINGHAM_ID}", name: "Birmingham City Council ${index}" }) { userErrors { code } } }`,
        {},
        `audit-test-page-${index}-${randomUUID().slice(0, 8)}`,
      );
    }
    const newestTen = (await hub.query(birminghamAdmin, AUDIT_EVENTS, { organisationId: BIRMINGHAM_ID, first: 10 })).data!.auditEvents
      .councils.nodes;
    const paged: AuditEventNode[] = [];
    let after: string | null = null;
    for (let page = 0; page < 4; page += 1) {
      const response: any = await hub.query(birminghamAdmin, AUDIT_EVENTS, { organisationId: BIRMINGHAM_ID, first: 3, after });
      paged.push(...response.data.auditEvents.councils.nodes);
      after = response.data.auditEvents.councils.pageInfo.endCursor;
    }
    expect(paged.slice(0, 10)).toEqual(newestTen);
    expect(newestTen.slice(0, 3).map((event: AuditEventNode) => event.requestId.slice(0, 17))).toEqual([
      'audit-test-page-2',
      'audit-test-page-1',
      'audit-test-page-0',
    ]);
  });
});
