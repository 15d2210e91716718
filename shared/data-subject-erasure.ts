/**
 * Data-subject erasure: each subgraph that holds rows about a person has one mutation that erases
 * them in one transaction. Rows that feed a figure are kept but unlinked from the person: their
 * id is replaced by a fresh random one (the same for all their rows in that subgraph, so distinct
 * counts still hold) and free text about or by them is replaced. Everything else is deleted.
 * Only an id the caller holds names a person: one on the owning register at a council or university
 * they administer (data-subject-access.ts); any other id gets one refusal that reveals nothing.
 * An erasure rewrites the audit events of the rows it changed and leaves an event of its own;
 * `dryRun` reports what would happen and writes nothing.
 */
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { recordErasureEvent } from './audit/erasure-event';
import { forgetSubjectInAuditLog, type AuditedRecord } from './audit/forget-subject';
import type { Principal } from './auth';
import {
  assertMayErasePractitionerData,
  assertMayRequestStudentData,
  practitionerHeldOnRegister,
  studentHeldOnRegister,
} from './data-subject-access';
import { isUuid } from './input-checks';
import { UserError, UserErrors } from './errors';
import type { PeerQuery } from './peer-query';

/** What replaces free text about or by an erased person. */
export const ERASED_TEXT = '[erased]';

/** The id an erased person's kept rows carry from now on in one subgraph: random, so it leads back to nobody. */
export function anonymousId(): string {
  return randomUUID();
}

@InputType({ description: 'Whose records to erase; with dryRun, only report what erasing would do.' })
export class PractitionerDataErasureInput {
  @Field(() => ID, { description: 'The practitioner whose records to erase.' })
  practitionerId: string;

  @Field({ defaultValue: false, description: 'Check and count only; write nothing.' })
  dryRun: boolean;
}

@InputType({ description: 'Whose records to erase; with dryRun, only report what erasing would do.' })
export class StudentDataErasureInput {
  @Field(() => ID, { description: 'The student whose records to erase.' })
  studentId: string;

  @Field({ defaultValue: false, description: 'Check and count only; write nothing.' })
  dryRun: boolean;
}

@Directive('@shareable')
@ObjectType({ description: 'What one subgraph erased about a person (or would, in a dry run).' })
export class DataErasure {
  @Field(() => ID, { description: 'The person’s id as it was; nothing here carries it any more once erased.' })
  subjectId: string;

  @Field({ description: 'The subgraph that holds these rows.' })
  subgraph: string;

  @Field({ description: 'True when nothing was written.' })
  dryRun: boolean;

  @Field(() => Int, { description: 'Rows kept for the figures they feed, now unlinked from the person.' })
  rowsAnonymised: number;

  @Field(() => Int, { description: 'Rows deleted.' })
  rowsDeleted: number;
}

@Directive('@shareable')
@ObjectType({ description: 'An erasure, or why it was refused (then nothing was written).' })
export class DataErasurePayload {
  @Field(() => DataErasure, { nullable: true, description: 'What was erased, or would be in a dry run; null when refused.' })
  erasure: DataErasure | null;

  @Field(() => [UserError], { description: 'Why the erasure was refused, every reason at once; empty when it ran.' })
  userErrors: UserError[];
}

export interface ErasureCounts {
  readonly rowsAnonymised: number;
  readonly rowsDeleted: number;
}

/** What an erasure found: why it must be refused, what it would change, and the writes that change it. */
export interface ErasurePlan {
  readonly refusals: readonly UserError[];
  readonly counts: ErasureCounts;
  /** The rows `apply` deletes or anonymises, named as the audit log names them before the change. */
  readonly records: readonly AuditedRecord[];
  apply(): Promise<void>;
}

/** The plan when the subgraph holds nothing (any more) about the person. */
export const NOTHING_TO_ERASE: ErasurePlan = {
  refusals: [],
  counts: { rowsAnonymised: 0, rowsDeleted: 0 },
  records: [],
  apply: async () => undefined,
};

/** Rows of one audited table keyed by their own id, as the audit log names them. */
export function auditedRecords(type: string, rows: readonly { readonly id: string }[]): AuditedRecord[] {
  return rows.map((row) => ({ type, id: row.id }));
}

type SubjectKind = 'practitioner' | 'student';

/** The refusal for a subject id that is not an id at all. */
function invalidSubjectId(field: string): DataErasurePayload {
  return { erasure: null, userErrors: new UserErrors().add(field, 'INVALID_ID', `${field} must be an id (a UUID).`).list };
}

/**
 * The one refusal for an id the caller does not hold: unknown, another organisation's person, or
 * a record that is no person at all. It names only the id given.
 */
function notHeld(kind: SubjectKind, id: string): DataErasurePayload {
  const errors =
    kind === 'practitioner'
      ? new UserErrors().add(
          'practitionerId',
          'PRACTITIONER_NOT_FOUND',
          `No practitioner ${id} is on the register of a council you administer.`,
        )
      : new UserErrors().add('studentId', 'STUDENT_NOT_FOUND', `No student ${id} is on the register of a university you administer.`);
  return { erasure: null, userErrors: errors.list };
}

/** The rows naming a person in one column, locked until the erasure's transaction ends. */
export function lockRowsNaming<T extends object>(
  manager: EntityManager,
  entity: new () => T,
  property: keyof T & string,
  personId: string,
): Promise<T[]> {
  return manager
    .getRepository(entity)
    .createQueryBuilder('row')
    .setLock('pessimistic_write')
    .where(`row.${property} = :personId`, { personId })
    .getMany();
}

/**
 * Plans and applies one subgraph's erasure in one transaction. `plan` reads and locks the rows
 * through the transaction's manager, so the checks hold until the writes are done. The events of
 * the changed records lose the person's id to a random one, and the erasure's own event carries
 * that same id, so the log shows the history ending in its erasure.
 */
function eraseInTransaction(
  dataSource: DataSource,
  subgraph: string,
  subject: { readonly kind: SubjectKind; readonly id: string; readonly dryRun: boolean },
  plan: (manager: EntityManager) => Promise<ErasurePlan>,
): Promise<DataErasurePayload> {
  return dataSource.transaction(async (manager) => {
    const planned = await plan(manager);
    if (planned.refusals.length > 0) return { erasure: null, userErrors: [...planned.refusals] };
    if (!subject.dryRun) {
      await planned.apply();
      const replacementId = randomUUID();
      await forgetSubjectInAuditLog(manager, subgraph, subject.id, replacementId, planned.records);
      await recordErasureEvent(manager, subgraph, { kind: subject.kind, replacementId }, planned.counts);
    }
    return { erasure: { subjectId: subject.id, subgraph, dryRun: subject.dryRun, ...planned.counts }, userErrors: [] };
  });
}

interface ErasureContext {
  readonly principal: Principal;
  readonly dataSource: DataSource;
  readonly peers: PeerQuery;
}

/**
 * A subgraph's practitioner erasure: the role check, the id check, whether the caller holds the
 * practitioner (by default on the councils register; the councils subgraph, which is the
 * register, says so itself), then `eraseInTransaction`.
 */
export async function erasePractitionerRecords(
  context: ErasureContext,
  subgraph: string,
  input: PractitionerDataErasureInput,
  plan: (manager: EntityManager) => Promise<ErasurePlan>,
  held: () => Promise<boolean> = () => practitionerHeldOnRegister(context.principal, context.peers, input.practitionerId),
): Promise<DataErasurePayload> {
  assertMayErasePractitionerData(context.principal);
  if (!isUuid(input.practitionerId)) return invalidSubjectId('practitionerId');
  if (!(await held())) return notHeld('practitioner', input.practitionerId);
  return eraseInTransaction(context.dataSource, subgraph, { kind: 'practitioner', id: input.practitionerId, dryRun: input.dryRun }, plan);
}

/** A subgraph's student erasure, as `erasePractitionerRecords`, asking the universities register by default. */
export async function eraseStudentRecords(
  context: ErasureContext,
  subgraph: string,
  input: StudentDataErasureInput,
  plan: (manager: EntityManager) => Promise<ErasurePlan>,
  held: () => Promise<boolean> = () => studentHeldOnRegister(context.principal, context.peers, input.studentId),
): Promise<DataErasurePayload> {
  assertMayRequestStudentData(context.principal);
  if (!isUuid(input.studentId)) return invalidSubjectId('studentId');
  if (!(await held())) return notHeld('student', input.studentId);
  return eraseInTransaction(context.dataSource, subgraph, { kind: 'student', id: input.studentId, dryRun: input.dryRun }, plan);
}
