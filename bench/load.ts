/**
 * One load run with autocannon: a number of connections, each sending its next request as soon as
 * the last is answered, for a fixed time. Every request is built afresh (its own token, and for a
 * subgraph called directly, its own gateway signature). Latency percentiles are taken from every
 * response, not autocannon's summary, which has no p95.
 */
import autocannon from 'autocannon';

export interface HttpRequest {
  readonly headers: Record<string, string>;
  readonly body: string;
}

export interface LoadOptions {
  readonly url: string;
  readonly connections: number;
  readonly durationSeconds: number;
  /** The next request to send; called once per request. */
  readonly nextRequest: () => HttpRequest;
  /** Whether an answer counts as failed, besides a status other than 200. */
  readonly failed: (body: string) => boolean;
}

export interface LoadResult {
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  /** Answers that were not 200, did not arrive, or were failed by `failed`. */
  readonly failures: number;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  const startedAt = performance.now();
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const next = options.nextRequest();
          return { ...request, method: 'POST', headers: { 'content-type': 'application/json', ...next.headers }, body: next.body };
        },
        onResponse: (status, body) => {
          if (status !== 200 || options.failed(body)) failures += 1;
        },
      },
    ],
    setupClient: (client) => {
      client.on('response', (_status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
    },
  });
  const seconds = (performance.now() - startedAt) / 1000;
  latencies.sort((a, b) => a - b);
  const percentile = (share: number) =>
    latencies.length === 0 ? NaN : latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))];
  return {
    requests: latencies.length,
    requestsPerSecond: latencies.length / seconds,
    p50Ms: percentile(0.5),
    p95Ms: percentile(0.95),
    p99Ms: percentile(0.99),
    // autocannon counts each timeout among its errors too.
    failures: failures + result.errors,
  };
}
