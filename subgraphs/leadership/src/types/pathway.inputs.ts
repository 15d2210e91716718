/** The input of pathwayCreate: the pathway and its stages. */
import { Field, ID, InputType, Int } from 'type-graphql';
import { PathwayKind, PcfLevel } from './enums';

@InputType({ description: 'One stage of a new pathway; stages are numbered in the order given.' })
export class PathwayStageInput {
  @Field({ description: 'The stage’s name, at most 160 characters.' })
  name: string;

  @Field(() => PcfLevel, { description: 'The PCF level the stage aims at.' })
  targetPcfLevel: PcfLevel;

  @Field(() => Int, { description: 'How long the stage usually takes: 1 to 60 months.' })
  expectedMonths: number;

  @Field(() => [ID], { nullable: true, description: 'The KSS headings the stage works toward, by id; none when left out.' })
  kssStandardIds?: string[] | null;
}

@InputType({ description: 'Give exactly one owner: a council or a partnership.' })
export class PathwayCreateInput {
  @Field({ description: 'The pathway’s name, at most 160 characters.' })
  name: string;

  @Field(() => PathwayKind, { description: 'What the pathway prepares practitioners for.' })
  kind: PathwayKind;

  @Field(() => ID, { nullable: true, description: 'The council that will own it; you must administer it.' })
  ownerCouncilId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The partnership that will own it; you must administer it.' })
  ownerPartnershipId?: string | null;

  @Field(() => [PathwayStageInput], { description: '1 to 12 stages, in order.' })
  stages: PathwayStageInput[];
}
