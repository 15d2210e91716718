/**
 * What every attack file shares: the shape of an attack row, raw HTTP to the gateway or a subgraph
 * (so the status and body are seen as a client sees them), and the run that checks each row gets
 * its error, writes nothing and leaves every server answering. "Nothing written" is read off the
 * audit log: every write makes an audit event, so an unchanged count of events in every subgraph
 * means no change.
 */
import { subgraphRegistry } from '#hub/shared/subgraph-registry';
import { DEMO_PARTNERSHIP_ID } from './demo';
import type { TestHub } from './test-hub';

export interface Reply {
  status: number;
  body: {
    data?: Record<string, any> | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  } | null;
}

export interface AttackCase {
  readonly name: string;
  readonly send: () => Promise<Reply>;
  /** The HTTP status and error code expected; `code: null` means the request is answered without error (and `check` says what). */
  readonly status: number;
  readonly code: string | null;
  readonly check?: (reply: Reply) => void;
  /**
   * The same request from a caller allowed to make it, with what they must get: proof that the
   * records the attack must not reach exist, so the row could fail. Reads only.
   */
  readonly control?: { readonly send: () => Promise<Reply>; readonly check: (reply: Reply) => void };
}

export const ENTITIES = (selection: string) => `query ($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`;
export const entities = (reply: Reply) => reply.body?.data?._entities;

/** A payload's user errors as "field.path: CODE" lines. */
export const userErrorCodes = (reply: Reply, payload: string): string[] | undefined =>
  reply.body?.data?.[payload]?.userErrors?.map((error: { field: string[]; code: string }) => `${error.field.join('.')}: ${error.code}`);

/** A `check` that the payload's user errors are `expected` ("field.path: CODE"), the first with `message` when given. */
export const refusedWith =
  (payload: string, expected: string[], message?: string) =>
  (reply: Reply): void => {
    expect(userErrorCodes(reply, payload)).toEqual(expected);
    if (message) expect(reply.body?.data?.[payload]?.userErrors[0].message).toBe(message);
  };

export async function request(url: string, init: RequestInit): Promise<Reply> {
  const response = await fetch(url, init);
  const text = await response.text();
  let parsed: Reply['body'] = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  return { status: response.status, body: parsed };
}

const bearer = (token: string | null): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});

export const post = (url: string, body: string, token: string | null, contentType = 'application/json') =>
  request(url, { method: 'POST', headers: { 'content-type': contentType, ...bearer(token) }, body });

export const get = (url: string, operation: string, token: string, headers: Record<string, string> = {}) =>
  request(`${url}?query=${encodeURIComponent(operation)}`, { headers: { ...bearer(token), ...headers } });

/** Attacks against one running hub; `hub` is read when a request is sent, so this can be made before `beforeAll`. */
export function attacksOn(hub: () => TestHub) {
  const graphql = (token: string | null, query: string, variables: Record<string, unknown> = {}, url = hub().gatewayUrl) =>
    post(url, JSON.stringify({ query, variables }), token);

  /** A mutation with one `input`, selecting `selection` and its user errors. */
  const mutate = (token: string, payload: string, inputType: string, input: Record<string, unknown>, selection: string, url?: string) =>
    graphql(
      token,
      `mutation ($input: ${inputType}!) { ${payload}(input: $input) { ${selection} userErrors { field code message } } }`,
      { input },
      url,
    );

  /** Runs a mutation the attacks build on, which must succeed. */
  const setUp = async (token: string, payload: string, inputType: string, input: Record<string, unknown>, selection: string) => {
    const reply = await mutate(token, payload, inputType, input, selection);
    const result = reply.body?.data?.[payload];
    if (!result || result.userErrors.length > 0) throw new Error(`Setting up with ${payload} failed: ${JSON.stringify(reply.body)}`);
    return result;
  };

  const auditEventCount = async (): Promise<number> => {
    let total = 0;
    for (const { name } of subgraphRegistry) {
      const [row] = await hub().subgraphs[name].database.dataSource.query(`SELECT count(*)::int AS n FROM "${name}".audit_event`);
      total += row.n;
    }
    return total;
  };

  /** The gateway and every subgraph behind it still answer. */
  const answersNormally = async () => {
    const partnershipAdmin = await hub().token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
    const reply = await graphql(
      partnershipAdmin,
      `{ councils(first: 1) { totalCount } practitioners(first: 1) { totalCount } partnership(id: "${DEMO_PARTNERSHIP_ID}") {
        universities { id } placementSettings { statutoryPlacementsRequired } leadershipSettings { minLearningDays } } }`,
    );
    expect(reply.status).toBe(200);
    expect(reply.body?.errors).toBeUndefined();
  };

  const runAttack = async (attack: AttackCase) => {
    if (attack.control) attack.control.check(await attack.control.send());
    const before = await auditEventCount();
    const reply = await attack.send();
    const error = reply.body?.errors?.[0];
    expect({ status: reply.status, code: error?.extensions?.code ?? null, message: error?.message }).toEqual({
      status: attack.status,
      code: attack.code,
      // A clear error says what is wrong in words; a case answered without error has no message.
      message: attack.code === null ? undefined : expect.stringMatching(/\w{3,}.*\w{3,}/),
    });
    attack.check?.(reply);
    expect(await auditEventCount()).toBe(before);
    await answersNormally();
  };

  return { graphql, mutate, setUp, auditEventCount, answersNormally, runAttack };
}
