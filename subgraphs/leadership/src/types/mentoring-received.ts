/** What the leadership mentoring a practitioner receives adds up to, without its session notes. */
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { AcademicYearScalar } from '#hub/shared/scalars';

@ObjectType({ description: 'The mentoring a practitioner receives: how many mentors and how many hours, without what was discussed.' })
export class MentoringReceived {
  @Field(() => AcademicYearScalar, { description: 'The academic year the sessions and hours are counted in.' })
  academicYear: string;

  @Field(() => Int, { description: 'Mentoring relationships running today with them as mentee.' })
  currentMentors: number;

  @Field(() => Int, { description: 'Mentoring sessions held in the academic year, up to today.' })
  sessionsInAcademicYear: number;

  @Field(() => Float, { description: 'Hours of those sessions, to one decimal place.' })
  hoursInAcademicYear: number;
}
