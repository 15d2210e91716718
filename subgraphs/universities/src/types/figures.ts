/**
 * Aggregate teaching and shadowing figures: counts and hours only, open to every signed-in user,
 * with counts from 1 to 4 withheld except for the admins of the council or partnership described.
 */
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { SuppressedFields } from '#hub/shared/small-counts';
import { DateScalar } from '#hub/shared/scalars';
import { TeachingSession } from '../entities/teaching-session.entity';
import { TeachingSessionKind } from './enums';
import { University } from '../entities/university.entity';
import { Council } from './council';
import { AcademicYearScalar } from '#hub/shared/scalars';

const WITHHELD = ' Null when withheld (see suppressed).';

@ObjectType({ description: 'Practitioners from one council (or all) facilitating sessions in an academic year.' })
export class PractitionerTeachingFigures {
  @Field(() => Int, { nullable: true, description: 'Different practitioners who facilitated at least one session.' })
  practitioners: number | null;

  @Field(() => Int, { nullable: true, description: 'Sessions they facilitated.' })
  sessions: number | null;

  @Field(() => Int, { nullable: true, description: 'Of those, sessions also facilitated by a lecturer.' })
  coDeliveredSessions: number | null;

  @Field(() => Float, { nullable: true, description: 'Session hours summed over each facilitating practitioner.' })
  hours: number | null;

  @SuppressedFields()
  suppressed: string[];
}

@ObjectType({ description: 'Lecturers’ shadowing visits in an academic year, by the date of the visit.' })
export class ShadowingFigures {
  @Field(() => Int, { nullable: true, description: 'Visits still waiting for the host council’s answer.' + WITHHELD })
  requested: number | null;

  @Field(() => Int, { nullable: true, description: 'Visits approved and not yet completed or cancelled.' + WITHHELD })
  approved: number | null;

  @Field(() => Int, { nullable: true, description: 'Visits the host council declined.' + WITHHELD })
  declined: number | null;

  @Field(() => Int, { nullable: true, description: 'Visits completed.' + WITHHELD })
  completed: number | null;

  @Field(() => Int, { nullable: true, description: 'Visits cancelled by either side.' + WITHHELD })
  cancelled: number | null;

  @Field(() => Float, { nullable: true, description: 'Hours in practice recorded on completed visits.' })
  hours: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Distinct lecturer-days of completed visits: one lecturer on one date counts once.',
  })
  lecturerDaysInPractice: number | null;

  @SuppressedFields()
  suppressed: string[];
}

@ObjectType({ description: 'One council’s part in a year’s teaching and shadowing.' })
export class CouncilTeachingFigures {
  @Field(() => Council, { nullable: true, description: 'The council these figures are about.' })
  council: Council;

  @Field(() => AcademicYearScalar, { description: 'The academic year counted.' })
  academicYear: string;

  @Field(() => PractitionerTeachingFigures, {
    description:
      'Its practitioners facilitating: any university’s sessions in Council.teaching, member universities’ in Partnership.teaching.',
  })
  practitionerTeaching: PractitionerTeachingFigures;

  @Field(() => ShadowingFigures, {
    description:
      'Visits hosted by this council: from any university in Council.teaching, from member universities in Partnership.teaching.',
  })
  shadowing: ShadowingFigures;
}

/** The figures every breakdown of sessions shows, declared once; no field returns this type itself. */
@ObjectType({ description: 'Sessions and their attendance and hours.' })
class SessionFigures {
  @Field(() => Int, { nullable: true, description: 'Sessions of member universities, not counting cancelled ones.' })
  sessions: number | null;

  @Field(() => Int, { nullable: true, description: 'Sessions facilitated by at least one lecturer and one practitioner.' })
  coDeliveredSessions: number | null;

  @Field(() => Float, { nullable: true, description: 'coDeliveredSessions / sessions, 0–1; null when there were no sessions.' })
  coDeliveredShare: number | null;

  @Field(() => Int, { nullable: true, description: 'Students recorded as attending.' })
  studentAttendances: number | null;

  @Field(() => Int, { nullable: true, description: 'Practitioners recorded as attending.' })
  practitionerAttendances: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The sessions’ durations added up, in hours to two decimal places: once per session, however many facilitate it.',
  })
  hours: number | null;

  @SuppressedFields()
  suppressed: string[];
}

@ObjectType({ description: 'A year’s sessions of one kind (all masterclasses, say).' })
export class TeachingKindFigures extends SessionFigures {
  @Field(() => TeachingSessionKind, { description: 'The kind of session counted.' })
  kind: TeachingSessionKind;
}

@ObjectType({ description: 'The sessions of one calendar month of the academic year, in England, with each kind in it.' })
export class TeachingMonthFigures extends SessionFigures {
  @Field(() => String, { description: 'The month, written YYYY-MM: 2026-09.' })
  month: string;

  @Field(() => [TeachingKindFigures], { description: 'Every kind of session, in the order of TeachingSessionKind, zeros included.' })
  byKind: TeachingKindFigures[];
}

@ObjectType({ description: 'One member university’s sessions in the year, in total and per kind.' })
export class UniversityTeachingFigures extends SessionFigures {
  @Field(() => University, { description: 'The university that ran the sessions.' })
  university: Pick<University, 'id'>;

  @Field(() => [TeachingKindFigures], {
    description: 'Its sessions per kind, every kind in the order of TeachingSessionKind, zeros included.',
  })
  byKind: TeachingKindFigures[];
}

@ObjectType({ description: 'A partnership’s teaching in one academic year, from its member universities’ sessions and visits.' })
export class PartnershipTeachingFigures extends SessionFigures {
  @Field(() => AcademicYearScalar, { description: 'The academic year counted.' })
  academicYear: string;

  @Field(() => DateScalar, { description: 'The first day of the academic year, 1 August.' })
  from: string;

  @Field(() => DateScalar, { description: 'The last day of the academic year, 31 July.' })
  to: string;

  @Field(() => [TeachingKindFigures], {
    description: 'The year’s sessions per kind, every kind in the order of TeachingSessionKind, zeros included.',
  })
  byKind: TeachingKindFigures[];

  @Field(() => [TeachingMonthFigures], { description: 'The year’s sessions per month, August to July, each with its kinds.' })
  byMonth: TeachingMonthFigures[];

  @Field(() => [UniversityTeachingFigures], { description: 'Every member university, in name order, zeros where it ran nothing.' })
  byUniversity: UniversityTeachingFigures[];

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
  @Field(() => AcademicYearScalar, { description: 'The academic year counted.' })
  academicYear: string;

  @Field(() => Int, { description: 'Sessions they facilitated in the year, not counting cancelled ones.' })
  sessionCount: number;

  @Field(() => Int, { description: 'Of those, sessions also facilitated by a lecturer.' })
  coDeliveredSessions: number;

  @Field(() => Float, { description: 'The durations of those sessions added up, in hours to two decimal places.' })
  hours: number;

  @Field(() => [TeachingSession], { description: 'The sessions, in date order: at most one academic year of them.' })
  sessions: TeachingSession[];
}
