import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A new lecturer at your university.' })
export class LecturerCreateInput {
  @Field(() => ID, { description: 'The university they work for; you must administer it.' })
  universityId: string;

  @Field({ description: 'At most 80 characters.' })
  givenName: string;

  @Field({ description: 'At most 80 characters.' })
  familyName: string;

  @Field({ description: 'e.g. "Senior Lecturer in Social Work"; at most 120 characters.' })
  jobTitle: string;
}

@InputType({ description: 'Changes to a lecturer; fields left out stay as they are.' })
export class LecturerUpdateInput {
  @Field(() => ID, { description: 'The lecturer to change.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'At most 80 characters.' })
  givenName?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 80 characters.' })
  familyName?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 120 characters.' })
  jobTitle?: string | null;
}

@InputType({ description: 'Which lecturers to list; every condition given must hold.' })
export class LecturerFilter {
  @Field(() => ID, { nullable: true, description: 'Only lecturers of this university.' })
  universityId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only lecturers whose family name contains this text, ignoring case.' })
  familyNameContains?: string | null;
}
