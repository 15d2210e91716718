/**
 * How long a subgraph's queries to its peers may wait while it serves one request: whatever is
 * left of the gateway's wait for that request, less a reserve for the work after the checks (the
 * write and the answer). A fixed share of the gateway's wait (it was a third) refused writes
 * under load that would have finished in time, while checks made one after another share a single
 * budget here, so together they still end before the gateway gives up. Create one per request.
 */

/** The share of the gateway's wait kept back for the write a check guards and for the answer. */
export const WRITE_RESERVE_SHARE = 0.2;
/** A check asked when the budget is spent still gets a moment, rather than an impossible zero. */
const LEAST_WAIT_MS = 100;

export interface PeerWait {
  /** Milliseconds the next peer query may wait. */
  remainingMs(): number;
}

export function peerWaitFor(subgraphTimeoutMs: number, startedAt: number = performance.now()): PeerWait {
  const until = startedAt + subgraphTimeoutMs * (1 - WRITE_RESERVE_SHARE);
  return { remainingMs: () => Math.max(LEAST_WAIT_MS, Math.floor(until - performance.now())) };
}
