import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Brackets } from 'typeorm';
import { forbidden, UserErrors } from '#hub/shared/errors';
import { assertUuidArgument, checkFreeText, checkNotFuture, isUuid } from '#hub/shared/input-checks';
import { isIsoDate } from '#hub/shared/iso-date';
import { decodeCursor, fetchPage, PageArgs, pageSize, toConnection } from '#hub/shared/pagination';
import { refused, succeeded } from '#hub/shared/payload';
import { AcademicYearScalar } from '#hub/shared/scalars';
import { lockRow } from '#hub/shared/write';
import type { PlacementsContext } from '../context';
import { PlacementOffer } from '../entities/placement-offer.entity';
import { Placement } from '../entities/placement.entity';
import { PracticeEducator } from '../entities/practice-educator.entity';
import { QaplReview } from '../entities/qapl-review.entity';
import { checkEducatorFits } from '../rules/educator-fit';
import { checkDaysEntry, checkDaysTotals } from '../rules/placement-days';
import { checkPlaceLeft } from '../rules/placement-offer';
import { checkMidpointActionPlan, checkOnOrAfterStart } from '../rules/placement-records';
import { PlacementAction } from '../rules/placement-workflow';
import { checkNewPlacement } from '../rules/student-placements';
import { placesTaken } from '../services/places-taken';
import { stepPlacement } from '../services/placement-step';
import { lockStudent, OTHER_UNIVERSITY, recordedByOtherUniversity } from '../services/student-lock';
import { checkUniversityInPartnership, studentOfUniversity } from '../services/universities-register';
import { PlacementConnection } from '../types/connections';
import { Council } from '../types/council';
import { PlacementStatus } from '../types/enums';
import {
  PlacementAllocateInput,
  PlacementCancelInput,
  PlacementCompleteInput,
  PlacementConfirmInput,
  PlacementEndEarlyInput,
  PlacementFilter,
  PlacementStartInput,
  PlacementRecordLearningAgreementInput,
  PlacementLogDaysInput,
  PlacementRecordMidpointReviewInput,
} from '../types/placement.inputs';
import { PlacementPayload } from '../types/payloads';
import { Student } from '../types/student';
import { University } from '../types/university';

@Resolver(() => Placement)
export class PlacementResolver {
  @Query(() => Placement, { nullable: true, description: 'One placement, for the student’s university and the host council.' })
  async placement(
    @Arg('id', () => ID, { description: 'The placement’s id.' }) id: string,
    @Ctx() { loaders }: PlacementsContext,
  ): Promise<Placement | null> {
    const placement = await loaders.placementById.load(id);
    if (placement && !loaders.scope.canSeePlacement(placement)) {
      throw forbidden('A placement is seen by the student’s university and the host council only.');
    }
    return placement;
  }

  @Query(() => PlacementConnection, { description: 'Placements you may see, by start date.' })
  async placements(
    @Args() page: PageArgs,
    @Ctx() { loaders, dataSource }: PlacementsContext,
    @Arg('filter', () => PlacementFilter, { nullable: true, description: 'Narrows the list; all you may see when left out.' })
    filter?: PlacementFilter,
  ) {
    assertUuidArgument(filter?.councilId, 'filter.councilId');
    assertUuidArgument(filter?.universityId, 'filter.universityId');
    const query = dataSource.getRepository(Placement).createQueryBuilder('placement');
    const visible = loaders.scope.visiblePlacementCondition('placement');
    query.where(new Brackets((where) => where.where(visible.sql, visible.parameters)));
    if (filter?.councilId) query.andWhere('placement.councilId = :councilId', { councilId: filter.councilId });
    if (filter?.universityId) query.andWhere('placement.universityId = :universityId', { universityId: filter.universityId });
    if (filter?.status) query.andWhere('placement.status = :status', { status: filter.status });
    if (filter?.academicYear) {
      query.innerJoin(PlacementOffer, 'offer', 'offer.id = placement.offerId').andWhere('offer.academicYear = :academicYear', {
        academicYear: filter.academicYear,
      });
    }
    const result = await fetchPage(query, {
      sortProperty: 'startsOn',
      first: pageSize(page.first),
      cursor: decodeCursor(page.after, isIsoDate),
    });
    return toConnection(result, (placement) => placement.startsOn);
  }

  @Mutation(() => PlacementPayload, {
    description:
      'Allocate one of your students to an offer of a partnership your university is a member of (university admins). The offer’s capacity is never exceeded, even when many allocate at once.',
  })
  async placementAllocate(
    @Arg('input', { description: 'The offer, the student and your university.' }) input: PlacementAllocateInput,
    @Ctx() context: PlacementsContext,
  ) {
    const { loaders, dataSource } = context;
    loaders.scope.assertUniversityAdmin(input.universityId, 'allocate its students');
    const errors = new UserErrors();
    if (!isUuid(input.studentId)) errors.add('studentId', 'INVALID_ID', `studentId must be an id (a UUID); got "${input.studentId}".`);
    const offer = await loaders.offerById.load(input.offerId);
    if (!offer) errors.add('offerId', 'NOT_FOUND', `No placement offer has id ${input.offerId}.`);
    const educatorId = input.practiceEducatorId ?? offer?.practiceEducatorId ?? null;
    const educator = educatorId ? await loaders.educatorById.load(educatorId) : null;
    if (educatorId && !educator) errors.add('practiceEducatorId', 'NOT_FOUND', `No practice educator has id ${educatorId}.`);
    if (offer && educator) checkEducatorFits(offer, educator, errors);
    // The universities register says whose student this is and which partnerships the university is in; nothing here does.
    const studentId = await studentOfUniversity(input.studentId, input.universityId, 'studentId', context, errors);
    if (offer) await checkUniversityInPartnership(input.universityId, offer.partnershipId, 'universityId', context, errors);
    if (errors.any || !offer || !studentId) return refused('placement', errors.list);
    // Read before the transaction: inside it, a second connection could wait for a pool slot
    // held by allocations queued on the same lock.
    const settings = await loaders.settingsByPartnership.load(offer.partnershipId);

    return dataSource.transaction(async (manager) => {
      // The offer's row lock makes allocations to it take turns, so the count below cannot go stale;
      // the student's lock does the same for their placements across offers.
      const locked = await lockRow(manager, PlacementOffer, offer.id);
      await lockStudent(manager, studentId);
      if (await recordedByOtherUniversity(manager, studentId, input.universityId)) {
        return refused('placement', new UserErrors().add(OTHER_UNIVERSITY.field, OTHER_UNIVERSITY.code, OTHER_UNIVERSITY.message).list);
      }
      const full = new UserErrors();
      // The capacity as it is now: a cut made while this allocation waited for the lock counts.
      checkPlaceLeft(locked.capacity, await placesTaken(manager, offer.id), full);
      if (full.any) return refused('placement', full.list);
      const others = await manager.getRepository(Placement).findBy({ studentId });
      const facts = others.map((other) => ({ ...other, endsOn: other.extendedEndsOn }));
      const problems = checkNewPlacement(offer, facts, settings.statutoryPlacementsRequired);
      if (problems.length > 0) {
        const refusal = new UserErrors();
        for (const problem of problems) refusal.add(problem.field, problem.code, problem.message);
        return refused('placement', refusal.list);
      }
      const placement = Placement.onOffer(offer, {
        studentId,
        universityId: input.universityId,
        practiceEducatorId: educatorId,
        status: PlacementStatus.PROPOSED,
        learningAgreementSignedOn: null,
        daysCompleted: 0,
        missedDays: 0,
        midpointOutcome: null,
        midpointActionPlan: null,
        midpointReviewedOn: null,
        finalOutcome: null,
        endReason: null,
        endedOn: null,
      });
      await manager.insert(Placement, placement);
      return succeeded('placement', placement);
    });
  }

  @Mutation(() => PlacementPayload, {
    description: 'Accept a proposed placement (admins of the host council); may set the practice educator.',
  })
  async placementConfirm(
    @Arg('input', { description: 'The placement and, if it changes, its practice educator.' }) input: PlacementConfirmInput,
    @Ctx() context: PlacementsContext,
  ) {
    const errors = new UserErrors();
    const educator = input.practiceEducatorId ? await context.loaders.educatorById.load(input.practiceEducatorId) : null;
    if (input.practiceEducatorId && !educator) {
      errors.add('practiceEducatorId', 'NOT_FOUND', `No practice educator has id ${input.practiceEducatorId}.`);
    }
    return stepPlacement(context, input.id, {
      action: PlacementAction.CONFIRM,
      authorise: (placement) => context.loaders.scope.assertCouncilAdmin(placement.councilId, 'confirm a placement it hosts'),
      errors,
      check: (placement, found) => {
        if (educator) checkEducatorFits(placement, educator, found);
      },
      changes: () => ({ practiceEducatorId: educator?.id }),
    });
  }

  @Mutation(() => PlacementPayload, {
    description: 'Record when the practice learning agreement was signed (either side), before the placement starts.',
  })
  placementRecordLearningAgreement(
    @Arg('input', { description: 'The placement and when its learning agreement was signed.' })
    input: PlacementRecordLearningAgreementInput,
    @Ctx() context: PlacementsContext,
  ) {
    const errors = new UserErrors();
    checkNotFuture(errors, 'signedOn', input.signedOn, context.today);
    return stepPlacement(context, input.id, {
      action: PlacementAction.RECORD_AGREEMENT,
      authorise: (placement) => context.loaders.scope.assertEitherSide(placement),
      errors,
      changes: () => ({ learningAgreementSignedOn: input.signedOn }),
    });
  }

  @Mutation(() => PlacementPayload, {
    description: 'Start a confirmed placement on or after its start date, once the learning agreement is signed (either side).',
  })
  placementStart(@Arg('input', { description: 'The placement to start.' }) input: PlacementStartInput, @Ctx() context: PlacementsContext) {
    return stepPlacement(context, input.id, {
      action: PlacementAction.START,
      authorise: (placement) => context.loaders.scope.assertEitherSide(placement),
      changes: () => ({}),
    });
  }

  @Mutation(() => PlacementPayload, { description: 'Add days done and days missed to a running placement (admins of the host council).' })
  placementLogDays(
    @Arg('input', { description: 'The placement and the days to add.' }) input: PlacementLogDaysInput,
    @Ctx() context: PlacementsContext,
  ) {
    const errors = new UserErrors();
    const entry = { daysCompleted: input.daysCompleted, missedDays: input.missedDays ?? 0 };
    checkDaysEntry(entry, errors);
    return stepPlacement(context, input.id, {
      action: PlacementAction.RECORD_PROGRESS,
      authorise: (placement) => context.loaders.scope.assertCouncilAdmin(placement.councilId, 'log days on a placement it hosts'),
      errors,
      check: (placement, found) => checkDaysTotals(placement, entry, found),
      changes: (placement) => ({
        daysCompleted: placement.daysCompleted + entry.daysCompleted,
        missedDays: placement.missedDays + entry.missedDays,
      }),
    });
  }

  @Mutation(() => PlacementPayload, {
    description: 'Record the midpoint review of a running placement (admins of the host council); concerns need an action plan.',
  })
  placementRecordMidpointReview(
    @Arg('input', { description: 'The placement and the review’s outcome, date and any action plan.' })
    input: PlacementRecordMidpointReviewInput,
    @Ctx() context: PlacementsContext,
  ) {
    const errors = new UserErrors();
    checkNotFuture(errors, 'reviewedOn', input.reviewedOn, context.today);
    const actionPlan = input.actionPlan == null ? null : checkFreeText(errors, 'actionPlan', input.actionPlan, 1000);
    checkMidpointActionPlan(input.outcome, actionPlan, errors);
    return stepPlacement(context, input.id, {
      action: PlacementAction.RECORD_PROGRESS,
      authorise: (placement) => context.loaders.scope.assertCouncilAdmin(placement.councilId, 'review a placement it hosts'),
      errors,
      check: (placement, found) => checkOnOrAfterStart(placement, 'reviewedOn', input.reviewedOn, found),
      changes: () => ({ midpointOutcome: input.outcome, midpointActionPlan: actionPlan, midpointReviewedOn: input.reviewedOn }),
    });
  }

  @Mutation(() => PlacementPayload, {
    description: 'Complete a running placement with the final outcome (either side). A pass needs the days done.',
  })
  placementComplete(
    @Arg('input', { description: 'The placement, its final outcome and its last day.' }) input: PlacementCompleteInput,
    @Ctx() context: PlacementsContext,
  ) {
    const errors = new UserErrors();
    checkNotFuture(errors, 'endedOn', input.endedOn, context.today);
    return stepPlacement(context, input.id, {
      action: PlacementAction.COMPLETE,
      authorise: (placement) => context.loaders.scope.assertEitherSide(placement),
      errors,
      check: (placement, found) => checkOnOrAfterStart(placement, 'endedOn', input.endedOn, found),
      changes: () => ({ finalOutcome: input.finalOutcome, endedOn: input.endedOn }),
      finalOutcome: input.finalOutcome,
    });
  }

  @Mutation(() => PlacementPayload, {
    description: 'End a running placement early, with the reason (either side). Its days done still count.',
  })
  placementEndEarly(
    @Arg('input', { description: 'The placement, why it ends and its last day.' }) input: PlacementEndEarlyInput,
    @Ctx() context: PlacementsContext,
  ) {
    const errors = new UserErrors();
    const reason = checkFreeText(errors, 'reason', input.reason, 500);
    checkNotFuture(errors, 'endedOn', input.endedOn, context.today);
    return stepPlacement(context, input.id, {
      action: PlacementAction.END_EARLY,
      authorise: (placement) => context.loaders.scope.assertEitherSide(placement),
      errors,
      check: (placement, found) => checkOnOrAfterStart(placement, 'endedOn', input.endedOn, found),
      changes: () => ({ endReason: reason, endedOn: input.endedOn }),
    });
  }

  @Mutation(() => PlacementPayload, { description: 'Call off a placement before it starts (either side). Its place is free again.' })
  placementCancel(
    @Arg('input', { description: 'The placement and, optionally, why.' }) input: PlacementCancelInput,
    @Ctx() context: PlacementsContext,
  ) {
    const errors = new UserErrors();
    const reason = input.reason == null ? null : checkFreeText(errors, 'reason', input.reason, 500);
    return stepPlacement(context, input.id, {
      action: PlacementAction.CANCEL,
      authorise: (placement) => context.loaders.scope.assertEitherSide(placement),
      errors,
      changes: () => ({ endReason: reason }),
    });
  }

  @FieldResolver(() => PlacementOffer, { description: 'The offer it fills; its terms were copied when the student was allocated.' })
  offer(@Root() placement: Placement, @Ctx() { loaders }: PlacementsContext) {
    return loaders.offerById.load(placement.offerId);
  }

  @FieldResolver(() => Student, {
    nullable: true,
    description: 'The student; their details come from the universities subgraph, for their own university only.',
  })
  student(@Root() placement: Placement): Student {
    return { id: placement.studentId };
  }

  @FieldResolver(() => University, { nullable: true, description: 'The student’s university, which allocated them, by id.' })
  university(@Root() placement: Placement): University {
    return { id: placement.universityId };
  }

  @FieldResolver(() => Council, { nullable: true, description: 'The host council.' })
  council(@Root() placement: Placement): Council {
    return { id: placement.councilId };
  }

  @FieldResolver(() => PracticeEducator, {
    nullable: true,
    description: 'The practice educator assessing the student; null until one is assigned, which must happen before it starts.',
  })
  practiceEducator(@Root() placement: Placement, @Ctx() { loaders }: PlacementsContext) {
    return placement.practiceEducatorId ? loaders.educatorById.load(placement.practiceEducatorId) : null;
  }

  @FieldResolver(() => QaplReview, { nullable: true, description: 'Its QAPL review; null until the host council completes one.' })
  qaplReview(@Root() placement: Placement, @Ctx() { loaders }: PlacementsContext) {
    return loaders.qaplByPlacement.load(placement.id);
  }

  @FieldResolver(() => AcademicYearScalar, { description: 'The academic year of the offer it fills.' })
  async academicYear(@Root() placement: Placement, @Ctx() { loaders }: PlacementsContext): Promise<string> {
    return (await loaders.offerById.load(placement.offerId))!.academicYear;
  }
}
