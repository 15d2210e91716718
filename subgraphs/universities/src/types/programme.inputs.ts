import { Field, ID, InputType } from 'type-graphql';
import { ProgrammeRoute } from './enums';

@InputType()
export class ProgrammeCreateInput {
  @Field(() => ID)
  universityId: string;

  @Field()
  name: string;

  @Field(() => ProgrammeRoute)
  route: ProgrammeRoute;
}

@InputType()
export class ProgrammeUpdateInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => ProgrammeRoute, { nullable: true })
  route?: ProgrammeRoute | null;
}
