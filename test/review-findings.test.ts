/**
 * Findings of a security review, each a test. `it.failing` marks a weakness not yet fixed: the test
 * states the behaviour we want, fails today, and so passes; when the weakness is fixed, Jest reports
 * it and the `.failing` comes off.
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { GATEWAY_SIGNATURE_HEADER, signGatewayRequest } from '../shared/gateway-signature';
import { encodeCursor } from '../shared/pagination';
import { BIRMINGHAM_ID, COVENTRY_ID, DEMO_PARTNERSHIP_ID } from './support/demo';
import { errorCode, startTestHub, type TestHub } from './support/test-hub';

/** Sends a GET with a body, which fetch() will not do. */
function getWithBody(url: URL, headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'GET', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } },
      (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

describe('review findings', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
  });
  afterAll(() => hub.stop());

  it('answers an audit-log cursor whose sequence does not fit a bigint as bad input, not an internal error', async () => {
    const admin = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
    const response = await hub.query(
      admin,
      `query ($id: ID!, $after: String) { auditEvents(organisationId: $id) { councils(first: 2, after: $after) { nodes { id } } } }`,
      { id: BIRMINGHAM_ID, after: encodeCursor({ sortValue: '9999999999999999999', id: randomUUID() }) },
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
  });

  // The signature covers the body but not the method or the URL: a GET carrying a captured POST's body and
  // signature runs the operation in its query string as if the gateway had sent it, forged member list included.
  it.failing('does not let a signature made for one POST body vouch for a GET whose operation is in the URL', async () => {
    const ownPartnership = randomUUID();
    const intruder = await hub.token({ roles: ['partnership_admin'], partnerships: [ownPartnership] });
    const capturedBody = JSON.stringify({ query: '{ __typename }' });
    const requestId = 'review-get-0001';
    const signature = signGatewayRequest(hub.config.gatewaySigning.secret!, {
      subgraph: 'leadership',
      requestId,
      authorization: `Bearer ${intruder}`,
      body: capturedBody,
    });
    const url = new URL(hub.subgraphs.leadership.url);
    url.searchParams.set(
      'query',
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Partnership { leadershipProgress { total { asye { inProgress } } } } } }',
    );
    url.searchParams.set(
      'variables',
      JSON.stringify({ r: [{ __typename: 'Partnership', id: ownPartnership, councils: [{ id: BIRMINGHAM_ID }, { id: COVENTRY_ID }] }] }),
    );
    const reply = await getWithBody(
      url,
      {
        authorization: `Bearer ${intruder}`,
        'x-request-id': requestId,
        'apollo-require-preflight': 'true',
        [GATEWAY_SIGNATURE_HEADER]: signature,
      },
      capturedBody,
    );
    expect(reply.text).not.toContain('"inProgress"');
  });

  // kssStandardCreate/Update check the role only, so no organisation is noted and the heading row names none:
  // the event is listed for no one, although the headings are shared by every partnership.
  it.failing('lists a partnership admin’s change to a shared KSS heading in that partnership’s audit log', async () => {
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

  it('refuses a token that never expires', async () => {
    const token = await new SignJWT({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('never-expires')
      .setIssuer(hub.config.jwt.issuer)
      .setAudience(hub.config.jwt.audience)
      .sign(new TextEncoder().encode(hub.config.jwt.secret!));
    const response = await hub.query(token, `{ council(id: "${BIRMINGHAM_ID}") { name } }`);
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
  });
});
