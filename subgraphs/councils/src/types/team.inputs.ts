import { Field, ID, InputType } from 'type-graphql';
import { ServiceArea } from './enums';

@InputType()
export class TeamFilter {
  @Field(() => ID, { nullable: true })
  councilId?: string;

  @Field(() => ServiceArea, { nullable: true })
  serviceArea?: ServiceArea;

  @Field({ nullable: true })
  statutory?: boolean;
}

@InputType()
export class TeamCreateInput {
  @Field(() => ID)
  councilId: string;

  @Field()
  name: string;

  @Field(() => ServiceArea)
  serviceArea: ServiceArea;

  @Field()
  statutory: boolean;
}

@InputType()
export class TeamUpdateInput {
  @Field(() => ID)
  id: string;

  @Field({ nullable: true })
  name?: string;

  @Field(() => ServiceArea, { nullable: true })
  serviceArea?: ServiceArea;

  @Field({ nullable: true })
  statutory?: boolean;
}
