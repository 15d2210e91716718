import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { UserErrors } from '#hub/shared/errors';
import { checkFreeText, checkNotFuture } from '#hub/shared/input-checks';
import { refused, refusedNotFound, succeeded } from '#hub/shared/payload';
import { type UniqueConflict, insertNew, lockRow, updateFields, writeInTransaction } from '#hub/shared/write';
import type { LeadershipContext } from '../context';
import { PathwayEnrolment } from '../entities/pathway-enrolment.entity';
import { PathwayStage } from '../entities/pathway-stage.entity';
import { Pathway } from '../entities/pathway.entity';
import { stageProgress, StageProgress } from '../rules/pathway-progress';
import { Council } from '../types/council';
import { EnrolmentStatus } from '../types/enums';
import { DatePeriod, StageSignOff } from '../types/figures';
import { DatedStepInput, PathwayEnrolInput, PathwayStageSignOffInput } from '../types/inputs';
import { PathwayEnrolmentPayload } from '../types/payloads';
import { Practitioner } from '../types/practitioner';
import { datedStepErrors } from './dated-step';
import { checkPractitionerCouncil } from './practitioner-council';

const ALREADY_ENROLLED: UniqueConflict = {
  field: 'practitionerId',
  code: 'ALREADY_ENROLLED',
  message: 'The practitioner is on this pathway already.',
};

@Resolver(() => PathwayEnrolment)
export class PathwayEnrolmentResolver {
  @Mutation(() => PathwayEnrolmentPayload, { description: 'Put one of your council’s practitioners on a pathway (council admins).' })
  async pathwayEnrol(
    @Arg('input', { description: 'The pathway, the practitioner, their council and the start.' }) input: PathwayEnrolInput,
    @Ctx() context: LeadershipContext,
  ) {
    const { loaders, dataSource } = context;
    loaders.scope.assertCouncilAdmin(input.councilId, 'enrol its practitioners');
    const pathway = await loaders.pathwayById.load(input.pathwayId);
    if (!pathway) return refusedNotFound('enrolment', 'pathwayId', 'pathway', input.pathwayId);
    const errors = new UserErrors();
    if (pathway.ownerCouncilId && pathway.ownerCouncilId !== input.councilId) {
      errors.add('pathwayId', 'PATHWAY_OF_OTHER_COUNCIL', 'This pathway belongs to another council.');
    }
    await checkPractitionerCouncil(input.practitionerId, input.councilId, 'practitionerId', context, errors);
    if (!errors.any) {
      const current = await loaders.enrolmentsByPractitioner.load(input.practitionerId);
      const onIt = current.some(
        (enrolment) => enrolment.pathwayId === pathway.id && [EnrolmentStatus.ACTIVE, EnrolmentStatus.PAUSED].includes(enrolment.status),
      );
      if (onIt) errors.add(ALREADY_ENROLLED.field, ALREADY_ENROLLED.code, ALREADY_ENROLLED.message);
    }
    if (errors.any) return refused('enrolment', errors.list);
    const written = await writeInTransaction(
      dataSource,
      (manager) =>
        insertNew(manager, PathwayEnrolment, {
          pathwayId: pathway.id,
          practitionerId: input.practitionerId,
          councilId: input.councilId,
          startedOn: input.startedOn,
          currentPosition: 1,
          stageStartedOn: input.startedOn,
          status: EnrolmentStatus.ACTIVE,
          pauses: [],
          signOffs: [],
          endedOn: null,
        }),
      { pathway_enrolment_current_key: ALREADY_ENROLLED },
    );
    return written.ok ? succeeded('enrolment', written.value) : refused('enrolment', written.userErrors);
  }

  @Mutation(() => PathwayEnrolmentPayload, {
    description: 'Sign off the current stage (council admins), moving to the next; the last sign-off completes the pathway.',
  })
  async pathwayEnrolmentSignOffStage(
    @Arg('input', { description: 'The enrolment, the day and the evidence seen.' }) input: PathwayStageSignOffInput,
    @Ctx() context: LeadershipContext,
  ) {
    const errors = new UserErrors();
    const known = await context.loaders.enrolmentById.load(input.id);
    const stageCount = known ? (await context.loaders.stagesByPathway.load(known.pathwayId)).length : 0;
    const note = checkFreeText(errors, 'evidenceNote', input.evidenceNote, 500);
    checkNotFuture(errors, 'signedOffOn', input.signedOffOn, context.today);
    return changeEnrolment(context, input.id, errors, (enrolment, refusal) => {
      if (enrolment.status !== EnrolmentStatus.ACTIVE) refusal.add('id', 'ENROLMENT_NOT_ACTIVE', `This enrolment is ${enrolment.status}.`);
      if (input.signedOffOn < enrolment.stageStartedOn) {
        refusal.add('signedOffOn', 'DATE_ORDER', `The stage began on ${enrolment.stageStartedOn}; got ${input.signedOffOn}.`);
      }
      const last = enrolment.currentPosition >= stageCount;
      return {
        currentPosition: enrolment.currentPosition + 1,
        stageStartedOn: input.signedOffOn,
        signOffs: [
          ...enrolment.signOffs,
          {
            position: enrolment.currentPosition,
            signedOffOn: input.signedOffOn,
            signedOffBy: context.principal.subject,
            evidenceNote: note,
          },
        ],
        status: last ? EnrolmentStatus.COMPLETED : EnrolmentStatus.ACTIVE,
        endedOn: last ? input.signedOffOn : null,
      };
    });
  }

  @Mutation(() => PathwayEnrolmentPayload, { description: 'Pause an enrolment (illness, leave); its clock stops.' })
  pathwayEnrolmentPause(
    @Arg('input', { description: 'The active enrolment and the first day of the pause.' }) input: DatedStepInput,
    @Ctx() context: LeadershipContext,
  ) {
    return changeEnrolment(context, input.id, datedStepErrors(input.on, context.today), (enrolment, refusal) => {
      if (enrolment.status !== EnrolmentStatus.ACTIVE) refusal.add('id', 'ENROLMENT_NOT_ACTIVE', `This enrolment is ${enrolment.status}.`);
      const lastEnd = enrolment.pauses.at(-1)?.endedOn ?? enrolment.stageStartedOn;
      const earliest = lastEnd > enrolment.stageStartedOn ? lastEnd : enrolment.stageStartedOn;
      if (input.on < earliest) refusal.add('on', 'DATE_ORDER', `A new pause starts on or after ${earliest}.`);
      return { status: EnrolmentStatus.PAUSED, pauses: [...enrolment.pauses, { startedOn: input.on, endedOn: null }] };
    });
  }

  @Mutation(() => PathwayEnrolmentPayload, { description: 'Resume a paused enrolment.' })
  pathwayEnrolmentResume(
    @Arg('input', { description: 'The paused enrolment and the day it resumes.' }) input: DatedStepInput,
    @Ctx() context: LeadershipContext,
  ) {
    return changeEnrolment(context, input.id, datedStepErrors(input.on, context.today), (enrolment, refusal) => {
      const open = enrolment.pauses.at(-1);
      if (enrolment.status !== EnrolmentStatus.PAUSED || !open) {
        refusal.add('id', 'ENROLMENT_NOT_PAUSED', `This enrolment is ${enrolment.status}.`);
      } else if (input.on < open.startedOn) refusal.add('on', 'DATE_ORDER', `The pause began on ${open.startedOn}; got ${input.on}.`);
      return {
        status: EnrolmentStatus.ACTIVE,
        pauses: [...enrolment.pauses.slice(0, -1), { startedOn: open?.startedOn ?? input.on, endedOn: input.on }],
      };
    });
  }

  @Mutation(() => PathwayEnrolmentPayload, { description: 'Take a practitioner off a pathway.' })
  pathwayEnrolmentWithdraw(
    @Arg('input', { description: 'The active or paused enrolment and the day it ends.' }) input: DatedStepInput,
    @Ctx() context: LeadershipContext,
  ) {
    return changeEnrolment(context, input.id, datedStepErrors(input.on, context.today), (enrolment, refusal) => {
      if (![EnrolmentStatus.ACTIVE, EnrolmentStatus.PAUSED].includes(enrolment.status)) {
        refusal.add('id', 'ENROLMENT_NOT_ACTIVE', `This enrolment is ${enrolment.status}.`);
      }
      return { status: EnrolmentStatus.WITHDRAWN, endedOn: input.on };
    });
  }

  @FieldResolver(() => Pathway, { description: 'The pathway.' })
  pathway(@Root() enrolment: PathwayEnrolment, @Ctx() { loaders }: LeadershipContext) {
    return loaders.pathwayById.load(enrolment.pathwayId);
  }

  @FieldResolver(() => Practitioner, { description: 'The practitioner on the pathway.' })
  practitioner(@Root() enrolment: PathwayEnrolment): Practitioner {
    return { id: enrolment.practitionerId };
  }

  @FieldResolver(() => Council, { description: 'The practitioner’s council, whose admins manage the enrolment.' })
  council(@Root() enrolment: PathwayEnrolment): Council {
    return { id: enrolment.councilId };
  }

  @FieldResolver(() => PathwayStage, { nullable: true, description: 'The stage being worked on; null once completed.' })
  async currentStage(@Root() enrolment: PathwayEnrolment, @Ctx() { loaders }: LeadershipContext) {
    return (await loaders.stagesByPathway.load(enrolment.pathwayId)).find((stage) => stage.position === enrolment.currentPosition) ?? null;
  }

  @FieldResolver(() => StageProgress, { nullable: true, description: 'On track, overdue or paused in the current stage; null once ended.' })
  async progress(@Root() enrolment: PathwayEnrolment, @Ctx() context: LeadershipContext): Promise<StageProgress | null> {
    const stage = await this.currentStage(enrolment, context);
    if (!stage || ![EnrolmentStatus.ACTIVE, EnrolmentStatus.PAUSED].includes(enrolment.status)) return null;
    return stageProgress(enrolment.stageStartedOn, stage.expectedMonths, enrolment.pauses, context.today);
  }

  @FieldResolver(() => [StageSignOff], { description: 'The stages signed off so far, in order.' })
  signOffs(@Root() enrolment: PathwayEnrolment): StageSignOff[] {
    return enrolment.signOffs;
  }

  @FieldResolver(() => [DatePeriod], { description: 'Its pauses, in order; the last is open while it is paused.' })
  pauses(@Root() enrolment: PathwayEnrolment): DatePeriod[] {
    return enrolment.pauses;
  }
}

/**
 * One step on an enrolment, by an admin of the practitioner's council: with the row locked, the
 * step checks the enrolment as it is and says what to write.
 */
async function changeEnrolment(
  context: LeadershipContext,
  id: string,
  errors: UserErrors,
  step: (enrolment: PathwayEnrolment, refusal: UserErrors) => Partial<PathwayEnrolment> | Promise<Partial<PathwayEnrolment>>,
) {
  const existing = await context.loaders.enrolmentById.load(id);
  if (!existing) return refusedNotFound('enrolment', 'id', 'enrolment', id);
  context.loaders.scope.assertCouncilAdmin(existing.councilId, 'change this enrolment');
  if (errors.any) return refused('enrolment', errors.list);
  return context.dataSource.transaction(async (manager) => {
    const enrolment = await lockRow(manager, PathwayEnrolment, existing.id);
    const refusal = new UserErrors();
    const changes = await step(enrolment, refusal);
    if (refusal.any) return refused('enrolment', refusal.list);
    return succeeded('enrolment', await updateFields(manager, PathwayEnrolment, enrolment.id, changes));
  });
}
