import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'How full a teaching session is. Counts only: who attended is in attendingStudents and attendingPractitioners.',
})
export class SessionAttendanceCount {
  @Field(() => Int)
  students: number;

  @Field(() => Int)
  practitioners: number;

  @Field(() => Int)
  total: number;

  @Field(() => Int)
  capacity: number;

  @Field(() => Int)
  placesLeft: number;
}
