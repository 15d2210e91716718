import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { forbidden, UserErrors } from '#hub/shared/errors';
import { checkFreeText, checkNotFuture, isUuid } from '#hub/shared/input-checks';
import { refused, refusedNotFound, succeeded } from '#hub/shared/payload';
import { insertNew, lockRow, updateFields } from '#hub/shared/write';
import type { LeadershipContext } from '../context';
import { MentoringSession } from '../entities/mentoring-session.entity';
import { MentoringRelationship } from '../entities/mentoring.entity';
import { DatedStepInput, MentoringSessionLogInput, MentoringStartInput } from '../types/inputs';
import { Lecturer } from '../types/lecturer';
import { MentoringRelationshipPayload, MentoringSessionPayload } from '../types/payloads';
import { Practitioner } from '../types/practitioner';
import { checkPractitionerCouncil } from './practitioner-council';

@Resolver(() => MentoringRelationship)
export class MentoringResolver {
  @Mutation(() => MentoringRelationshipPayload, {
    description: 'Pair one of your council’s practitioners with a mentor: a senior practitioner or a lecturer.',
  })
  async mentoringStart(
    @Arg('input', { description: 'The mentee, their mentor, the purpose and the start.' }) input: MentoringStartInput,
    @Ctx() context: LeadershipContext,
  ) {
    const { loaders, dataSource } = context;
    loaders.scope.assertCouncilAdmin(input.menteeCouncilId, 'arrange mentoring for its staff');
    const errors = new UserErrors();
    await checkPractitionerCouncil(input.menteePractitionerId, input.menteeCouncilId, 'menteePractitionerId', context, errors);
    if (Boolean(input.mentorPractitionerId) === Boolean(input.mentorLecturerId)) {
      errors.add('mentorPractitionerId', 'ONE_MENTOR_REQUIRED', 'Give a practitioner or a lecturer as mentor, not both.');
    }
    for (const field of ['mentorPractitionerId', 'mentorLecturerId'] as const) {
      const value = input[field];
      if (value != null && !isUuid(value)) errors.add(field, 'INVALID_ID', `${field} must be an id (a UUID); got "${value}".`);
    }
    if (input.mentorPractitionerId === input.menteePractitionerId) {
      errors.add('mentorPractitionerId', 'MENTOR_IS_MENTEE', 'Nobody mentors themselves.');
    }
    if (errors.any) return refused('mentoringRelationship', errors.list);
    const relationship = await dataSource.transaction((manager) =>
      insertNew(manager, MentoringRelationship, {
        menteePractitionerId: input.menteePractitionerId,
        menteeCouncilId: input.menteeCouncilId,
        mentorPractitionerId: input.mentorPractitionerId ?? null,
        mentorLecturerId: input.mentorLecturerId ?? null,
        purpose: input.purpose,
        startedOn: input.startedOn,
        endedOn: null,
      }),
    );
    return succeeded('mentoringRelationship', relationship);
  }

  @Mutation(() => MentoringRelationshipPayload, { description: 'End a mentoring relationship (admins of the mentee’s council).' })
  async mentoringEnd(
    @Arg('input', { description: 'The relationship and its last day; no session may be logged after it.' }) input: DatedStepInput,
    @Ctx() { loaders, dataSource }: LeadershipContext,
  ) {
    const existing = await loaders.relationshipById.load(input.id);
    if (!existing) return refusedNotFound('mentoringRelationship', 'id', 'mentoring relationship', input.id);
    loaders.scope.assertCouncilAdmin(existing.menteeCouncilId, 'end this mentoring');
    return dataSource.transaction(async (manager) => {
      const relationship = await lockRow(manager, MentoringRelationship, existing.id);
      const errors = new UserErrors();
      if (relationship.endedOn) errors.add('id', 'MENTORING_ENDED', `This mentoring ended on ${relationship.endedOn}.`);
      if (input.on < relationship.startedOn) errors.add('on', 'DATE_ORDER', `It began on ${relationship.startedOn}.`);
      const later = await manager
        .getRepository(MentoringSession)
        .createQueryBuilder('session')
        .where('session.relationshipId = :id AND session.heldOn > :on', { id: relationship.id, on: input.on })
        .getCount();
      if (later > 0) errors.add('on', 'SESSIONS_AFTER_END', `${later} session(s) are logged after ${input.on}.`);
      if (errors.any) return refused('mentoringRelationship', errors.list);
      return succeeded('mentoringRelationship', await updateFields(manager, MentoringRelationship, relationship.id, { endedOn: input.on }));
    });
  }

  @Mutation(() => MentoringSessionPayload, {
    description: 'Log a mentoring conversation: the mentee, the mentor, or the mentee’s council admins.',
  })
  async mentoringSessionLog(
    @Arg('input', { description: 'The relationship and the session held.' }) input: MentoringSessionLogInput,
    @Ctx() { loaders, dataSource, today }: LeadershipContext,
  ) {
    const relationship = await loaders.relationshipById.load(input.relationshipId);
    if (!relationship) return refusedNotFound('mentoringSession', 'relationshipId', 'mentoring relationship', input.relationshipId);
    if (!loaders.scope.canSeeMentoring(relationship)) {
      throw forbidden('Only the mentee, their mentor or their council’s admins log this mentoring.');
    }
    const errors = new UserErrors();
    const topics = checkFreeText(errors, 'topics', input.topics, 500);
    checkNotFuture(errors, 'heldOn', input.heldOn, today);
    if (!Number.isInteger(input.minutes) || input.minutes < 5 || input.minutes > 480) {
      errors.add('minutes', 'OUT_OF_RANGE', `minutes must be from 5 to 480; got ${input.minutes}.`);
    }
    if (errors.any) return refused('mentoringSession', errors.list);
    // Checked with the relationship locked, so it cannot end between the check and the write.
    return dataSource.transaction(async (manager) => {
      const locked = await lockRow(manager, MentoringRelationship, relationship.id);
      if (input.heldOn < locked.startedOn || (locked.endedOn && input.heldOn > locked.endedOn)) {
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

  @FieldResolver(() => Practitioner, { description: 'The practitioner mentored.' })
  mentee(@Root() relationship: MentoringRelationship): Practitioner {
    return { id: relationship.menteePractitionerId };
  }

  @FieldResolver(() => Practitioner, { nullable: true, description: 'The mentor when a practitioner; null when a lecturer mentors.' })
  mentorPractitioner(@Root() relationship: MentoringRelationship): Practitioner | null {
    return relationship.mentorPractitionerId ? { id: relationship.mentorPractitionerId } : null;
  }

  @FieldResolver(() => Lecturer, { nullable: true, description: 'The mentor when a lecturer; null when a practitioner mentors.' })
  mentorLecturer(@Root() relationship: MentoringRelationship): Lecturer | null {
    return relationship.mentorLecturerId ? { id: relationship.mentorLecturerId } : null;
  }

  @FieldResolver(() => [MentoringSession], {
    description: 'Its sessions by date, for the mentee, the mentor and the mentee’s council admins.',
  })
  async sessions(@Root() relationship: MentoringRelationship, @Ctx() { loaders }: LeadershipContext): Promise<MentoringSession[]> {
    return loaders.scope.canSeeMentoring(relationship) ? loaders.sessionsByRelationship.load(relationship.id) : [];
  }

  @FieldResolver(() => Int, { description: 'Minutes of mentoring logged, as far as you may see.' })
  async minutesLogged(@Root() relationship: MentoringRelationship, @Ctx() context: LeadershipContext): Promise<number> {
    return (await this.sessions(relationship, context)).reduce((sum, session) => sum + session.minutes, 0);
  }
}
