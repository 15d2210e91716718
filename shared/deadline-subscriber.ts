/**
 * Holds every transaction a request runs to the request's deadline (deadline.ts): each statement
 * may run only as long as is left (`statement_timeout`, local to the transaction), a transaction
 * begun or about to commit after the deadline is rolled back, and a COMMIT sent but not answered
 * is noted, since then the write may stand although the request failed (see mutation-deadline.ts).
 * A request whose caller has gone has no time left, whatever its deadline (http-server.ts).
 * Transactions outside any request (migrations, demo data) have no deadline.
 */
import { EventSubscriber, type EntitySubscriberInterface, type TransactionStartEvent } from 'typeorm';
import { DeadlineExceeded, timeLeftMs } from './deadline';
import { currentRequestScope } from './request-context';

@EventSubscriber()
export class DeadlineSubscriber implements EntitySubscriberInterface {
  async afterTransactionStart({ queryRunner }: TransactionStartEvent): Promise<void> {
    const scope = currentRequestScope();
    if (scope?.deadline === undefined) return;
    const left = scope.callerGone ? 0 : timeLeftMs(scope.deadline);
    if (left === 0) throw new DeadlineExceeded();
    await queryRunner.query(`SELECT set_config('statement_timeout', $1, true)`, [String(left)]);
  }

  beforeTransactionCommit(): void {
    const scope = currentRequestScope();
    if (scope?.deadline === undefined) return;
    // The last moment the hub can still promise "not written" to a caller whose gateway gives up.
    if (scope.callerGone || timeLeftMs(scope.deadline) === 0) throw new DeadlineExceeded();
    scope.commitUnanswered = true;
  }

  afterTransactionCommit(): void {
    const scope = currentRequestScope();
    if (scope) scope.commitUnanswered = false;
  }
}
