/**
 * Data-subject erasure: each subgraph that holds rows about a person has one mutation that erases
 * them in one transaction. Rows that feed a figure are kept but unlinked from the person: their
 * id is replaced by a fresh random one (the same for all their rows in that subgraph, so distinct
 * counts still hold) and free text about or by them is replaced. Everything else is deleted.
 * Erasing again finds nothing and changes nothing; `dryRun` reports what would happen.
 */
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { forgetSubjectInAuditLog } from './audit/forget-subject';
import type { Principal } from './auth';
import { assertMayErasePractitionerData, assertMayRequestStudentData } from './data-subject-access';
import { isUuid } from './input-checks';
import { UserError, UserErrors } from './errors';

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
  apply(): Promise<void>;
}

/** The plan when the subgraph holds nothing (any more) about the person. */
export const NOTHING_TO_ERASE: ErasurePlan = { refusals: [], counts: { rowsAnonymised: 0, rowsDeleted: 0 }, apply: async () => undefined };

/** The refusal for a subject id that is not an id at all. */
export function invalidSubjectId(field: string): DataErasurePayload {
  return { erasure: null, userErrors: new UserErrors().add(field, 'INVALID_ID', `${field} must be an id (a UUID).`).list };
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
 * through the transaction's manager, so the checks hold until the writes are done.
 */
export function eraseInTransaction(
  dataSource: DataSource,
  subgraph: string,
  subject: { readonly id: string; readonly dryRun: boolean },
  plan: (manager: EntityManager) => Promise<ErasurePlan>,
): Promise<DataErasurePayload> {
  return dataSource.transaction(async (manager) => {
    const planned = await plan(manager);
    if (planned.refusals.length > 0) return { erasure: null, userErrors: [...planned.refusals] };
    if (!subject.dryRun) {
      await planned.apply();
      await forgetSubjectInAuditLog(manager, subgraph, subject.id);
    }
    return { erasure: { subjectId: subject.id, subgraph, dryRun: subject.dryRun, ...planned.counts }, userErrors: [] };
  });
}

interface ErasureContext {
  readonly principal: Principal;
  readonly dataSource: DataSource;
}

/** A subgraph's practitioner erasure: the role check, the id check, then `eraseInTransaction`. */
export function erasePractitionerRecords(
  { principal, dataSource }: ErasureContext,
  subgraph: string,
  input: PractitionerDataErasureInput,
  plan: (manager: EntityManager) => Promise<ErasurePlan>,
): Promise<DataErasurePayload> {
  assertMayErasePractitionerData(principal);
  if (!isUuid(input.practitionerId)) return Promise.resolve(invalidSubjectId('practitionerId'));
  return eraseInTransaction(dataSource, subgraph, { id: input.practitionerId, dryRun: input.dryRun }, plan);
}

/** A subgraph's student erasure: the role check, the id check, then `eraseInTransaction`. */
export function eraseStudentRecords(
  { principal, dataSource }: ErasureContext,
  subgraph: string,
  input: StudentDataErasureInput,
  plan: (manager: EntityManager) => Promise<ErasurePlan>,
): Promise<DataErasurePayload> {
  assertMayRequestStudentData(principal);
  if (!isUuid(input.studentId)) return Promise.resolve(invalidSubjectId('studentId'));
  return eraseInTransaction(dataSource, subgraph, { id: input.studentId, dryRun: input.dryRun }, plan);
}
