/**
 * The gateway's readiness is its subgraphs': it asks each one's `/ready` at once, with a time
 * limit shorter than its own, so its answer always arrives in time and names each subgraph's
 * state. Ready only when every subgraph is: a gateway that would answer most queries with
 * SUBGRAPH_UNAVAILABLE should not be sent traffic a ready replica could serve.
 */
import type { Readiness } from '#hub/shared/http-server';

/** The share of the gateway's own `/ready` limit it gives each subgraph, leaving time to answer. */
const SUBGRAPH_SHARE = 0.75;

export function subgraphReadiness(urls: Readonly<Record<string, string>>, readyTimeoutMs: number): () => Promise<Readiness> {
  const timeoutMs = Math.floor(readyTimeoutMs * SUBGRAPH_SHARE);
  return async () => {
    const states = await Promise.all(Object.entries(urls).map(async ([name, url]) => [name, await stateOf(url, timeoutMs)] as const));
    return { ready: states.every(([, state]) => state === 'ready'), subgraphs: Object.fromEntries(states) };
  };
}

/** "ready", "not ready" (it answered so), "unreachable", or how long it was given without answering. */
async function stateOf(graphqlUrl: string, timeoutMs: number): Promise<string> {
  try {
    // Relative, so a subgraph mounted under a path by a proxy is asked under the same path.
    const response = await fetch(new URL('ready', graphqlUrl), { signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return response.status === 200 ? 'ready' : 'not ready';
  } catch (error) {
    return (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : 'unreachable';
  }
}
