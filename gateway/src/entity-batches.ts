/**
 * A query plan may send one subgraph thousands of entity representations at once (a list of
 * sessions, each naming its facilitators), which would exceed the subgraph's request body limit
 * and fail the whole query. The gateway splits such a fetch into batches that each fit, sends them
 * one after another, and joins the answers as if they were one: entities in order, and each
 * error's path pointing at its entity in the whole list.
 */
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GraphQLFormattedError } from 'graphql';

type EntitiesResponse = { data?: { _entities?: unknown[] } | null; errors?: readonly GraphQLFormattedError[] };

/**
 * Representations in batches of at most `maxBytes` of JSON each, leaving the rest of the body
 * limit for the query text; one representation is never split.
 */
export function representationBatches(representations: readonly unknown[], maxBytes: number): unknown[][] {
  const batches: unknown[][] = [];
  let batch: unknown[] = [];
  let bytes = 0;
  for (const representation of representations) {
    const size = Buffer.byteLength(JSON.stringify(representation)) + 1;
    if (batch.length > 0 && bytes + size > maxBytes) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(representation);
    bytes += size;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** Sends an entity fetch in batches through `send` when it is too large for one request; any other request unchanged. */
export async function processInBatches<Context extends object, Response extends EntitiesResponse>(
  options: GraphQLDataSourceProcessOptions<Context>,
  maxBytes: number,
  send: (options: GraphQLDataSourceProcessOptions<Context>) => Promise<Response>,
): Promise<Response> {
  const representations = options.request.variables?.representations;
  if (!Array.isArray(representations)) return send(options);
  const batches = representationBatches(representations, maxBytes);
  if (batches.length <= 1) return send(options);

  const entities: unknown[] = [];
  const errors: GraphQLFormattedError[] = [];
  let last: Response | undefined;
  for (const batch of batches) {
    const request = { ...options.request, variables: { ...options.request.variables, representations: batch } };
    last = await send({ ...options, request });
    const offset = entities.length;
    const answered = last.data?._entities ?? [];
    // A batch answered without data (its subgraph refused it) leaves its entities null, like any failed fetch.
    entities.push(...batch.map((_representation, index) => answered[index] ?? null));
    for (const error of last.errors ?? []) errors.push(withEntityOffset(error, offset));
  }
  return { ...last!, data: { _entities: entities }, ...(errors.length > 0 ? { errors } : { errors: undefined }) };
}

function withEntityOffset(error: GraphQLFormattedError, offset: number): GraphQLFormattedError {
  const [root, index, ...rest] = error.path ?? [];
  if (root !== '_entities' || typeof index !== 'number') return error;
  return { ...error, path: [root, index + offset, ...rest] };
}
