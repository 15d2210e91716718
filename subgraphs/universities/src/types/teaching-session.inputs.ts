import { Field, GraphQLISODateTime, ID, InputType, Int } from 'type-graphql';
import { TeachingSessionKind } from './enums';
import { AcademicYearScalar } from '#hub/shared/scalars';

@InputType({ description: 'A council practitioner, with the council that employs them.' })
export class PractitionerAtCouncilInput {
  @Field(() => ID, { description: 'The practitioner, as the councils subgraph knows them.' })
  practitionerId: string;

  @Field(() => ID, {
    description:
      'The council that employs them: the one on the councils subgraph’s register, wherever it shows you the practitioner. The session’s university may name a practitioner the register does not show it, on its own word.',
  })
  councilId: string;
}

@InputType({ description: 'A new teaching session at your university, with who facilitates it.' })
export class TeachingSessionCreateInput {
  @Field(() => ID, { description: 'The university that runs it; you must administer it.' })
  universityId: string;

  @Field({ description: 'At most 160 characters.' })
  title: string;

  @Field({ description: 'e.g. "Contextual safeguarding"; at most 160 characters.' })
  topic: string;

  @Field(() => TeachingSessionKind, { description: 'The format of the session.' })
  kind: TeachingSessionKind;

  @Field(() => GraphQLISODateTime, { description: 'When it starts, between the years 2000 and 2100.' })
  startsAt: Date;

  @Field(() => Int, { description: '15 to 480 minutes.' })
  durationMinutes: number;

  @Field({ description: 'A room and building, a council office, or "Online"; at most 160 characters.' })
  place: string;

  @Field(() => Int, { description: '1 to 500 attendees.' })
  capacity: number;

  @Field(() => [ID], { nullable: true, description: 'Lecturers of this university who facilitate; at most 20.' })
  lecturerIds?: string[] | null;

  @Field(() => [PractitionerAtCouncilInput], { nullable: true, description: 'Council practitioners who facilitate; at most 20.' })
  practitioners?: PractitionerAtCouncilInput[] | null;
}

@InputType({ description: 'Fields left out stay as they are; facilitator lists, when given, replace the current ones.' })
export class TeachingSessionUpdateInput {
  @Field(() => ID, { description: 'The session to change.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'At most 160 characters.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 160 characters.' })
  topic?: string | null;

  @Field(() => TeachingSessionKind, { nullable: true, description: 'The format of the session.' })
  kind?: TeachingSessionKind | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it starts, between the years 2000 and 2100.' })
  startsAt?: Date | null;

  @Field(() => Int, { nullable: true, description: '15 to 480 minutes.' })
  durationMinutes?: number | null;

  @Field(() => String, { nullable: true, description: 'At most 160 characters.' })
  place?: string | null;

  @Field(() => Int, { nullable: true, description: 'Never below the attendance already recorded.' })
  capacity?: number | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'All the lecturers of this university who facilitate, replacing the current ones; at most 20.',
  })
  lecturerIds?: string[] | null;

  @Field(() => [PractitionerAtCouncilInput], {
    nullable: true,
    description: 'All the council practitioners who facilitate, replacing the current ones; at most 20.',
  })
  practitioners?: PractitionerAtCouncilInput[] | null;
}

@InputType({ description: 'Which session to call off.' })
export class TeachingSessionCancelInput {
  @Field(() => ID, { description: 'The session; it must not be cancelled already.' })
  id: string;
}

@InputType({ description: 'Attendees to add; anyone already recorded is left as they are.' })
export class TeachingSessionAttendanceInput {
  @Field(() => ID, { description: 'The session attended; not a cancelled one.' })
  sessionId: string;

  @Field(() => [ID], { nullable: true, description: 'Students of your university.' })
  studentIds?: string[] | null;

  @Field(() => [PractitionerAtCouncilInput], {
    nullable: true,
    description:
      'Practitioners attending, not facilitating: any if you administer the session’s university, else only your own council’s staff.',
  })
  practitioners?: PractitionerAtCouncilInput[] | null;
}

@InputType({ description: 'Attendees to take off a session; those not recorded as attending it are ignored.' })
export class TeachingSessionAttendanceRemoveInput {
  @Field(() => ID, { description: 'The session to take them off, cancelled or not.' })
  sessionId: string;

  @Field(() => [ID], { nullable: true, description: 'Students of the session’s university; only its admins may take them off.' })
  studentIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Practitioners: any, if you administer the session’s university; otherwise only your own council’s staff.',
  })
  practitionerIds?: string[] | null;
}

@InputType({ description: 'Which teaching sessions to list; every condition given must hold.' })
export class TeachingSessionFilter {
  @Field(() => ID, { nullable: true, description: 'Only sessions of this university.' })
  universityId?: string | null;

  @Field(() => AcademicYearScalar, {
    nullable: true,
    description: 'Only sessions starting in this academic year, by their date in England.',
  })
  academicYear?: string | null;

  @Field(() => TeachingSessionKind, { nullable: true, description: 'Only sessions of this kind.' })
  kind?: TeachingSessionKind | null;

  @Field(() => Boolean, { nullable: true, description: 'Only co-delivered sessions (true) or only the others (false).' })
  coDelivered?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Include cancelled sessions; false when not given.' })
  includeCancelled?: boolean | null;
}
