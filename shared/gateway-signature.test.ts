import type { IncomingHttpHeaders } from 'node:http';
import {
  checkGatewaySignature,
  GATEWAY_SIGNATURE_HEADER,
  randomSigningSecret,
  signGatewayRequest,
  type GatewaySigningPolicy,
  type SignedRequest,
} from './gateway-signature';

describe('gateway request signatures', () => {
  const secret = randomSigningSecret();
  const strict: GatewaySigningPolicy = { subgraph: 'leadership', secret, acceptDirectCalls: false };
  const lenient: GatewaySigningPolicy = { ...strict, acceptDirectCalls: true };
  const now = Date.parse('2026-03-02T10:00:00Z');
  const sent: SignedRequest = {
    method: 'POST',
    search: '',
    subgraph: 'leadership',
    requestId: 'request-0001',
    hubNow: '2026-03-02T10:00:00.000Z',
    timeLeftMs: '9000',
    idempotencyKey: 'retry-key-0001',
    authorization: 'Bearer aaa.bbb.ccc',
    body: '{"query":"query($representations:[_Any!]!){_entities(representations:$representations){__typename}}","variables":{}}',
  };

  /** The headers a subgraph sees for `received`, signed over `signed`. */
  function headers(signed: SignedRequest, received: SignedRequest = signed, at = now): IncomingHttpHeaders {
    return {
      authorization: received.authorization,
      'x-request-id': received.requestId,
      'x-hub-now': received.hubNow,
      'x-hub-time-left-ms': received.timeLeftMs,
      'idempotency-key': received.idempotencyKey,
      [GATEWAY_SIGNATURE_HEADER]: signGatewayRequest(secret, signed, at),
    };
  }
  const check = (policy: GatewaySigningPolicy, requestHeaders: IncomingHttpHeaders, body = sent.body, at = now) =>
    checkGatewaySignature(policy, { method: sent.method, search: sent.search, headers: requestHeaders }, body, at);
  const codeOf = (result: ReturnType<typeof check>) => ('refused' in result ? result.refused.code : 'served');

  it('accepts the request it signed, as coming through the gateway', () => {
    expect(check(strict, headers(sent))).toEqual({ viaGateway: true });
    expect(check(lenient, headers(sent))).toEqual({ viaGateway: true });
  });

  it('refuses an unsigned request when direct calls are refused, and serves it as a direct call otherwise', () => {
    const unsigned = { authorization: sent.authorization, 'x-request-id': sent.requestId };
    expect(check(strict, unsigned)).toEqual({
      refused: { status: 403, code: 'GATEWAY_SIGNATURE_REQUIRED', message: expect.stringMatching(/Send the request to the gateway/) },
    });
    expect(check(lenient, unsigned)).toEqual({ viaGateway: false });
  });

  it.each([
    ['another body', { ...sent, body: sent.body.replace('{}', '{"x":1}') }],
    ['another method (a GET carries its operation in the URL)', { ...sent, method: 'GET' }],
    ['another query string', { ...sent, search: 'query=%7B__typename%7D' }],
    ['another token', { ...sent, authorization: 'Bearer ddd.eee.fff' }],
    ['another request id', { ...sent, requestId: 'request-0002' }],
    ['another reading of the hub’s clock (a day later)', { ...sent, hubNow: '2026-03-03T10:00:00.000Z' }],
    ['another subgraph', { ...sent, subgraph: 'councils' }],
    ['a shorter time to answer (a request given more time than the gateway gave it)', { ...sent, timeLeftMs: '900' }],
    ['another idempotency key', { ...sent, idempotencyKey: 'retry-key-0002' }],
    ['no idempotency key (one added on the way)', { ...sent, idempotencyKey: '' }],
  ])('refuses a signature made for %s, whatever the policy', (_case, signed) => {
    for (const policy of [strict, lenient]) {
      const result = check(policy, headers(signed, sent));
      expect(codeOf(result)).toBe('GATEWAY_SIGNATURE_INVALID');
      expect(result).toMatchObject({ refused: { status: 401, message: expect.stringMatching(/does not match this request/) } });
    }
  });

  it('refuses a signature made with another secret', () => {
    const forged = { ...headers(sent), [GATEWAY_SIGNATURE_HEADER]: signGatewayRequest(randomSigningSecret(), sent, now) };
    expect(codeOf(check(lenient, forged))).toBe('GATEWAY_SIGNATURE_INVALID');
  });

  it('accepts a signature up to 60 s old or ahead, and refuses one beyond that', () => {
    expect(check(strict, headers(sent, sent, now - 60_000))).toEqual({ viaGateway: true });
    expect(check(strict, headers(sent, sent, now + 60_000))).toEqual({ viaGateway: true });
    for (const at of [now - 61_000, now + 61_000]) {
      const result = check(strict, headers(sent, sent, at));
      expect(result).toMatchObject({ refused: { code: 'GATEWAY_SIGNATURE_INVALID', message: expect.stringMatching(/more than 60 s/) } });
    }
  });

  it('refuses a malformed signature header', () => {
    for (const value of ['', 'v1=abc', `t=1,v1=${'0'.repeat(63)}`, `t=1,v1=${'G'.repeat(64)}`]) {
      expect(codeOf(check(lenient, { ...headers(sent), [GATEWAY_SIGNATURE_HEADER]: value }))).toBe('GATEWAY_SIGNATURE_INVALID');
    }
  });

  it('treats every request as a direct call when the subgraph has no secret', () => {
    expect(check({ ...lenient, secret: null }, headers(sent))).toEqual({ viaGateway: false });
    expect(codeOf(check({ ...strict, secret: null }, headers(sent)))).toBe('GATEWAY_SIGNATURE_REQUIRED');
  });

  it('ignores whitespace around the Authorization header, as the token check does', () => {
    expect(check(strict, headers(sent, { ...sent, authorization: ` ${sent.authorization} ` }))).toEqual({ viaGateway: true });
  });
});
