import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { UserErrors } from '#hub/shared/errors';
import { checkFreeText, checkNotFuture } from '#hub/shared/input-checks';
import { refused, refusedNotFound, succeeded } from '#hub/shared/payload';
import { type UniqueConflict, insertNew, writeInTransaction } from '#hub/shared/write';
import type { LeadershipContext } from '../context';
import { PathwayEnrolment } from '../entities/pathway-enrolment.entity';
import { PathwayStage } from '../entities/pathway-stage.entity';
import { Pathway } from '../entities/pathway.entity';
import { datedStepErrors } from '../rules/dated-step';
import {
  enrolmentPauseStep,
  enrolmentProgress,
  enrolmentResumeStep,
  enrolmentSignOffStep,
  enrolmentWithdrawStep,
  isOnPathway,
} from '../rules/pathway-enrolment-workflow';
import { StageProgress } from '../rules/pathway-progress';
import { changeEnrolment } from '../services/pathway-enrolment-step';
import { checkPathwayOpenTo } from '../services/pathway-membership';
import { checkPractitionerCouncil } from '../services/practitioner-council';
import { Council } from '../types/council';
import { DatedStepInput } from '../types/dated-step.inputs';
import { EnrolmentStatus } from '../types/enums';
import { DatePeriod, StageSignOff } from '../types/figures';
import { PathwayEnrolInput, PathwayStageSignOffInput } from '../types/pathway-enrolment.inputs';
import { PathwayEnrolmentPayload } from '../types/payloads';
import { Practitioner } from '../types/practitioner';

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
    await checkPathwayOpenTo(pathway, input.councilId, context, errors);
    await checkPractitionerCouncil(input.practitionerId, input.councilId, 'practitionerId', context, errors);
    if (!errors.any && isOnPathway(await loaders.enrolmentsByPractitioner.load(input.practitionerId), pathway.id)) {
      errors.add(ALREADY_ENROLLED.field, ALREADY_ENROLLED.code, ALREADY_ENROLLED.message);
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
    const signOff = { signedOffOn: input.signedOffOn, signedOffBy: context.principal.subject, evidenceNote: note };
    return changeEnrolment(context, input.id, errors, (enrolment, refusal) =>
      enrolmentSignOffStep(enrolment, signOff, stageCount, refusal),
    );
  }

  @Mutation(() => PathwayEnrolmentPayload, { description: 'Pause an enrolment (illness, leave); its clock stops.' })
  pathwayEnrolmentPause(
    @Arg('input', { description: 'The active enrolment and the first day of the pause.' }) input: DatedStepInput,
    @Ctx() context: LeadershipContext,
  ) {
    return changeEnrolment(context, input.id, datedStepErrors(input.on, context.today), (enrolment, refusal) =>
      enrolmentPauseStep(enrolment, input.on, refusal),
    );
  }

  @Mutation(() => PathwayEnrolmentPayload, { description: 'Resume a paused enrolment.' })
  pathwayEnrolmentResume(
    @Arg('input', { description: 'The paused enrolment and the day it resumes.' }) input: DatedStepInput,
    @Ctx() context: LeadershipContext,
  ) {
    return changeEnrolment(context, input.id, datedStepErrors(input.on, context.today), (enrolment, refusal) =>
      enrolmentResumeStep(enrolment, input.on, refusal),
    );
  }

  @Mutation(() => PathwayEnrolmentPayload, { description: 'Take a practitioner off a pathway.' })
  pathwayEnrolmentWithdraw(
    @Arg('input', { description: 'The active or paused enrolment and the day it ends.' }) input: DatedStepInput,
    @Ctx() context: LeadershipContext,
  ) {
    return changeEnrolment(context, input.id, datedStepErrors(input.on, context.today), (enrolment, refusal) =>
      enrolmentWithdrawStep(enrolment, input.on, refusal),
    );
  }

  @FieldResolver(() => Pathway, { description: 'The pathway.' })
  pathway(@Root() enrolment: PathwayEnrolment, @Ctx() { loaders }: LeadershipContext) {
    return loaders.pathwayById.load(enrolment.pathwayId);
  }

  @FieldResolver(() => Practitioner, { nullable: true, description: 'The practitioner on the pathway.' })
  practitioner(@Root() enrolment: PathwayEnrolment): Practitioner {
    return { id: enrolment.practitionerId };
  }

  @FieldResolver(() => Council, { nullable: true, description: 'The practitioner’s council, whose admins manage the enrolment.' })
  council(@Root() enrolment: PathwayEnrolment): Council {
    return { id: enrolment.councilId };
  }

  @FieldResolver(() => PathwayStage, { nullable: true, description: 'The stage being worked on; null once completed.' })
  async currentStage(@Root() enrolment: PathwayEnrolment, @Ctx() { loaders }: LeadershipContext) {
    return (await loaders.stagesByPathway.load(enrolment.pathwayId)).find((stage) => stage.position === enrolment.currentPosition) ?? null;
  }

  @FieldResolver(() => StageProgress, { nullable: true, description: 'On track, overdue or paused in the current stage; null once ended.' })
  async progress(@Root() enrolment: PathwayEnrolment, @Ctx() context: LeadershipContext): Promise<StageProgress | null> {
    return enrolmentProgress(enrolment, await this.currentStage(enrolment, context), context.today);
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
