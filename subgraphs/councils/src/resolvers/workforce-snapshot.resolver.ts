import { Arg, Ctx, FieldResolver, Float, Mutation, Resolver, Root } from 'type-graphql';
import { UserErrors } from '../../../../shared/errors';
import { todayIso } from '../../../../shared/iso-date';
import { refused, succeeded } from '../../../../shared/payload';
import { insertNew, updateFields, writeInTransaction } from '../../../../shared/write';
import type { CouncilsContext } from '../context';
import { Council } from '../entities/council.entity';
import { WorkforceSnapshot } from '../entities/workforce-snapshot.entity';
import { checkWorkforceSnapshotFields } from '../rules/workforce-snapshot-rules';
import { agencyRate, turnoverRate, vacancyRate } from '../rules/workforce-rates';
import { WorkforceSnapshotPayload } from '../types/payloads';
import { WorkforceSnapshotCreateInput, WorkforceSnapshotUpdateInput } from '../types/workforce-snapshot.inputs';

const CENSUS_TAKEN = {
  field: 'censusDate',
  code: 'WORKFORCE_SNAPSHOT_EXISTS',
  message: 'This council already has a return for this census date; update it instead.',
};

@Resolver(() => WorkforceSnapshot)
export class WorkforceSnapshotResolver {
  @Mutation(() => WorkforceSnapshotPayload, { description: "Record a council's workforce return for a census date." })
  async workforceSnapshotCreate(
    @Arg('input') input: WorkforceSnapshotCreateInput,
    @Ctx() { principal, loaders, dataSource }: CouncilsContext,
  ) {
    principal.requireRole('partnership_admin', 'council_admin');
    if (!(await loaders.councilById.load(input.councilId))) {
      return refused('workforceSnapshot', new UserErrors().add('councilId', 'NOT_FOUND', `No council has id ${input.councilId}.`).list);
    }
    await loaders.scope.assertCanManageCouncil(input.councilId);
    const errors = new UserErrors();
    checkWorkforceSnapshotFields(input, todayIso(), errors);
    if (errors.any) return refused('workforceSnapshot', errors.list);
    const written = await writeInTransaction(
      dataSource,
      (manager) =>
        insertNew(manager, WorkforceSnapshot, {
          councilId: input.councilId,
          censusDate: input.censusDate,
          permanentFte: input.permanentFte,
          agencyFte: input.agencyFte,
          vacancyFte: input.vacancyFte,
          leaverFte: input.leaverFte,
          averageCaseload: input.averageCaseload ?? null,
        }),
      { workforce_snapshot_council_census_key: CENSUS_TAKEN },
    );
    return written.ok ? succeeded('workforceSnapshot', written.value) : refused('workforceSnapshot', written.userErrors);
  }

  @Mutation(() => WorkforceSnapshotPayload, { description: 'Correct the figures of a workforce return.' })
  async workforceSnapshotUpdate(
    @Arg('input') input: WorkforceSnapshotUpdateInput,
    @Ctx() { principal, dataSource, loaders }: CouncilsContext,
  ) {
    principal.requireRole('partnership_admin', 'council_admin');
    const snapshot = await loaders.snapshotById.load(input.id);
    if (!snapshot)
      return refused('workforceSnapshot', new UserErrors().add('id', 'NOT_FOUND', `No workforce return has id ${input.id}.`).list);
    await loaders.scope.assertCanManageCouncil(snapshot.councilId);
    const errors = new UserErrors();
    checkWorkforceSnapshotFields(input, todayIso(), errors);
    if (errors.any) return refused('workforceSnapshot', errors.list);
    const updated = await dataSource.transaction((manager) =>
      updateFields(manager, WorkforceSnapshot, snapshot.id, {
        permanentFte: input.permanentFte ?? undefined,
        agencyFte: input.agencyFte ?? undefined,
        vacancyFte: input.vacancyFte ?? undefined,
        leaverFte: input.leaverFte ?? undefined,
        averageCaseload: input.averageCaseload,
      }),
    );
    return succeeded('workforceSnapshot', updated);
  }

  @FieldResolver(() => Council)
  council(@Root() snapshot: WorkforceSnapshot, @Ctx() { loaders }: CouncilsContext) {
    return loaders.councilById.load(snapshot.councilId);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'agencyFte / (agencyFte + permanentFte), from 0 to 1.' })
  agencyRate(@Root() snapshot: WorkforceSnapshot): number | null {
    return agencyRate(snapshot.permanentFte, snapshot.agencyFte);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'vacancyFte / (vacancyFte + permanentFte), from 0 to 1.' })
  vacancyRate(@Root() snapshot: WorkforceSnapshot): number | null {
    return vacancyRate(snapshot.permanentFte, snapshot.vacancyFte);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'leaverFte / permanentFte: the share of employed social workers who left in the year.',
  })
  turnoverRate(@Root() snapshot: WorkforceSnapshot): number | null {
    return turnoverRate(snapshot.permanentFte, snapshot.leaverFte);
  }
}
