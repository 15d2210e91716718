/**
 * Mentoring relationships: arranged and ended by the mentee's council admins, seen by them, the
 * mentee and the mentor. The mentee and a practitioner mentor are on the councils register as the
 * caller sees it; a lecturer mentor is of a university in a partnership with the mentee's council.
 */
import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { UserErrors } from '#hub/shared/errors';
import { refused, refusedNotFound, succeeded } from '#hub/shared/payload';
import { insertNew, lockRow, updateFields } from '#hub/shared/write';
import type { LeadershipContext } from '../context';
import { MentoringRelationship } from '../entities/mentoring-relationship.entity';
import { MentoringSession } from '../entities/mentoring-session.entity';
import { datedStepErrors } from '../rules/dated-step';
import { checkMentoringEnd } from '../rules/mentoring';
import { checkMentor } from '../services/mentor-check';
import { checkPractitionerCouncil } from '../services/practitioner-council';
import { DatedStepInput } from '../types/dated-step.inputs';
import { Lecturer } from '../types/lecturer';
import { MentoringStartInput } from '../types/mentoring-relationship.inputs';
import { MentoringRelationshipPayload } from '../types/payloads';
import { Practitioner } from '../types/practitioner';

@Resolver(() => MentoringRelationship)
export class MentoringRelationshipResolver {
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
    await checkMentor(input, context, errors);
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

  @Mutation(() => MentoringRelationshipPayload, {
    description: 'End a mentoring relationship (admins of the mentee’s council), on a day no later than today.',
  })
  async mentoringEnd(
    @Arg('input', { description: 'The relationship and its last day, not after today; no session may be logged after it.' })
    input: DatedStepInput,
    @Ctx() { loaders, dataSource, today }: LeadershipContext,
  ) {
    const { scope } = loaders;
    const existing = await loaders.relationshipById.load(input.id);
    if (
      !existing ||
      !scope.changes({ councilId: existing.menteeCouncilId, visible: scope.canSeeMentoring(existing) }, 'end this mentoring')
    ) {
      return refusedNotFound('mentoringRelationship', 'id', 'mentoring relationship', input.id);
    }
    const inputErrors = datedStepErrors(input.on, today);
    if (inputErrors.any) return refused('mentoringRelationship', inputErrors.list);
    return dataSource.transaction(async (manager) => {
      const relationship = await lockRow(manager, MentoringRelationship, existing.id);
      const later = await manager
        .getRepository(MentoringSession)
        .createQueryBuilder('session')
        .where('session.relationshipId = :id AND session.heldOn > :on', { id: relationship.id, on: input.on })
        .getCount();
      const errors = new UserErrors();
      checkMentoringEnd(errors, relationship, input.on, later);
      if (errors.any) return refused('mentoringRelationship', errors.list);
      return succeeded('mentoringRelationship', await updateFields(manager, MentoringRelationship, relationship.id, { endedOn: input.on }));
    });
  }

  @FieldResolver(() => Practitioner, { nullable: true, description: 'The practitioner mentored.' })
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
