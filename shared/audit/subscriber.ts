/**
 * Hands the current audit context to PostgreSQL at the start of each transaction, as a
 * transaction-local setting the audit triggers read. One statement per transaction.
 */
import { EventSubscriber, type EntitySubscriberInterface, type TransactionStartEvent } from 'typeorm';
import { currentAuditContext } from './context';

export const AUDIT_SETTING = 'hub.audit';

@EventSubscriber()
export class AuditContextSubscriber implements EntitySubscriberInterface {
  async afterTransactionStart({ queryRunner }: TransactionStartEvent): Promise<void> {
    const context = currentAuditContext();
    if (!context) return;
    const attribution = {
      action: context.action,
      requestId: context.requestId,
      actor: context.actor,
      actorRoles: context.actorRoles,
      // Checks made inside the transaction come too late for this; resolvers authorise before they write.
      organisationIds: [...context.authorisedOrganisationIds],
      actorOrganisationIds: context.actorOrganisationIds,
    };
    await queryRunner.query(`SELECT set_config('${AUDIT_SETTING}', $1, true)`, [JSON.stringify(attribution)]);
  }
}
