/**
 * Per-request bookkeeping that must follow the request through async code (DataLoader batches
 * run on later ticks). Start it with `runInRequestScope`; read it with `currentRequestScope`.
 * One AsyncLocalStorage for everything: each one more taxes every promise the hub makes.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { AuditContext } from './audit/attribution';
import type { IdempotencyClaim } from './idempotency-key';

export interface RequestScope {
  readonly requestId: string;
  sqlStatements: number;
  /** Set while a mutation runs (see audit/context.ts). */
  audit?: AuditContext;
  /** When the request's work must be done, in the machine's milliseconds (deadline.ts); none for the hub's own tasks. */
  deadline?: number;
  /** True once the caller closed the connection before its answer: no one is left to tell, so nothing more is written (http-server.ts). */
  callerGone?: boolean;
  /** True from sending a COMMIT until its answer arrives (deadline-subscriber.ts). */
  commitUnanswered?: boolean;
  /** The idempotency key the running mutation writes under (idempotency.ts). */
  idempotency?: IdempotencyClaim;
}

const storage = new AsyncLocalStorage<RequestScope>();

export function runInRequestScope<T>(requestId: string, work: () => Promise<T>): Promise<T> {
  return storage.run({ requestId, sqlStatements: 0 }, work);
}

export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}
