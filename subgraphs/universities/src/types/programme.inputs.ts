import { Field, ID, InputType } from 'type-graphql';
import { ProgrammeRoute } from './enums';

@InputType({ description: 'A new programme at your university.' })
export class ProgrammeCreateInput {
  @Field(() => ID, { description: 'The university that runs it; you must administer it.' })
  universityId: string;

  @Field({ description: 'e.g. "MA Social Work"; at most 160 characters, and unique within the university.' })
  name: string;

  @Field(() => ProgrammeRoute, { description: 'The route to qualification it offers.' })
  route: ProgrammeRoute;
}

@InputType({ description: 'Changes to a programme; fields left out stay as they are.' })
export class ProgrammeUpdateInput {
  @Field(() => ID, { description: 'The programme to change.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'At most 160 characters, and unique within the university.' })
  name?: string | null;

  @Field(() => ProgrammeRoute, { nullable: true, description: 'The route to qualification it offers.' })
  route?: ProgrammeRoute | null;
}
