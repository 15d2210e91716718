/** The input of teachingAgreementSet. */
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { AcademicYearScalar } from '#hub/shared/scalars';

const LEFT_OUT = 'Left out or null: no promise.';

@InputType({
  description: 'The teaching a partnership promises in an academic year; each figure is a minimum, and the set replaces the year’s last.',
})
export class TeachingAgreementSetInput {
  @Field(() => ID, { description: 'The partnership; you must administer it.' })
  partnershipId: string;

  @Field(() => AcademicYearScalar, { description: 'The academic year the promises are for, e.g. 2026/27.' })
  academicYear: string;

  @Field(() => Int, { nullable: true, description: `Seminars a year, 0 to 10000. ${LEFT_OUT}` })
  seminars?: number | null;

  @Field(() => Int, { nullable: true, description: `Lectures a year, 0 to 10000. ${LEFT_OUT}` })
  lectures?: number | null;

  @Field(() => Int, { nullable: true, description: `Masterclasses a year, 0 to 10000. ${LEFT_OUT}` })
  masterclasses?: number | null;

  @Field(() => Int, { nullable: true, description: `Workshops a year, 0 to 10000. ${LEFT_OUT}` })
  workshops?: number | null;

  @Field(() => Int, { nullable: true, description: `Conference sessions a year, 0 to 10000. ${LEFT_OUT}` })
  conferenceSessions?: number | null;

  @Field(() => Float, { nullable: true, description: `Share of sessions co-delivered, 0 to 1, to four decimal places. ${LEFT_OUT}` })
  coDeliveredShare?: number | null;

  @Field(() => Float, { nullable: true, description: `Practitioners’ teaching hours, 0 to 100000, to two decimal places. ${LEFT_OUT}` })
  practitionerTeachingHours?: number | null;

  @Field(() => Int, { nullable: true, description: `Lecturer-days in practice, 0 to 10000. ${LEFT_OUT}` })
  lecturerDaysInPractice?: number | null;
}
