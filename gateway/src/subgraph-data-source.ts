/**
 * How the gateway calls a subgraph: it forwards the caller's bearer token (each subgraph
 * verifies it again), the request id, its reading of the hub's clock and the caller's
 * Idempotency-Key, gives the subgraph a deadline a margin short of its own wait (shared/deadline.ts), signs the request so the subgraph can believe what the
 * gateway adds to it (shared/gateway-signature.ts), and gives up after the configured timeout
 * with a SUBGRAPH_TIMEOUT error naming the subgraph, instead of hanging; a read (each fetch says
 * which it is, operation-kind.ts) that could not reach the subgraph is tried again within that time (read-retry.ts). When a subgraph refuses a request
 * (HTTP 4xx with GraphQL errors, e.g. a malformed GSS code) or says its database did not answer
 * (HTTP 503, DATABASE_UNAVAILABLE), its own message and code reach the caller rather than a bare
 * status line.
 */
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '#hub/shared/errors';
import { HUB_NOW_HEADER } from '#hub/shared/clock';
import { subgraphTimeLeftMs, TIME_LEFT_HEADER } from '#hub/shared/deadline';
import { GATEWAY_SIGNATURE_HEADER, signGatewayRequest } from '#hub/shared/gateway-signature';
import { IDEMPOTENCY_KEY_HEADER } from '#hub/shared/idempotency-key';
import { REQUEST_ID_HEADER } from '#hub/shared/request-id';
import { processInBatches } from './entity-batches';
import { failedFetchResponse, fetchFailure } from './failed-fetch';
import { OPERATION_KIND_HEADER, operationKind } from './operation-kind';
import { fetchRetryingReads } from './read-retry';

export interface GatewayContext {
  readonly authorization: string;
  readonly requestId: string;
  /** The request's one reading of the hub's clock, which every subgraph answering it uses. */
  readonly now: Date;
}

export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraphName: string,
    url: string,
    private readonly timeoutMs: number,
    private readonly signingSecret: string | null,
    /** The subgraph's request body limit: an entity fetch over it is sent in batches (entity-batches.ts). */
    private readonly bodyLimitBytes: number,
  ) {
    super({ url });
    const timedFetch = (input: string, init: RequestInit) =>
      fetchRetryingReads(input, { ...init, headers: this.signed(input, init), signal: AbortSignal.timeout(this.timeoutMs) });
    this.fetcher = timedFetch as unknown as RemoteGraphQLDataSource['fetcher'];
  }

  /**
   * Signs here rather than in willSendRequest: RemoteGraphQLDataSource serialises the body only
   * after willSendRequest, and the fetcher receives the very string it sends. Signing those bytes
   * needs no canonical form of the query and variables that both sides would have to agree on.
   */
  private signed(input: string, init: RequestInit): Record<string, string> {
    // Set as the fetch starts its timeout, so the subgraph's deadline falls before the gateway's.
    const headers: Record<string, string> = {
      ...(init.headers as Record<string, string>),
      [TIME_LEFT_HEADER]: String(subgraphTimeLeftMs(this.timeoutMs)),
    };
    if (!this.signingSecret) return headers;
    headers[GATEWAY_SIGNATURE_HEADER] = signGatewayRequest(this.signingSecret, {
      method: init.method ?? 'GET',
      search: new URL(input).search.slice(1),
      subgraph: this.subgraphName,
      requestId: headers[REQUEST_ID_HEADER] ?? '',
      hubNow: headers[HUB_NOW_HEADER] ?? '',
      timeLeftMs: headers[TIME_LEFT_HEADER],
      idempotencyKey: headers[IDEMPOTENCY_KEY_HEADER] ?? '',
      authorization: headers.authorization ?? '',
      body: String(init.body ?? ''),
    });
    return headers;
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    try {
      // Half the limit for the representations leaves the other half for the query and the rest of the body.
      return await processInBatches(options, Math.floor(this.bodyLimitBytes / 2), (batch) => super.process(batch));
    } catch (error) {
      return failedFetchResponse(options, fetchFailure(this.subgraphName, error));
    }
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const { request, context } = options;
    if (!('authorization' in context)) return;
    request.http?.headers.set('authorization', context.authorization);
    request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    request.http?.headers.set(HUB_NOW_HEADER, context.now.toISOString());
    request.http?.headers.set(OPERATION_KIND_HEADER, operationKind(request.query ?? ''));
    // Only root mutation fields read it; the subgraph checks its form.
    const idempotencyKey =
      'incomingRequestContext' in options ? options.incomingRequestContext.request.http?.headers.get(IDEMPOTENCY_KEY_HEADER) : undefined;
    if (idempotencyKey) request.http?.headers.set(IDEMPOTENCY_KEY_HEADER, idempotencyKey);
  }

  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    const body = (await this.parseBody(response).catch(() => null)) as {
      errors?: { message?: string; extensions?: { code?: string } }[];
    } | null;
    const refusal = body?.errors?.[0];
    if (refusal?.message && (response.status < 500 || refusal.extensions?.code === ErrorCode.DATABASE_UNAVAILABLE)) {
      return new GraphQLError(refusal.message, {
        extensions: { code: refusal.extensions?.code ?? 'BAD_REQUEST', serviceName: this.subgraphName },
      });
    }
    return new GraphQLError(`The ${this.subgraphName} subgraph answered HTTP ${response.status}.`, {
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, serviceName: this.subgraphName },
    });
  }

  override didEncounterError(error: Error): void {
    if (error.name === 'TimeoutError') {
      throw new GraphQLError(`The ${this.subgraphName} subgraph did not answer within ${this.timeoutMs} ms.`, {
        extensions: { code: ErrorCode.SUBGRAPH_TIMEOUT, serviceName: this.subgraphName },
      });
    }
    throw error;
  }
}
