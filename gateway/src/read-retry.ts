/**
 * Sends a subgraph fetch, and sends a read again when the subgraph could not be reached at all:
 * the connection was refused or dropped before any answer came (a subgraph restarting, a replica
 * going away, a keep-alive socket the subgraph had just closed). A query changes nothing, so a
 * second try is safe; a mutation is never sent twice, since the first may have been written. The
 * retries share the first try's abort signal, so they stay inside the request's timeout.
 */
import { OPERATION_KIND_HEADER } from './operation-kind';

/** Waits before each retry: short, since a subgraph that is restarting answers within moments or not at all. */
export const READ_RETRY_BACKOFF_MS: readonly number[] = [50, 200];

/** What undici reports, in its error's cause, when no answer came back. */
const NOT_REACHED_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'UND_ERR_SOCKET']);

export async function fetchRetryingReads(input: string, init: RequestInit): Promise<Response> {
  for (let retry = 0; ; retry += 1) {
    try {
      return await fetch(input, init);
    } catch (error) {
      const backoff = READ_RETRY_BACKOFF_MS[retry];
      if (backoff === undefined || !notReached(error) || init.signal?.aborted || !isQuery(init)) throw error;
      await delay(backoff, init.signal);
    }
  }
}

function notReached(error: unknown): boolean {
  const code = (error as { cause?: { code?: unknown } }).cause?.code;
  return typeof code === 'string' && NOT_REACHED_CODES.has(code);
}

/** Whether the fetch is marked as a query (the gateway sends one operation per fetch). */
function isQuery(init: RequestInit): boolean {
  return (init.headers as Record<string, string> | undefined)?.[OPERATION_KIND_HEADER] === 'query';
}

function delay(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}
