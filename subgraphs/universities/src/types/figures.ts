/** Aggregate teaching and shadowing figures: counts and hours only, open to every signed-in user. */
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../../../shared/scalars';
import { TeachingSession } from '../entities/teaching-session.entity';
import { Council } from './council';
import { AcademicYearScalar } from '../../../../shared/scalars';

@ObjectType({ description: 'Practitioners from one council (or all) facilitating sessions in an academic year.' })
export class PractitionerTeachingFigures {
  @Field(() => Int, { description: 'Different practitioners who facilitated at least one session.' })
  practitioners: number;

  @Field(() => Int, { description: 'Sessions they facilitated.' })
  sessions: number;

  @Field(() => Int, { description: 'Of those, sessions also facilitated by a lecturer.' })
  coDeliveredSessions: number;

  @Field(() => Float, { description: 'Session hours summed over each facilitating practitioner.' })
  hours: number;
}

@ObjectType({ description: 'Lecturers’ shadowing visits in an academic year, by the date of the visit.' })
export class ShadowingFigures {
  @Field(() => Int)
  requested: number;

  @Field(() => Int)
  approved: number;

  @Field(() => Int)
  declined: number;

  @Field(() => Int)
  completed: number;

  @Field(() => Int)
  cancelled: number;

  @Field(() => Float, { description: 'Hours in practice recorded on completed visits.' })
  hours: number;

  @Field(() => Int, { description: 'Distinct lecturer-days of completed visits: one lecturer on one date counts once.' })
  lecturerDaysInPractice: number;
}

@ObjectType({ description: 'One council’s part in a year’s teaching and shadowing.' })
export class CouncilTeachingFigures {
  @Field(() => Council)
  council: Council;

  @Field(() => AcademicYearScalar)
  academicYear: string;

  @Field(() => PractitionerTeachingFigures)
  practitionerTeaching: PractitionerTeachingFigures;

  @Field(() => ShadowingFigures, { description: 'Visits hosted by this council.' })
  shadowing: ShadowingFigures;
}

@ObjectType({ description: 'A partnership’s teaching in one academic year, from its member universities’ sessions and visits.' })
export class PartnershipTeachingFigures {
  @Field(() => AcademicYearScalar)
  academicYear: string;

  @Field(() => DateScalar)
  from: string;

  @Field(() => DateScalar)
  to: string;

  @Field(() => Int, { description: 'Sessions of member universities in the year, not counting cancelled ones.' })
  sessions: number;

  @Field(() => Int, { description: 'Sessions facilitated by at least one lecturer and one practitioner.' })
  coDeliveredSessions: number;

  @Field(() => Float, { nullable: true, description: 'coDeliveredSessions / sessions, 0–1; null when there were no sessions.' })
  coDeliveredShare: number | null;

  @Field(() => Int, { description: 'Students recorded as attending.' })
  studentAttendances: number;

  @Field(() => Int, { description: 'Practitioners recorded as attending.' })
  practitionerAttendances: number;

  @Field(() => PractitionerTeachingFigures, { description: 'Practitioners facilitating, from any council.' })
  practitionerTeaching: PractitionerTeachingFigures;

  @Field(() => ShadowingFigures, { description: 'Member universities’ lecturers visiting any council.' })
  shadowing: ShadowingFigures;

  @Field(() => [CouncilTeachingFigures], {
    description: 'Every member council, with zeros where nothing happened, then any other council whose staff or teams took part.',
  })
  byCouncil: CouncilTeachingFigures[];
}

@ObjectType({ description: 'What the sessions a practitioner facilitated in a year add up to, as far as you may see them.' })
export class TeachingContributions {
  @Field(() => AcademicYearScalar)
  academicYear: string;

  @Field(() => Int)
  sessionCount: number;

  @Field(() => Int)
  coDeliveredSessions: number;

  @Field(() => Float)
  hours: number;

  @Field(() => [TeachingSession], { description: 'The sessions, in date order: at most one academic year of them.' })
  sessions: TeachingSession[];
}
