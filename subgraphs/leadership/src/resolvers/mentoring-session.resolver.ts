/** Mentoring sessions: logged by the mentee, their mentor or the mentee's council admins while the mentoring runs. */
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { UserErrors } from '#hub/shared/errors';
import { checkFreeText, checkNotFuture } from '#hub/shared/input-checks';
import { refused, refusedNotFound, succeeded } from '#hub/shared/payload';
import { insertNew, lockRow } from '#hub/shared/write';
import type { LeadershipContext } from '../context';
import { MentoringRelationship } from '../entities/mentoring-relationship.entity';
import { MentoringSession } from '../entities/mentoring-session.entity';
import { checkSessionMinutes, isWhileRunning } from '../rules/mentoring';
import { MentoringSessionLogInput } from '../types/mentoring-session.inputs';
import { MentoringSessionPayload } from '../types/payloads';

@Resolver(() => MentoringSession)
export class MentoringSessionResolver {
  @Mutation(() => MentoringSessionPayload, {
    description: 'Log a mentoring conversation: the mentee, the mentor, or the mentee’s council admins.',
  })
  async mentoringSessionLog(
    @Arg('input', { description: 'The relationship and the session held.' }) input: MentoringSessionLogInput,
    @Ctx() { loaders, dataSource, today }: LeadershipContext,
  ) {
    const relationship = await loaders.relationshipById.load(input.relationshipId);
    // Someone who may not see the mentoring is answered as for an id that names none, so ids do not tell what exists.
    if (!relationship || !loaders.scope.canSeeMentoring(relationship)) {
      return refusedNotFound('mentoringSession', 'relationshipId', 'mentoring relationship', input.relationshipId);
    }
    const errors = new UserErrors();
    const topics = checkFreeText(errors, 'topics', input.topics, 500);
    checkNotFuture(errors, 'heldOn', input.heldOn, today);
    checkSessionMinutes(errors, input.minutes);
    if (errors.any) return refused('mentoringSession', errors.list);
    // Checked with the relationship locked, so it cannot end between the check and the write.
    return dataSource.transaction(async (manager) => {
      const locked = await lockRow(manager, MentoringRelationship, relationship.id);
      if (!isWhileRunning(locked, input.heldOn)) {
        return refused(
          'mentoringSession',
          new UserErrors().add('heldOn', 'OUTSIDE_RELATIONSHIP', 'heldOn must fall while the mentoring runs.').list,
        );
      }
      const session = await insertNew(manager, MentoringSession, {
        relationshipId: locked.id,
        heldOn: input.heldOn,
        minutes: input.minutes,
        topics,
      });
      return succeeded('mentoringSession', session);
    });
  }
}
