/**
 * The audit log of one council, university or partnership. Each subgraph keeps the events of
 * the changes made in it (in the same transaction as the change), and adds them to the
 * `OrganisationAuditLog` entity as a field named after itself:
 * `auditEvents(organisationId) { councils { … } placements { … } }`.
 */
import {
  Args,
  ArgsType,
  type ClassType,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  GraphQLISODateTime,
  ID,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { Principal } from '../auth';
import { forbidden } from '../errors';
import { isUuid } from '../input-checks';
import { ConnectionType, decodeCursor, fetchPage, PageArgs, pageSize, toConnection } from '../pagination';
import { AuditEvent } from './audit-event.entity';

export const AuditEventConnection = ConnectionType(AuditEvent, 'AuditEvent', { shareable: true });

@ArgsType()
class AuditEventArgs extends PageArgs {
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Only changes made at or after this time.' })
  since?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Only changes made before this time.' })
  until?: Date;
}

interface AuditLogContext {
  readonly principal: Principal;
  readonly dataSource: DataSource;
}

export function assertAdminOfOrganisation(principal: Principal, organisationId: string): void {
  const admin =
    principal.isCouncilAdminOf(organisationId) ||
    principal.isUniversityAdminOf(organisationId) ||
    principal.isPartnershipAdminOf(organisationId);
  if (!admin) throw forbidden('Only admins of the organisation may read its audit log.');
}

export function resolveOrganisationAuditLogReference(reference: { organisationId: string }) {
  return Promise.resolve(isUuid(reference.organisationId) ? { organisationId: reference.organisationId } : null);
}

/** The largest value a PostgreSQL bigint holds: a cursor naming more is not one the log gave out. */
const MAX_SEQUENCE = 9_223_372_036_854_775_807n;
const isSequence = (value: unknown) => typeof value === 'string' && /^\d{1,19}$/.test(value) && BigInt(value) <= MAX_SEQUENCE;

export interface SubgraphAuditLog {
  /** This subgraph's `OrganisationAuditLog` type: the key plus its own list. */
  readonly type: ClassType;
  readonly resolver: ClassType;
}

const auditLogs = new Map<string, SubgraphAuditLog>();

/**
 * The `OrganisationAuditLog` entity as one subgraph declares it, with that subgraph's events as
 * a field named after it, newest first. A type of its own per subgraph (made once), as each
 * subgraph declares only the fields it resolves.
 */
export function subgraphAuditLog(subgraphName: string): SubgraphAuditLog {
  const existing = auditLogs.get(subgraphName);
  if (existing) return existing;

  @Directive('@key(fields: "organisationId")')
  @ObjectType('OrganisationAuditLog', {
    description: 'The audit log of one organisation, one list per subgraph; for that organisation’s admins.',
  })
  class OrganisationAuditLog {
    @Field(() => ID, { description: 'The council, university or partnership whose log this is.' })
    organisationId: string;
  }

  @Resolver(() => OrganisationAuditLog)
  class SubgraphAuditEventsResolver {
    // Nullable: each list comes from its own subgraph, and one refused or down nulls only its list.
    @FieldResolver(() => AuditEventConnection, {
      nullable: true,
      name: subgraphName,
      description: `Changes made through the ${subgraphName} subgraph, newest first.`,
    })
    async events(@Root() log: OrganisationAuditLog, @Args() args: AuditEventArgs, @Ctx() { principal, dataSource }: AuditLogContext) {
      assertAdminOfOrganisation(principal, log.organisationId);
      const query = dataSource
        .getRepository(AuditEvent)
        .createQueryBuilder('event')
        .where('event.organisation_ids @> ARRAY[:organisationId]::uuid[]', { organisationId: log.organisationId });
      if (args.since) query.andWhere('event.occurred_at >= :since', { since: args.since });
      if (args.until) query.andWhere('event.occurred_at < :until', { until: args.until });
      const page = await fetchPage(query, {
        sortProperty: 'sequence',
        first: pageSize(args.first),
        cursor: decodeCursor(args.after, isSequence),
        direction: 'DESC',
      });
      return toConnection(page, (event) => event.sequence);
    }
  }

  const auditLog = { type: OrganisationAuditLog, resolver: SubgraphAuditEventsResolver };
  auditLogs.set(subgraphName, auditLog);
  return auditLog;
}
