/** A practitioner who co-delivered member universities' teaching in a year, with what they taught. */
import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType, PageArgs } from '#hub/shared/pagination';
import { AcademicYearScalar } from '#hub/shared/scalars';
import { Council } from './council';
import { Practitioner } from './practitioner';

@ObjectType({ description: 'A council practitioner who facilitated member universities’ sessions with a lecturer in an academic year.' })
export class CoDeliveringPractitioner {
  @Field(() => ID, { description: 'The practitioner’s id.' })
  id: string;

  @Field(() => Practitioner, {
    nullable: true,
    description: 'The practitioner, with their council record and, where you may see it, their mentoring.',
  })
  practitioner: Pick<Practitioner, 'id'>;

  @Field(() => Council, { nullable: true, description: 'The council they facilitated for.' })
  council: Pick<Council, 'id'>;

  @Field(() => Int, { description: 'Sessions they facilitated in the year, not counting cancelled ones.' })
  sessions: number;

  @Field(() => Int, { description: 'Of those, sessions a lecturer facilitated too.' })
  coDeliveredSessions: number;

  @Field(() => Float, { description: 'Hours of the sessions they facilitated, to two decimal places.' })
  teachingHours: number;
}

export const CoDeliveringPractitionerConnection = ConnectionType(CoDeliveringPractitioner, 'CoDeliveringPractitioner');

@ArgsType()
export class CoDeliveringPractitionersArgs extends PageArgs {
  @Field(() => AcademicYearScalar, { nullable: true, description: 'The academic year; the current one when left out.' })
  academicYear?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only practitioners of this council.' })
  councilId?: string | null;
}
