import { Field, ID, InputType } from 'type-graphql';
import { ServiceArea } from './enums';

@InputType({ description: 'Which teams to list; every condition given must hold.' })
export class TeamFilter {
  @Field(() => ID, { nullable: true, description: 'Only teams of this council.' })
  councilId?: string;

  @Field(() => ServiceArea, { nullable: true, description: 'Only teams in this service area.' })
  serviceArea?: ServiceArea;

  @Field({ nullable: true, description: 'Only statutory teams (true) or only non-statutory ones (false); both when absent.' })
  statutory?: boolean;
}

@InputType({ description: 'A new team in a council.' })
export class TeamCreateInput {
  @Field(() => ID, { description: 'The council the team belongs to; fixed once the team exists.' })
  councilId: string;

  @Field({ description: 'The team’s name: unique within the council, up to 120 characters.' })
  name: string;

  @Field(() => ServiceArea, { description: 'The area of social work the team works in.' })
  serviceArea: ServiceArea;

  @Field({ description: 'Whether the team carries statutory social work duties (legal interventions).' })
  statutory: boolean;
}

@InputType({ description: 'Changes to a team; a field left out or null keeps its value. The council cannot change.' })
export class TeamUpdateInput {
  @Field(() => ID, { description: 'The team to change.' })
  id: string;

  @Field({ nullable: true, description: 'The new name: unique within the council, up to 120 characters.' })
  name?: string;

  @Field(() => ServiceArea, { nullable: true, description: 'The new service area.' })
  serviceArea?: ServiceArea;

  @Field({ nullable: true, description: 'Whether the team now carries statutory social work duties.' })
  statutory?: boolean;
}
