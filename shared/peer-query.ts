/**
 * A query one subgraph sends another while serving a request, on the caller's behalf: with the
 * caller's own token, so the other subgraph applies the caller's scope and shows nothing the
 * caller could not read through the gateway, and with the request id, so the logs tie up. It is
 * signed like the gateway's requests, since it comes from inside the hub.
 */
import { ErrorCode } from './errors';
import { GATEWAY_SIGNATURE_HEADER, signGatewayRequest } from './gateway-signature';
import { REQUEST_ID_HEADER } from './http-server';

export type PeerQuery = <Data>(subgraph: string, query: string, variables: Record<string, unknown>) => Promise<Data>;

export interface PeerQueryOptions {
  /** Each subgraph's GraphQL URL, by name; read when a query is sent. */
  readonly urls: Readonly<Record<string, string>>;
  readonly signingSecret: string | null;
  readonly timeoutMs: number;
  readonly authorization: string;
  readonly requestId: string;
}

export function createPeerQuery(options: PeerQueryOptions): PeerQuery {
  return async <Data>(subgraph: string, query: string, variables: Record<string, unknown>): Promise<Data> => {
    const url = options.urls[subgraph];
    if (!url) throw new Error(`No URL is configured for the ${subgraph} subgraph.`);
    const body = JSON.stringify({ query, variables });
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      authorization: options.authorization,
      [REQUEST_ID_HEADER]: options.requestId,
    };
    if (options.signingSecret) {
      headers[GATEWAY_SIGNATURE_HEADER] = signGatewayRequest(options.signingSecret, {
        method: 'POST',
        search: '',
        subgraph,
        requestId: options.requestId,
        authorization: options.authorization,
        body,
      });
    }
    const response = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(options.timeoutMs) });
    const result = (await response.json().catch(() => null)) as { data?: Data; errors?: { extensions?: { code?: string } }[] } | null;
    if (!response.ok || !result?.data || result.errors?.length) {
      // An unexpected fault: masked for the caller, with the request id that finds this in the logs.
      throw new Error(
        `The ${subgraph} subgraph answered HTTP ${response.status} (${result?.errors?.[0]?.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR}).`,
      );
    }
    return result.data;
  };
}
