/**
 * Per-request bookkeeping that must follow the request through async code (DataLoader batches
 * run on later ticks). Start it with `runInRequestScope`; read it with `currentRequestScope`.
 * One AsyncLocalStorage for everything: each one more taxes every promise the hub makes.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { AuditContext } from './audit/attribution';

export interface RequestScope {
  readonly requestId: string;
  sqlStatements: number;
  /** Set while a mutation runs (see audit/context.ts). */
  audit?: AuditContext;
}

const storage = new AsyncLocalStorage<RequestScope>();

export function runInRequestScope<T>(requestId: string, work: () => Promise<T>): Promise<T> {
  return storage.run({ requestId, sqlStatements: 0 }, work);
}

export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}
