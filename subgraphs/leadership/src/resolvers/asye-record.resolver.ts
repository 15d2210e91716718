import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { UserErrors } from '#hub/shared/errors';
import { checkNotFuture } from '#hub/shared/input-checks';
import { refused, refusedNotFound, succeeded } from '#hub/shared/payload';
import { type UniqueConflict, insertNew, lockRow, updateFields, writeInTransaction } from '#hub/shared/write';
import { addDays } from '#hub/shared/iso-date';
import type { LeadershipContext } from '../context';
import { AsyeRecord } from '../entities/asye-record.entity';
import { AsyeReviewPoint, checkAsyeCompletion, evidenceGaps, reviewSchedule } from '../rules/asye';
import { Council } from '../types/council';
import { AsyeStatus, EarlyCareerProgramme, ReviewOutcome } from '../types/enums';
import { AsyeReviewStatus, DatePeriod, EvidenceGap } from '../types/figures';
import { AsyeEvidenceInput, AsyeReviewInput, AsyeStartInput, DatedStepInput } from '../types/inputs';
import { AsyeRecordPayload } from '../types/payloads';
import { Practitioner } from '../types/practitioner';
import { datedStepErrors } from './dated-step';
import { checkPractitionerCouncil } from './practitioner-council';

const RUNNING = [AsyeStatus.IN_PROGRESS, AsyeStatus.PAUSED];
const ASYE_EXISTS: UniqueConflict = {
  field: 'practitionerId',
  code: 'ASYE_EXISTS',
  message: 'The practitioner has an ASYE already; withdraw it first.',
};
/** A final review may be brought forward by up to four weeks, no more. */
const FINAL_REVIEW_EARLIEST_DAYS = 28;

@Resolver(() => AsyeRecord)
export class AsyeRecordResolver {
  @Mutation(() => AsyeRecordPayload, { description: 'Start an ASYE for one of your council’s newly qualified social workers.' })
  async asyeStart(
    @Arg('input', { description: 'The practitioner, their assessor and the start.' }) input: AsyeStartInput,
    @Ctx() context: LeadershipContext,
  ) {
    const { loaders, dataSource } = context;
    loaders.scope.assertCouncilAdmin(input.councilId, 'start an ASYE');
    const errors = new UserErrors();
    await checkPractitionerCouncil(input.practitionerId, input.councilId, 'practitionerId', context, errors);
    await checkPractitionerCouncil(input.assessorPractitionerId, input.councilId, 'assessorPractitionerId', context, errors);
    if (input.assessorPractitionerId === input.practitionerId) {
      errors.add('assessorPractitionerId', 'ASSESSOR_IS_PRACTITIONER', 'Nobody assesses their own ASYE.');
    }
    if (
      !errors.any &&
      (await loaders.asyeByPractitioner.load(input.practitionerId)).some((record) => record.status !== AsyeStatus.WITHDRAWN)
    ) {
      errors.add(ASYE_EXISTS.field, ASYE_EXISTS.code, ASYE_EXISTS.message);
    }
    if (errors.any) return refused('asyeRecord', errors.list);
    const written = await writeInTransaction(
      dataSource,
      (manager) =>
        insertNew(manager, AsyeRecord, {
          practitionerId: input.practitionerId,
          councilId: input.councilId,
          assessorPractitionerId: input.assessorPractitionerId,
          programme: input.programme ?? EarlyCareerProgramme.ASYE,
          startedOn: input.startedOn,
          withNineMonthReview: input.withNineMonthReview ?? false,
          status: AsyeStatus.IN_PROGRESS,
          pauses: [],
          heldReviews: [],
          endedOn: null,
        }),
      { asye_record_one_per_practitioner_key: ASYE_EXISTS },
    );
    return written.ok ? succeeded('asyeRecord', written.value) : refused('asyeRecord', written.userErrors);
  }

  @Mutation(() => AsyeRecordPayload, { description: 'Record a review as held, with its outcome.' })
  asyeRecordReview(
    @Arg('input', { description: 'The record, the review point, when it was held and its outcome.' }) input: AsyeReviewInput,
    @Ctx() context: LeadershipContext,
  ) {
    const errors = new UserErrors();
    checkNotFuture(errors, 'heldOn', input.heldOn, context.today);
    return changeAsye(context, input.id, errors, (record, refusal) => {
      if (!RUNNING.includes(record.status)) refusal.add('id', 'ASYE_NOT_RUNNING', `This ASYE is ${record.status}.`);
      if (input.point === AsyeReviewPoint.NINE_MONTH && !record.withNineMonthReview) {
        refusal.add('point', 'NINE_MONTH_REVIEW_NOT_PLANNED', 'This ASYE has no 9-month review planned.');
      }
      if (input.heldOn < record.startedOn) refusal.add('heldOn', 'DATE_ORDER', `The ASYE began on ${record.startedOn}.`);
      if (input.point === AsyeReviewPoint.FINAL) {
        const due = reviewSchedule(record.startedOn, record.pauses, record.withNineMonthReview, context.today).at(-1)!.dueOn;
        if (input.heldOn < addDays(due, -FINAL_REVIEW_EARLIEST_DAYS)) {
          refusal.add('heldOn', 'FINAL_REVIEW_TOO_EARLY', `The final review is due on ${due}; it can be held from four weeks before.`);
        }
      }
      const others = record.heldReviews.filter((review) => review.point !== input.point);
      return { heldReviews: [...others, { point: input.point, heldOn: input.heldOn, outcome: input.outcome }] };
    });
  }

  @Mutation(() => AsyeRecordPayload, {
    description: 'Update the evidence counts, reflections and protected development hours as they now stand.',
  })
  asyeRecordEvidence(
    @Arg('input', { description: 'The record and the counts that changed.' }) input: AsyeEvidenceInput,
    @Ctx() context: LeadershipContext,
  ) {
    const errors = new UserErrors();
    for (const field of ['directObservations', 'feedbackFromPeopleWhoUseServices', 'professionalFeedback', 'writtenReports'] as const) {
      const value = input[field];
      if (value != null && (!Number.isInteger(value) || value < 0 || value > 50)) {
        errors.add(field, 'OUT_OF_RANGE', `${field} must be from 0 to 50; got ${value}.`);
      }
    }
    const hours = input.protectedDevelopmentHours;
    if (hours != null && (!Number.isFinite(hours) || hours < 0 || hours > 2000)) {
      errors.add('protectedDevelopmentHours', 'OUT_OF_RANGE', `protectedDevelopmentHours must be from 0 to 2000; got ${hours}.`);
    }
    return changeAsye(context, input.id, errors, (record, refusal) => {
      if (!RUNNING.includes(record.status)) refusal.add('id', 'ASYE_NOT_RUNNING', `This ASYE is ${record.status}.`);
      return {
        directObservations: input.directObservations ?? undefined,
        feedbackFromPeopleWhoUseServices: input.feedbackFromPeopleWhoUseServices ?? undefined,
        professionalFeedback: input.professionalFeedback ?? undefined,
        writtenReports: input.writtenReports ?? undefined,
        reflectionAtSixMonths: input.reflectionAtSixMonths ?? undefined,
        reflectionAtTwelveMonths: input.reflectionAtTwelveMonths ?? undefined,
        protectedDevelopmentHours: hours ?? undefined,
      };
    });
  }

  @Mutation(() => AsyeRecordPayload, {
    description: 'Pause an ASYE (illness, parental leave): its review dates move on while it is paused.',
  })
  asyePause(
    @Arg('input', { description: 'The ASYE record, in progress, and the first day of the pause.' }) input: DatedStepInput,
    @Ctx() context: LeadershipContext,
  ) {
    return changeAsye(context, input.id, datedStepErrors(input.on, context.today), (record, refusal) => {
      if (record.status !== AsyeStatus.IN_PROGRESS) refusal.add('id', 'ASYE_NOT_IN_PROGRESS', `This ASYE is ${record.status}.`);
      const lastEnd = record.pauses.at(-1)?.endedOn ?? record.startedOn;
      if (input.on < lastEnd) refusal.add('on', 'DATE_ORDER', `A new pause starts on or after ${lastEnd}.`);
      return { status: AsyeStatus.PAUSED, pauses: [...record.pauses, { startedOn: input.on, endedOn: null }] };
    });
  }

  @Mutation(() => AsyeRecordPayload, { description: 'Resume a paused ASYE.' })
  asyeResume(
    @Arg('input', { description: 'The paused ASYE record and the day it resumes.' }) input: DatedStepInput,
    @Ctx() context: LeadershipContext,
  ) {
    return changeAsye(context, input.id, datedStepErrors(input.on, context.today), (record, refusal) => {
      const open = record.pauses.at(-1);
      if (record.status !== AsyeStatus.PAUSED || !open) refusal.add('id', 'ASYE_NOT_PAUSED', `This ASYE is ${record.status}.`);
      else if (input.on < open.startedOn) refusal.add('on', 'DATE_ORDER', `The pause began on ${open.startedOn}.`);
      return {
        status: AsyeStatus.IN_PROGRESS,
        pauses: [...record.pauses.slice(0, -1), { startedOn: open?.startedOn ?? input.on, endedOn: input.on }],
      };
    });
  }

  @Mutation(() => AsyeRecordPayload, {
    description:
      'Complete an ASYE: needs the final review held, all the evidence, and no more than 24 months since the start, not counting pauses.',
  })
  asyeComplete(
    @Arg('input', { description: 'The ASYE record, in progress, and the day it is completed.' }) input: DatedStepInput,
    @Ctx() context: LeadershipContext,
  ) {
    const today = context.today;
    return changeAsye(context, input.id, datedStepErrors(input.on, context.today), (record, refusal) => {
      if (record.status !== AsyeStatus.IN_PROGRESS) refusal.add('id', 'ASYE_NOT_IN_PROGRESS', `This ASYE is ${record.status}.`);
      const finalReview = record.heldReviews.find((review) => review.point === AsyeReviewPoint.FINAL);
      const finalReviewHeld = finalReview !== undefined;
      if (finalReview && input.on < finalReview.heldOn) {
        refusal.add('on', 'DATE_ORDER', `The final review was held on ${finalReview.heldOn}.`);
      }
      if (finalReview && finalReview.outcome !== ReviewOutcome.PASSED) {
        refusal.add('id', 'ASYE_NOT_PASSED', 'The final review did not pass the ASYE; withdraw the record instead.');
      }
      for (const problem of checkAsyeCompletion(
        { startedOn: record.startedOn, pauses: record.pauses, evidence: record, finalReviewHeld },
        input.on,
        today,
      )) {
        refusal.add('id', problem.code, problem.message);
      }
      return { status: AsyeStatus.COMPLETED, endedOn: input.on };
    });
  }

  @Mutation(() => AsyeRecordPayload, {
    description: 'Withdraw an ASYE that will not be completed: the practitioner left, or did not pass.',
  })
  asyeWithdraw(
    @Arg('input', { description: 'The running ASYE record and the day it ends.' }) input: DatedStepInput,
    @Ctx() context: LeadershipContext,
  ) {
    return changeAsye(context, input.id, datedStepErrors(input.on, context.today), (record, refusal) => {
      if (!RUNNING.includes(record.status)) refusal.add('id', 'ASYE_NOT_RUNNING', `This ASYE is ${record.status}.`);
      if (input.on < record.startedOn) refusal.add('on', 'DATE_ORDER', `The ASYE began on ${record.startedOn}.`);
      return { status: AsyeStatus.WITHDRAWN, endedOn: input.on };
    });
  }

  @FieldResolver(() => Practitioner, { description: 'The newly qualified social worker doing the ASYE.' })
  practitioner(@Root() record: AsyeRecord): Practitioner {
    return { id: record.practitionerId };
  }

  @FieldResolver(() => Practitioner, { description: 'The practitioner who assesses it, of the same council.' })
  assessor(@Root() record: AsyeRecord): Practitioner {
    return { id: record.assessorPractitionerId };
  }

  @FieldResolver(() => Council, { description: 'The practitioner’s council, whose admins manage the record.' })
  council(@Root() record: AsyeRecord): Council {
    return { id: record.councilId };
  }

  @FieldResolver(() => [AsyeReviewStatus], {
    description: 'Every review point: its due date (moved on by pauses), whether held, and whether overdue.',
  })
  reviews(@Root() record: AsyeRecord, @Ctx() { today }: LeadershipContext): AsyeReviewStatus[] {
    const running = RUNNING.includes(record.status);
    return reviewSchedule(record.startedOn, record.pauses, record.withNineMonthReview, today).map(({ point, dueOn }) => {
      const held = record.heldReviews.find((review) => review.point === point);
      return { point, dueOn, heldOn: held?.heldOn ?? null, outcome: held?.outcome ?? null, overdue: running && !held && dueOn < today };
    });
  }

  @FieldResolver(() => [EvidenceGap], { description: 'Evidence still short of what the final review needs.' })
  evidenceGaps(@Root() record: AsyeRecord): EvidenceGap[] {
    return evidenceGaps(record);
  }

  @FieldResolver(() => [DatePeriod], { description: 'Its pauses, in order; the last is open while it is paused.' })
  pauses(@Root() record: AsyeRecord): DatePeriod[] {
    return record.pauses;
  }
}

/** One change to an ASYE record by an admin of the practitioner's council, with the row locked. */
async function changeAsye(
  context: LeadershipContext,
  id: string,
  errors: UserErrors,
  step: (record: AsyeRecord, refusal: UserErrors) => Partial<AsyeRecord>,
) {
  const existing = await context.loaders.asyeById.load(id);
  if (!existing) return refusedNotFound('asyeRecord', 'id', 'ASYE record', id);
  context.loaders.scope.assertCouncilAdmin(existing.councilId, 'change this ASYE');
  if (errors.any) return refused('asyeRecord', errors.list);
  return context.dataSource.transaction(async (manager) => {
    const record = await lockRow(manager, AsyeRecord, existing.id);
    const refusal = new UserErrors();
    const changes = step(record, refusal);
    if (refusal.any) return refused('asyeRecord', refusal.list);
    return succeeded('asyeRecord', await updateFields(manager, AsyeRecord, record.id, changes));
  });
}
