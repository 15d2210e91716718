/**
 * A small HTTP front for Apollo Server, used by the gateway and every subgraph: `/graphql`,
 * `/health` (the process is up) and `/ready` (it can serve: database reachable, schema loaded),
 * which answers within its time limit whatever it waits on.
 * It caps the request body, refuses batches, gives every request an id (or keeps a sane incoming
 * one), lets a subgraph refuse a request before GraphQL sees it (`checkCaller`), and runs the
 * request inside its request scope so logs and SQL counts can be tied to it. `close()` drains:
 * see docs/operations.md, "Stopping and restarting".
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { CallerCheck } from './gateway-signature';
import type { Logger } from './logger';
import { currentRequestScope, runInRequestScope } from './request-context';
import { REQUEST_ID_HEADER } from './request-id';

const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export interface GraphQLHttpOptions<Context extends BaseContext> {
  readonly apollo: ApolloServer<Context>;
  readonly context: (request: http.IncomingMessage, requestId: string, viaGateway: boolean) => Promise<Context>;
  /** Runs on the raw request before GraphQL does: a refusal is answered as it is, and nothing runs. */
  readonly checkCaller?: (request: http.IncomingMessage, body: string) => CallerCheck;
  readonly isReady: () => Promise<boolean | Readiness>;
  /** How long `/ready` waits on `isReady` before answering 503. */
  readonly readyTimeoutMs: number;
  readonly bodyLimitBytes: number;
  readonly host: string;
  readonly port: number;
  readonly log: Logger;
  /** Web pages served beside the API (the gateway's): answers the request and gives true, or leaves it and gives false. */
  readonly pages?: (request: http.IncomingMessage, url: URL, response: http.ServerResponse) => boolean | Promise<boolean>;
}

/** What `/ready` reports: whether the service can serve, and the state of each subgraph it serves from (the gateway). */
export interface Readiness {
  readonly ready: boolean;
  readonly subgraphs?: Readonly<Record<string, string>>;
}

export interface RunningHttpServer {
  readonly url: string;
  readonly port: number;
  /**
   * Stops accepting connections, answers `/ready` 503 from then on, lets the requests in flight
   * finish (for up to `graceMs`, without bound when omitted), closes idle keep-alive sockets, and
   * resolves once every connection is closed.
   */
  close(graceMs?: number): Promise<void>;
}

export async function serveGraphQL<Context extends BaseContext>(options: GraphQLHttpOptions<Context>): Promise<RunningHttpServer> {
  const inFlight = new Set<http.ServerResponse>();
  let draining = false;
  let lastOneFinished = () => {};
  const server = http.createServer((request, response) => {
    inFlight.add(response);
    // A keep-alive client must not send its next request to a service that is going away.
    if (draining) response.setHeader('connection', 'close');
    response.once('close', () => {
      inFlight.delete(response);
      if (draining && inFlight.size === 0) lastOneFinished();
    });
    handle(options, () => draining, request, response).catch((error: unknown) => {
      options.log.error({ err: (error as Error).message }, 'unhandled HTTP error');
      if (!response.headersSent) sendJson(response, 500, { errors: [{ message: 'Internal error' }] });
      else response.end();
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  const close = async (graceMs?: number) => {
    draining = true;
    // Headers go out only when an answer is complete, so every request in flight can still be told.
    for (const response of inFlight) if (!response.headersSent) response.setHeader('connection', 'close');
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    if (inFlight.size > 0) {
      const finished = new Promise<boolean>((resolve) => (lastOneFinished = () => resolve(true)));
      const graceOver = graceMs === undefined ? null : new Promise<boolean>((resolve) => setTimeout(() => resolve(false), graceMs).unref());
      if (!(await Promise.race(graceOver ? [finished, graceOver] : [finished]))) {
        options.log.warn({ cut: inFlight.size, graceMs }, 'requests still running when the shutdown grace ran out; cutting them');
        server.closeAllConnections();
      }
    }
    server.closeIdleConnections();
    await closed;
  };
  return { url: `http://${options.host}:${port}/graphql`, port, close };
}

async function handle<Context extends BaseContext>(
  options: GraphQLHttpOptions<Context>,
  draining: () => boolean,
  request: http.IncomingMessage,
  response: http.ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/health') return sendJson(response, 200, { status: 'ok' });
  if (url.pathname === '/ready') {
    // A load balancer's check on a connection it keeps open hears at once that this service is leaving.
    if (draining()) return sendJson(response, 503, { status: 'stopping' });
    const { ready, ...details } = await readinessWithin(options.isReady, options.readyTimeoutMs);
    return sendJson(response, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', ...details });
  }
  if (await options.pages?.(request, url, response)) return;
  if (url.pathname !== '/graphql') return sendJson(response, 404, { error: 'Not found: the GraphQL endpoint is /graphql' });

  const incomingId = request.headers[REQUEST_ID_HEADER];
  const requestId = typeof incomingId === 'string' && SAFE_REQUEST_ID.test(incomingId) ? incomingId : randomUUID();
  response.setHeader(REQUEST_ID_HEADER, requestId);

  const body = await readBody(request, options.bodyLimitBytes);
  if (body.kind === 'too-large') {
    return sendJson(response, 413, graphQLErrorBody(`The request body exceeds ${options.bodyLimitBytes} bytes.`, 'PAYLOAD_TOO_LARGE'));
  }
  const caller = options.checkCaller?.(request, body.text) ?? { viaGateway: false };
  if ('refused' in caller) {
    options.log.warn({ requestId, code: caller.refused.code }, 'refused a request');
    return sendJson(response, caller.refused.status, graphQLErrorBody(caller.refused.message, caller.refused.code));
  }
  let parsedBody: unknown;
  if (request.method === 'POST') {
    try {
      parsedBody = body.text === '' ? undefined : JSON.parse(body.text);
    } catch {
      return sendJson(response, 400, graphQLErrorBody('The request body is not valid JSON.', 'BAD_REQUEST'));
    }
  }
  // One request, one operation: a batch would multiply the work past every per-query limit.
  if (Array.isArray(parsedBody)) {
    return sendJson(
      response,
      400,
      graphQLErrorBody('Batched requests are not accepted: send one operation per request, as a JSON object.', 'BATCHING_NOT_SUPPORTED'),
    );
  }

  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const result = await runInRequestScope(requestId, () => {
    noteCallerGone(response);
    return options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body: parsedBody },
      context: () => options.context(request, requestId, caller.viaGateway),
    });
  });
  for (const [name, value] of result.headers) response.setHeader(name, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

/**
 * A caller that gave up (the gateway's timeout, a client cancelling) closes its connection; a
 * request held up meanwhile (a process stopped, packets held) may only be read after that. Its
 * transactions then roll back (deadline-subscriber.ts), so "timed out" still means "not written".
 */
function noteCallerGone(response: http.ServerResponse): void {
  const scope = currentRequestScope()!;
  if (response.destroyed) scope.callerGone = true;
  response.once('close', () => {
    if (!response.writableFinished) scope.callerGone = true;
  });
}

/** A check that fails or outlasts its limit means not ready: a probe that hangs tells a load balancer nothing. */
async function readinessWithin(isReady: () => Promise<boolean | Readiness>, limitMs: number): Promise<Readiness & { reason?: string }> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Readiness & { reason: string }>((resolve) => {
    timer = setTimeout(() => resolve({ ready: false, reason: `no answer within ${limitMs} ms` }), limitMs);
  });
  const checked = isReady().then(
    (answer) => (typeof answer === 'boolean' ? { ready: answer } : answer),
    () => ({ ready: false }),
  );
  try {
    return await Promise.race([checked, late]);
  } finally {
    clearTimeout(timer);
  }
}

type Body = { kind: 'ok'; text: string } | { kind: 'too-large' };

export async function readBody(request: http.IncomingMessage, limit: number): Promise<Body> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) {
    request.resume();
    return { kind: 'too-large' };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      request.resume();
      return { kind: 'too-large' };
    }
    chunks.push(chunk as Buffer);
  }
  return { kind: 'ok', text: Buffer.concat(chunks).toString('utf8') };
}

function graphQLErrorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

export function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(body));
}
