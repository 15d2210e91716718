/**
 * Writes a keyed mutation's idempotency key in the mutation's own transaction, first thing, so
 * that the key is stored exactly when the write commits, and a concurrent request with the same key
 * waits on it there, then finds it taken (IdempotencyKeyTaken) and replays the first answer instead
 * of writing again. A transaction that rolls back takes the key with it.
 */
import {
  EventSubscriber,
  type EntitySubscriberInterface,
  type QueryRunner,
  type TransactionRollbackEvent,
  type TransactionStartEvent,
} from 'typeorm';
import type { IdempotencyClaim } from './idempotency-key';
import { claimKey } from './idempotency-store';
import { currentRequestScope } from './request-context';

/** Thrown at the start of a transaction whose key another request has written. */
export class IdempotencyKeyTaken extends Error {
  constructor() {
    super('Another request holds this idempotency key.');
    this.name = 'IdempotencyKeyTaken';
  }
}

const claimedIn = new WeakMap<QueryRunner, IdempotencyClaim>();

@EventSubscriber()
export class IdempotencySubscriber implements EntitySubscriberInterface {
  async afterTransactionStart({ queryRunner }: TransactionStartEvent): Promise<void> {
    const claim = currentRequestScope()?.idempotency;
    if (!claim || claim.claimed) return;
    if (!(await claimKey(queryRunner, claim))) throw new IdempotencyKeyTaken();
    claim.claimed = true;
    claimedIn.set(queryRunner, claim);
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    const claim = claimedIn.get(queryRunner);
    if (!claim) return;
    claim.claimed = false;
    claimedIn.delete(queryRunner);
  }
}
