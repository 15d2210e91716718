import { Arg, Ctx, FieldResolver, Float, Mutation, Resolver, Root } from 'type-graphql';
import { UserErrors } from '#hub/shared/errors';
import { SUPPRESSED_DESCRIPTION } from '#hub/shared/small-counts';
import { refused, succeeded } from '#hub/shared/payload';
import { type UniqueConflict, insertNew, updateFields, writeInTransaction } from '#hub/shared/write';
import type { CouncilsContext } from '../context';
import { Council } from '../entities/council.entity';
import { WorkforceSnapshot } from '../entities/workforce-snapshot.entity';
import { checkWorkforceSnapshotFields } from '../rules/workforce-snapshot-rules';
import { shownWorkforceFigures } from '../services/shown-workforce-figures';
import { WorkforceSnapshotPayload } from '../types/payloads';
import { WorkforceSnapshotCreateInput, WorkforceSnapshotUpdateInput } from '../types/workforce-snapshot.inputs';

const CENSUS_TAKEN: UniqueConflict = {
  field: 'censusDate',
  code: 'WORKFORCE_SNAPSHOT_EXISTS',
  message: 'This council already has a return for this census date; update it instead.',
};

@Resolver(() => WorkforceSnapshot)
export class WorkforceSnapshotResolver {
  @Mutation(() => WorkforceSnapshotPayload, { description: "Record a council's workforce return for a census date." })
  async workforceSnapshotCreate(
    @Arg('input', { description: 'The council, census date and figures of the return.' }) input: WorkforceSnapshotCreateInput,
    @Ctx() { principal, loaders, dataSource, today }: CouncilsContext,
  ) {
    principal.requireRole('partnership_admin', 'council_admin');
    if (!(await loaders.councilById.load(input.councilId))) {
      return refused('workforceSnapshot', new UserErrors().add('councilId', 'NOT_FOUND', `No council has id ${input.councilId}.`).list);
    }
    await loaders.scope.assertCanManageCouncil(input.councilId);
    const errors = new UserErrors();
    checkWorkforceSnapshotFields(input, today, errors);
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
    @Arg('input', { description: 'The return and the figures to correct.' }) input: WorkforceSnapshotUpdateInput,
    @Ctx() { principal, dataSource, loaders, today }: CouncilsContext,
  ) {
    principal.requireRole('partnership_admin', 'council_admin');
    const snapshot = await loaders.snapshotById.load(input.id);
    if (!snapshot) {
      return refused('workforceSnapshot', new UserErrors().add('id', 'NOT_FOUND', `No workforce return has id ${input.id}.`).list);
    }
    await loaders.scope.assertCanManageCouncil(snapshot.councilId);
    const errors = new UserErrors();
    checkWorkforceSnapshotFields(input, today, errors);
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

  @FieldResolver(() => Council, { description: 'The council whose return this is.' })
  council(@Root() snapshot: WorkforceSnapshot, @Ctx() { loaders }: CouncilsContext) {
    return loaders.councilById.load(snapshot.councilId);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Social workers employed by the council (FTE).' })
  async permanentFte(@Root() snapshot: WorkforceSnapshot, @Ctx() context: CouncilsContext): Promise<number | null> {
    return (await shownWorkforceFigures(snapshot, context)).permanentFte;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Agency social workers (FTE).' })
  async agencyFte(@Root() snapshot: WorkforceSnapshot, @Ctx() context: CouncilsContext): Promise<number | null> {
    return (await shownWorkforceFigures(snapshot, context)).agencyFte;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Vacant social worker posts (FTE).' })
  async vacancyFte(@Root() snapshot: WorkforceSnapshot, @Ctx() context: CouncilsContext): Promise<number | null> {
    return (await shownWorkforceFigures(snapshot, context)).vacancyFte;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Social workers who left in the year to the census date (FTE).' })
  async leaverFte(@Root() snapshot: WorkforceSnapshot, @Ctx() context: CouncilsContext): Promise<number | null> {
    return (await shownWorkforceFigures(snapshot, context)).leaverFte;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Average caseload per case-holding social worker.' })
  async averageCaseload(@Root() snapshot: WorkforceSnapshot, @Ctx() context: CouncilsContext): Promise<number | null> {
    return (await shownWorkforceFigures(snapshot, context)).averageCaseload;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'agencyFte / (agencyFte + permanentFte), from 0 to 1.' })
  async agencyRate(@Root() snapshot: WorkforceSnapshot, @Ctx() context: CouncilsContext): Promise<number | null> {
    return (await shownWorkforceFigures(snapshot, context)).agencyRate;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'vacancyFte / (vacancyFte + permanentFte), from 0 to 1.' })
  async vacancyRate(@Root() snapshot: WorkforceSnapshot, @Ctx() context: CouncilsContext): Promise<number | null> {
    return (await shownWorkforceFigures(snapshot, context)).vacancyRate;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'leaverFte / permanentFte: the share of employed social workers who left in the year.',
  })
  async turnoverRate(@Root() snapshot: WorkforceSnapshot, @Ctx() context: CouncilsContext): Promise<number | null> {
    return (await shownWorkforceFigures(snapshot, context)).turnoverRate;
  }

  @FieldResolver(() => [String], { description: SUPPRESSED_DESCRIPTION })
  async suppressed(@Root() snapshot: WorkforceSnapshot, @Ctx() context: CouncilsContext): Promise<string[]> {
    return (await shownWorkforceFigures(snapshot, context)).suppressed;
  }
}
