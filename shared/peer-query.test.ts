import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPeerQuery } from './peer-query';

describe('a query from one subgraph to another', () => {
  let server: http.Server;
  let answer: { status: number; body: unknown };
  let received: http.IncomingHttpHeaders = {};
  let url: string;

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      received = request.headers;
      request.resume();
      response.statusCode = answer.status;
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(answer.body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const peers = (signingSecret: string | null = null, urls: Record<string, string> = { councils: url }) =>
    createPeerQuery({
      urls,
      signingSecret,
      timeoutMs: 2_000,
      deadline: performance.now() + 60_000,
      authorization: 'Bearer caller-token',
      requestId: 'peer-test-0001',
      now: new Date('2026-12-01T00:00:30Z'),
    });
  const ask = (query = peers()) => query('councils', '{ practitioner(id: "x") { id } }', {});

  it('sends the caller’s token, the request id and its reading of the clock, signed only when a secret is given', async () => {
    answer = { status: 200, body: { data: { practitioner: { id: 'x' } } } };
    expect(await ask()).toEqual({ practitioner: { id: 'x' } });
    expect(received).toMatchObject({
      authorization: 'Bearer caller-token',
      'x-request-id': 'peer-test-0001',
      'x-hub-now': '2026-12-01T00:00:30.000Z',
    });
    expect(received['x-hub-gateway-signature']).toBeUndefined();
    await ask(peers('s'.repeat(40)));
    expect(received['x-hub-gateway-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
  });

  it('reads a refusal to show the record as the nulls it comes with', async () => {
    answer = { status: 200, body: { data: { practitioner: null }, errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] } };
    expect(await ask()).toEqual({ practitioner: null });
  });

  it.each([
    ['an internal error', { status: 200, body: { data: null, errors: [{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } }],
    ['an HTTP 500', { status: 500, body: { errors: [{ message: 'x' }] } }],
    [
      'an unsigned request refused',
      { status: 403, body: { errors: [{ message: 'x', extensions: { code: 'GATEWAY_SIGNATURE_REQUIRED' } }] } },
    ],
  ])('answers SUBGRAPH_UNAVAILABLE for %s', async (_case, reply) => {
    answer = reply;
    await expect(ask()).rejects.toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'councils' } });
  });

  it('answers DATABASE_UNAVAILABLE, naming the subgraph asked, when that subgraph’s database did not answer', async () => {
    answer = {
      status: 503,
      body: { data: null, errors: [{ message: 'x', extensions: { code: 'DATABASE_UNAVAILABLE', serviceName: 'councils' } }] },
    };
    await expect(ask()).rejects.toMatchObject({
      message: expect.stringMatching(/councils subgraph's database did not answer/),
      extensions: { code: 'DATABASE_UNAVAILABLE', serviceName: 'councils' },
    });
  });

  it('answers SUBGRAPH_UNAVAILABLE when nothing listens there', async () => {
    await expect(ask(peers(null, { councils: 'http://127.0.0.1:1/graphql' }))).rejects.toMatchObject({
      message: expect.stringMatching(/could not be asked \(unreachable\), so nothing was written/),
      extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
    });
  });

  const withDeadline = (deadline: number) =>
    createPeerQuery({
      urls: { councils: url },
      signingSecret: null,
      timeoutMs: 2_000,
      deadline,
      authorization: '',
      requestId: 'peer-test-0002',
      now: new Date(),
    });

  it('passes on the time left before the request’s deadline', async () => {
    answer = { status: 200, body: { data: { practitioner: null } } };
    await withDeadline(performance.now() + 1_500)('councils', '{ practitioner(id: "x") { id } }', {});
    expect(Number(received['x-hub-time-left-ms'])).toBeGreaterThan(1_000);
    expect(Number(received['x-hub-time-left-ms'])).toBeLessThanOrEqual(1_500);
  });

  it('asks nothing once the request’s deadline has passed', async () => {
    received = {};
    await expect(withDeadline(performance.now() - 1)('councils', '{ practitioner(id: "x") { id } }', {})).rejects.toMatchObject({
      message: expect.stringMatching(/deadline had passed\), so nothing was written/),
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'councils' },
    });
    expect(received).toEqual({});
  });
});
