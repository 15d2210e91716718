import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'How full a teaching session is. Counts only: who attended is in attendingStudents and attendingPractitioners.',
})
export class SessionAttendanceCount {
  @Field(() => Int, { description: 'Students recorded as attending.' })
  students: number;

  @Field(() => Int, { description: 'Council practitioners recorded as attending.' })
  practitioners: number;

  @Field(() => Int, { description: 'Students and practitioners together: what counts against the capacity.' })
  total: number;

  @Field(() => Int, { description: 'The most attendees the session takes, students and practitioners together.' })
  capacity: number;

  @Field(() => Int, { description: 'Capacity less the attendees recorded; never below 0.' })
  placesLeft: number;
}
