import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class LecturerCreateInput {
  @Field(() => ID)
  universityId: string;

  @Field()
  givenName: string;

  @Field()
  familyName: string;

  @Field()
  jobTitle: string;
}

@InputType()
export class LecturerUpdateInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  givenName?: string | null;

  @Field(() => String, { nullable: true })
  familyName?: string | null;

  @Field(() => String, { nullable: true })
  jobTitle?: string | null;
}

@InputType()
export class LecturerFilter {
  @Field(() => ID, { nullable: true })
  universityId?: string | null;

  @Field(() => String, { nullable: true })
  familyNameContains?: string | null;
}
