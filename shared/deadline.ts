/**
 * Each request's deadline. The gateway gives a subgraph less time than it waits for it
 * (`SUBGRAPH_TIMEOUT_MS` less a margin), and says how much in `TIME_LEFT_HEADER`, covered by its
 * signature. The subgraph stops at that deadline and rolls back (deadline-subscriber.ts), so by the
 * time the gateway gives up with SUBGRAPH_TIMEOUT nothing of the request is left to commit.
 *
 * The header carries milliseconds left rather than an instant, as gRPC's `grpc-timeout` does, so
 * the machines' clocks need not agree; the time spent on the way comes out of the margin. Within a
 * process the deadline is on the monotonic clock (`performance.now()`), which no change of the
 * machine's time moves; it is elapsed time, not the hub's clock (clock.ts), which a demo or test may stop.
 */
import { GraphQLError } from 'graphql';
import { ErrorCode } from './errors';

export const TIME_LEFT_HEADER = 'x-hub-time-left-ms';

const TIME_LEFT_FORMAT = /^\d{1,7}$/;

/**
 * Long enough to notice the deadline, roll back and answer, even when the subgraph is busy (a
 * first mutation on a loaded 2-core machine took over 150 ms), yet never more than half the wait.
 */
export function deadlineMarginMs(subgraphTimeoutMs: number): number {
  return Math.min(Math.floor(subgraphTimeoutMs / 2), Math.max(250, Math.floor(subgraphTimeoutMs / 10)));
}

/** What the gateway gives a subgraph for one fetch it waits `subgraphTimeoutMs` for. */
export function subgraphTimeLeftMs(subgraphTimeoutMs: number): number {
  return subgraphTimeoutMs - deadlineMarginMs(subgraphTimeoutMs);
}

/**
 * When a request a subgraph received at `receivedAt` must be finished: what a signed request
 * was given, else (a direct call, or no header) what the gateway would have given it.
 */
export function requestDeadline(
  header: string | string[] | undefined,
  signed: boolean,
  subgraphTimeoutMs: number,
  receivedAt = performance.now(),
): number {
  const given = signed && typeof header === 'string' && TIME_LEFT_FORMAT.test(header) ? Number(header) : null;
  return receivedAt + Math.min(given ?? Infinity, subgraphTimeLeftMs(subgraphTimeoutMs));
}

export function timeLeftMs(deadline: number, now = performance.now()): number {
  return Math.max(0, Math.floor(deadline - now));
}

/** Thrown where a request's work stops because its deadline has passed; nothing it began is kept. */
export class DeadlineExceeded extends Error {
  constructor() {
    super('The request reached its deadline.');
    this.name = 'DeadlineExceeded';
  }
}

/** What the caller is told when a subgraph stopped at its deadline: late, and not written. */
export function deadlineExceededError(subgraph: string): GraphQLError {
  return new GraphQLError(
    `The ${subgraph} subgraph stopped at this request's deadline and rolled back: nothing was written. Try again (with the same Idempotency-Key).`,
    { extensions: { code: ErrorCode.SUBGRAPH_TIMEOUT, serviceName: subgraph, written: false } },
  );
}

/** What the caller is told when the answer to a COMMIT was lost: the write may or may not stand. */
export function writeOutcomeUnknownError(subgraph: string): GraphQLError {
  return new GraphQLError(
    `The ${subgraph} subgraph sent its write to the database but heard no answer, so it may or may not have been written. Retry with the same Idempotency-Key to find out, or read the record.`,
    { extensions: { code: ErrorCode.WRITE_OUTCOME_UNKNOWN, serviceName: subgraph } },
  );
}
