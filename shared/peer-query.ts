/**
 * A query one subgraph sends another while serving a request, on the caller's behalf: with the
 * caller's own token, so the other subgraph applies the caller's scope and shows nothing the
 * caller could not read through the gateway, and with the request id, so the logs tie up. It is
 * signed like the gateway's requests, since it comes from inside the hub. It passes on the time
 * left before the request's deadline, and waits no longer than that.
 */
import { GraphQLError } from 'graphql';
import { HUB_NOW_HEADER } from './clock';
import { TIME_LEFT_HEADER, timeLeftMs } from './deadline';
import { ErrorCode } from './errors';
import { GATEWAY_SIGNATURE_HEADER, signGatewayRequest } from './gateway-signature';
import { REQUEST_ID_HEADER } from './request-id';

export type PeerQuery = <Data>(subgraph: string, query: string, variables: Record<string, unknown>) => Promise<Data>;

export interface PeerQueryOptions {
  /** Each subgraph's GraphQL URL, by name; read when a query is sent. */
  readonly urls: Readonly<Record<string, string>>;
  /** Null unless the request being served came through the gateway: a direct call stays one. */
  readonly signingSecret: string | null;
  readonly timeoutMs: number;
  /** When the request being served must be done (deadline.ts): the other subgraph is given what is left. */
  readonly deadline: number;
  readonly authorization: string;
  readonly requestId: string;
  /** The request's reading of the hub's clock, passed on so the other subgraph decides by the same day. */
  readonly now: Date;
}

export function createPeerQuery(options: PeerQueryOptions): PeerQuery {
  return async <Data>(subgraph: string, query: string, variables: Record<string, unknown>): Promise<Data> => {
    const url = options.urls[subgraph];
    if (!url) throw new Error(`No URL is configured for the ${subgraph} subgraph.`);
    const body = JSON.stringify({ query, variables });
    const left = timeLeftMs(options.deadline);
    const waitMs = Math.min(options.timeoutMs, left);
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      authorization: options.authorization,
      [REQUEST_ID_HEADER]: options.requestId,
      [HUB_NOW_HEADER]: options.now.toISOString(),
      [TIME_LEFT_HEADER]: String(left),
    };
    if (options.signingSecret) {
      headers[GATEWAY_SIGNATURE_HEADER] = signGatewayRequest(options.signingSecret, {
        method: 'POST',
        search: '',
        subgraph,
        requestId: options.requestId,
        hubNow: options.now.toISOString(),
        timeLeftMs: String(left),
        idempotencyKey: '',
        authorization: options.authorization,
        body,
      });
    }
    const unavailable = (reason: string) =>
      new GraphQLError(`The ${subgraph} subgraph could not be asked (${reason}), so nothing was written. Try again shortly.`, {
        extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: subgraph },
      });
    if (left === 0) throw unavailable("this request's deadline had passed");
    let response: Response;
    try {
      // The configured URL only, and no redirects: the caller's token goes nowhere else.
      response = await fetch(url, { method: 'POST', headers, body, redirect: 'error', signal: AbortSignal.timeout(waitMs) });
    } catch (error) {
      throw unavailable((error as Error).name === 'TimeoutError' ? `no answer within ${waitMs} ms` : 'unreachable');
    }
    const result = (await response.json().catch(() => null)) as { data?: Data; errors?: { extensions?: { code?: string } }[] } | null;
    // The other subgraph is up but its database is not: say what failed, as that subgraph does.
    if (result?.errors?.some((error) => error.extensions?.code === ErrorCode.DATABASE_UNAVAILABLE)) {
      throw new GraphQLError(
        `The ${subgraph} subgraph's database did not answer, so it could not be asked and nothing was written. Try again shortly.`,
        {
          extensions: { code: ErrorCode.DATABASE_UNAVAILABLE, serviceName: subgraph },
        },
      );
    }
    // FORBIDDEN means the caller may not see what was asked: the answer's nulls say so.
    const refusedOnly = result?.errors?.every((error) => error.extensions?.code === ErrorCode.FORBIDDEN) ?? true;
    if (!response.ok || !result?.data || !refusedOnly) throw unavailable(`HTTP ${response.status}`);
    return result.data;
  };
}
