import { Field, GraphQLISODateTime, ID, InputType, Int } from 'type-graphql';
import { TeachingSessionKind } from './enums';
import { AcademicYearScalar } from '../../../../shared/scalars';

@InputType({ description: 'A council practitioner, with the council that employs them.' })
export class PractitionerAtCouncilInput {
  @Field(() => ID)
  practitionerId: string;

  @Field(() => ID)
  councilId: string;
}

@InputType()
export class TeachingSessionCreateInput {
  @Field(() => ID)
  universityId: string;

  @Field()
  title: string;

  @Field()
  topic: string;

  @Field(() => TeachingSessionKind)
  kind: TeachingSessionKind;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => Int, { description: '15 to 480 minutes.' })
  durationMinutes: number;

  @Field()
  place: string;

  @Field(() => Int, { description: '1 to 500 attendees.' })
  capacity: number;

  @Field(() => [ID], { nullable: true, description: 'Lecturers of this university who facilitate.' })
  lecturerIds?: string[] | null;

  @Field(() => [PractitionerAtCouncilInput], { nullable: true, description: 'Council practitioners who facilitate.' })
  practitioners?: PractitionerAtCouncilInput[] | null;
}

@InputType({ description: 'Fields left out stay as they are; facilitator lists, when given, replace the current ones.' })
export class TeachingSessionUpdateInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  topic?: string | null;

  @Field(() => TeachingSessionKind, { nullable: true })
  kind?: TeachingSessionKind | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  startsAt?: Date | null;

  @Field(() => Int, { nullable: true })
  durationMinutes?: number | null;

  @Field(() => String, { nullable: true })
  place?: string | null;

  @Field(() => Int, { nullable: true, description: 'Never below the attendance already recorded.' })
  capacity?: number | null;

  @Field(() => [ID], { nullable: true })
  lecturerIds?: string[] | null;

  @Field(() => [PractitionerAtCouncilInput], { nullable: true })
  practitioners?: PractitionerAtCouncilInput[] | null;
}

@InputType()
export class TeachingSessionCancelInput {
  @Field(() => ID)
  id: string;
}

@InputType({ description: 'Attendees to add; anyone already recorded is left as they are.' })
export class TeachingSessionAttendanceInput {
  @Field(() => ID)
  sessionId: string;

  @Field(() => [ID], { nullable: true, description: 'Students of your university.' })
  studentIds?: string[] | null;

  @Field(() => [PractitionerAtCouncilInput], { nullable: true })
  practitioners?: PractitionerAtCouncilInput[] | null;
}

@InputType()
export class TeachingSessionAttendanceRemoveInput {
  @Field(() => ID)
  sessionId: string;

  @Field(() => [ID], { nullable: true })
  studentIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  practitionerIds?: string[] | null;
}

@InputType()
export class TeachingSessionFilter {
  @Field(() => ID, { nullable: true })
  universityId?: string | null;

  @Field(() => AcademicYearScalar, { nullable: true })
  academicYear?: string | null;

  @Field(() => TeachingSessionKind, { nullable: true })
  kind?: TeachingSessionKind | null;

  @Field(() => Boolean, { nullable: true, description: 'Only co-delivered sessions (true) or only the others (false).' })
  coDelivered?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Include cancelled sessions; false when not given.' })
  includeCancelled?: boolean | null;
}
