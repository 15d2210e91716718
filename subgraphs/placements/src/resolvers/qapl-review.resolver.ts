import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { UserErrors } from '#hub/shared/errors';
import { checkFreeText, checkNotFuture } from '#hub/shared/input-checks';
import { refused, refusedNotFound, succeeded } from '#hub/shared/payload';
import { IsNull } from 'typeorm';
import { type UniqueConflict, insertNew, writeInTransaction } from '#hub/shared/write';
import type { PlacementsContext } from '../context';
import { Placement } from '../entities/placement.entity';
import { QaplReview } from '../entities/qapl-review.entity';
import { checkReviewable, checkScrutiny } from '../rules/qapl-review';
import { QaplReviewCompleteInput, QaplReviewScrutiniseInput } from '../types/qapl-review.inputs';
import { QaplReviewPayload } from '../types/payloads';

const REVIEWED: UniqueConflict = {
  field: 'placementId',
  code: 'QAPL_REVIEW_EXISTS',
  message: 'This placement has its QAPL review already.',
};

@Resolver(() => QaplReview)
export class QaplReviewResolver {
  @Mutation(() => QaplReviewPayload, { description: 'Complete the QAPL review of a finished placement (admins of the host council).' })
  async qaplReviewComplete(
    @Arg('input', { description: 'The placement, rating, actions and date.' }) input: QaplReviewCompleteInput,
    @Ctx() { loaders, dataSource, today }: PlacementsContext,
  ) {
    const placement = await loaders.placementById.load(input.placementId);
    if (!placement || !loaders.scope.canSeePlacement(placement)) {
      return refusedNotFound('qaplReview', 'placementId', 'placement', input.placementId);
    }
    loaders.scope.assertCouncilAdmin(placement.councilId, 'complete the QAPL review of a placement it hosted');
    const errors = new UserErrors();
    checkReviewable(placement, errors);
    const actions = checkFreeText(errors, 'actions', input.actions, 1000);
    checkNotFuture(errors, 'completedOn', input.completedOn, today);
    if (errors.any) return refused('qaplReview', errors.list);
    const written = await writeInTransaction(
      dataSource,
      (manager) =>
        insertNew(manager, QaplReview, {
          placementId: placement.id,
          councilId: placement.councilId,
          universityId: placement.universityId,
          rating: input.rating,
          actions,
          completedOn: input.completedOn,
          scrutinisedOn: null,
          scrutinyNotes: null,
        }),
      { qapl_review_placement_key: REVIEWED },
    );
    return written.ok ? succeeded('qaplReview', written.value) : refused('qaplReview', written.userErrors);
  }

  @Mutation(() => QaplReviewPayload, {
    description: 'Record the university’s scrutiny of a QAPL review (admins of the student’s university).',
  })
  async qaplReviewScrutinise(
    @Arg('input', { description: 'The review, when it was scrutinised and any notes.' }) input: QaplReviewScrutiniseInput,
    @Ctx() { loaders, dataSource, today }: PlacementsContext,
  ) {
    const review = await loaders.qaplById.load(input.id);
    // A review is of a placement: one the caller may not see is refused as an unknown id is.
    if (!review || !loaders.scope.canSeePlacement(review)) return refusedNotFound('qaplReview', 'id', 'QAPL review', input.id);
    loaders.scope.assertUniversityAdmin(review.universityId, 'scrutinise this QAPL review');
    const errors = new UserErrors();
    const notes = input.notes == null ? null : checkFreeText(errors, 'notes', input.notes, 1000);
    checkNotFuture(errors, 'scrutinisedOn', input.scrutinisedOn, today);
    checkScrutiny(review, input.scrutinisedOn, errors);
    if (errors.any) return refused('qaplReview', errors.list);
    // Only an unscrutinised review is updated, so two scrutinies at once cannot both be written.
    const updated = await dataSource.transaction(async (manager) => {
      const result = await manager.update(
        QaplReview,
        { id: review.id, scrutinisedOn: IsNull() },
        { scrutinisedOn: input.scrutinisedOn, scrutinyNotes: notes },
      );
      return result.affected ? manager.findOneByOrFail(QaplReview, { id: review.id }) : null;
    });
    if (!updated) {
      return refused('qaplReview', new UserErrors().add('id', 'QAPL_REVIEW_SCRUTINISED', 'This review was scrutinised already.').list);
    }
    return succeeded('qaplReview', updated);
  }

  @FieldResolver(() => Placement, {
    nullable: true,
    description: 'The placement reviewed, for the student’s university and the host council.',
  })
  async placement(@Root() review: QaplReview, @Ctx() { loaders }: PlacementsContext): Promise<Placement | null> {
    const placement = await loaders.placementById.load(review.placementId);
    return placement && loaders.scope.canSeePlacement(placement) ? placement : null;
  }
}
