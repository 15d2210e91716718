/** The leadership field this subgraph adds to Lecturer, owned by the universities subgraph: the practitioners they mentor. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { LeadershipContext } from '../context';
import { MentoringRelationship } from '../entities/mentoring-relationship.entity';
import { Lecturer } from '../types/lecturer';

@Resolver(() => Lecturer)
export class LecturerLeadershipResolver {
  @FieldResolver(() => [MentoringRelationship], {
    nullable: true,
    description: 'Practitioners this lecturer mentors: for the lecturer and the mentees’ council admins.',
  })
  async mentees(@Root() lecturer: Lecturer, @Ctx() { loaders }: LeadershipContext): Promise<MentoringRelationship[]> {
    return (await loaders.relationshipsByMentorLecturer.load(lecturer.id)).filter((relationship) =>
      loaders.scope.canSeeMentoring(relationship),
    );
  }
}
