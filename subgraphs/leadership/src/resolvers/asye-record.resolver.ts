import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { UserErrors } from '#hub/shared/errors';
import { checkNotFuture } from '#hub/shared/input-checks';
import { refused, succeeded } from '#hub/shared/payload';
import { type UniqueConflict, insertNew, writeInTransaction } from '#hub/shared/write';
import type { LeadershipContext } from '../context';
import { AsyeRecord } from '../entities/asye-record.entity';
import { evidenceGaps } from '../rules/asye';
import {
  asyeCompleteStep,
  asyePauseStep,
  asyeResumeStep,
  asyeReviewStep,
  asyeWithdrawStep,
  checkEvidenceUpdate,
  checkEvidenceMayBeRecorded,
  mayStartAsye,
  reviewStandings,
} from '../rules/asye-workflow';
import { datedStepErrors } from '../rules/dated-step';
import { changeAsye } from '../services/asye-record-step';
import { checkPractitionerCouncil } from '../services/practitioner-council';
import { AsyeEvidenceInput, AsyeReviewInput, AsyeStartInput } from '../types/asye-record.inputs';
import { Council } from '../types/council';
import { DatedStepInput } from '../types/dated-step.inputs';
import { AsyeStatus, EarlyCareerProgramme } from '../types/enums';
import { AsyeReviewStatus, DatePeriod, EvidenceGap } from '../types/figures';
import { AsyeRecordPayload } from '../types/payloads';
import { Practitioner } from '../types/practitioner';

const ASYE_EXISTS: UniqueConflict = {
  field: 'practitionerId',
  code: 'ASYE_EXISTS',
  message: 'The practitioner has an ASYE already; withdraw it first.',
};

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
    if (!errors.any && !mayStartAsye(await loaders.asyeByPractitioner.load(input.practitionerId))) {
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
    return changeAsye(context, input.id, errors, (record, refusal) => asyeReviewStep(record, input, context.today, refusal));
  }

  @Mutation(() => AsyeRecordPayload, {
    description: 'Update the evidence counts, reflections and protected development hours as they now stand.',
  })
  asyeRecordEvidence(
    @Arg('input', { description: 'The record and the counts that changed.' }) input: AsyeEvidenceInput,
    @Ctx() context: LeadershipContext,
  ) {
    const errors = new UserErrors();
    checkEvidenceUpdate(errors, input);
    return changeAsye(context, input.id, errors, (record, refusal) => {
      checkEvidenceMayBeRecorded(record, refusal);
      return {
        directObservations: input.directObservations ?? undefined,
        feedbackFromPeopleWhoUseServices: input.feedbackFromPeopleWhoUseServices ?? undefined,
        professionalFeedback: input.professionalFeedback ?? undefined,
        writtenReports: input.writtenReports ?? undefined,
        reflectionAtSixMonths: input.reflectionAtSixMonths ?? undefined,
        reflectionAtTwelveMonths: input.reflectionAtTwelveMonths ?? undefined,
        protectedDevelopmentHours: input.protectedDevelopmentHours ?? undefined,
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
    return changeAsye(context, input.id, datedStepErrors(input.on, context.today), (record, refusal) =>
      asyePauseStep(record, input.on, refusal),
    );
  }

  @Mutation(() => AsyeRecordPayload, { description: 'Resume a paused ASYE.' })
  asyeResume(
    @Arg('input', { description: 'The paused ASYE record and the day it resumes.' }) input: DatedStepInput,
    @Ctx() context: LeadershipContext,
  ) {
    return changeAsye(context, input.id, datedStepErrors(input.on, context.today), (record, refusal) =>
      asyeResumeStep(record, input.on, refusal),
    );
  }

  @Mutation(() => AsyeRecordPayload, {
    description:
      'Complete an ASYE: needs the final review held, all the evidence, and no more than 24 months since the start, not counting pauses.',
  })
  asyeComplete(
    @Arg('input', { description: 'The ASYE record, in progress, and the day it is completed.' }) input: DatedStepInput,
    @Ctx() context: LeadershipContext,
  ) {
    return changeAsye(context, input.id, datedStepErrors(input.on, context.today), (record, refusal) =>
      asyeCompleteStep(record, input.on, context.today, refusal),
    );
  }

  @Mutation(() => AsyeRecordPayload, {
    description: 'Withdraw an ASYE that will not be completed: the practitioner left, or did not pass.',
  })
  asyeWithdraw(
    @Arg('input', { description: 'The running ASYE record and the day it ends.' }) input: DatedStepInput,
    @Ctx() context: LeadershipContext,
  ) {
    return changeAsye(context, input.id, datedStepErrors(input.on, context.today), (record, refusal) =>
      asyeWithdrawStep(record, input.on, refusal),
    );
  }

  @FieldResolver(() => Practitioner, { nullable: true, description: 'The newly qualified social worker doing the ASYE.' })
  practitioner(@Root() record: AsyeRecord): Practitioner {
    return { id: record.practitionerId };
  }

  @FieldResolver(() => Practitioner, { nullable: true, description: 'The practitioner who assesses it, of the same council.' })
  assessor(@Root() record: AsyeRecord): Practitioner {
    return { id: record.assessorPractitionerId };
  }

  @FieldResolver(() => Council, { nullable: true, description: 'The practitioner’s council, whose admins manage the record.' })
  council(@Root() record: AsyeRecord): Council {
    return { id: record.councilId };
  }

  @FieldResolver(() => [AsyeReviewStatus], {
    description: 'Every review point: its due date (moved on by pauses), whether held, and whether overdue.',
  })
  reviews(@Root() record: AsyeRecord, @Ctx() { today }: LeadershipContext): AsyeReviewStatus[] {
    return reviewStandings(record, today);
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
