/**
 * One row of the audit log: one record created, changed or deleted by one mutation. Written only
 * by the audit triggers, in the transaction that made the change. It holds no personal data
 * beyond the actor's token subject: ids and column names, never values.
 */
import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

@Directive('@shareable')
@ObjectType({ description: 'One record created, changed or deleted by a mutation.' })
@Entity('audit_event')
@Index('audit_event_organisations_idx', { synchronize: false })
@Unique('audit_event_sequence_key', ['sequence'])
export class AuditEvent {
  @Field(() => ID, { description: 'The event’s own id.' })
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'audit_event_pkey' })
  id: string;

  /** Insertion order: the log's order, also for events of the same transaction. */
  @Column({ type: 'bigint', generated: 'increment', update: false })
  sequence: string;

  @Field(() => GraphQLISODateTime, { description: 'When the change was made (the start of its transaction).' })
  @Column({ name: 'occurred_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  occurredAt: Date;

  @Field({ description: 'The request id the change was made under; it also appears in the logs.' })
  @Column({ name: 'request_id', type: 'varchar', length: 64 })
  requestId: string;

  @Field({ description: 'Who made the change: the token\'s "sub", or "system" for demo data.' })
  @Column({ type: 'varchar', length: 255 })
  actor: string;

  @Field(() => [String], { description: 'The roles the token carried.' })
  @Column({ name: 'actor_roles', type: 'text', array: true })
  actorRoles: string[];

  @Field({ description: 'The mutation that made the change, e.g. "placementOfferCreate".' })
  @Column({ type: 'varchar', length: 100 })
  action: string;

  @Field({ description: 'INSERT, UPDATE or DELETE for a record; ERASE for the erasure of a person’s records.' })
  @Column({ type: 'varchar', length: 6 })
  operation: string;

  @Field({ description: 'The table of the record, e.g. "placement_offer"; for an ERASE, "practitioner" or "student".' })
  @Column({ name: 'record_type', type: 'varchar', length: 63 })
  recordType: string;

  @Field({
    description:
      'The record\'s id (key columns joined with "/" where it has no single id); for an ERASE, the random id that replaced the person\'s in these events.',
  })
  @Column({ name: 'record_id', type: 'varchar', length: 200 })
  recordId: string;

  @Field(() => [String], { nullable: true, description: 'For an UPDATE, the columns whose values changed; values are not kept.' })
  @Column({ name: 'changed_fields', type: 'text', array: true, nullable: true })
  changedFields: string[] | null;

  @Field(() => [ID], { description: 'The organisations the record belongs to, and those whose admin rights were used.' })
  @Column({ name: 'organisation_ids', type: 'uuid', array: true })
  organisationIds: string[];

  @Field(() => Int, { nullable: true, description: 'For an ERASE, the rows kept but unlinked from the person; null for other events.' })
  @Column({ name: 'rows_anonymised', type: 'integer', nullable: true })
  rowsAnonymised: number | null;

  @Field(() => Int, { nullable: true, description: 'For an ERASE, the rows deleted; null for other events.' })
  @Column({ name: 'rows_deleted', type: 'integer', nullable: true })
  rowsDeleted: number | null;
}
