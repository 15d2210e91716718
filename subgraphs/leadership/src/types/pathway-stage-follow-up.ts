/** A pathway enrolment overdue in its current stage, for a partnership's admins to follow up. */
import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType, PageArgs } from '#hub/shared/pagination';
import { DateScalar } from '#hub/shared/scalars';
import { PathwayStage } from '../entities/pathway-stage.entity';
import { Pathway } from '../entities/pathway.entity';
import { Council } from './council';
import { Practitioner } from './practitioner';

@ObjectType({
  description: 'A practitioner on a leadership pathway who has been longer in their stage than it expects, not counting pauses.',
})
export class PathwayStageOverdue {
  @Field(() => ID, { description: 'The pathway enrolment.' })
  id: string;

  @Field(() => Practitioner, { nullable: true, description: 'The practitioner.' })
  practitioner: Pick<Practitioner, 'id'>;

  @Field(() => Council, { nullable: true, description: 'Their council.' })
  council: Pick<Council, 'id'>;

  @Field(() => Pathway, { description: 'The pathway.' })
  pathway: Pathway;

  @Field(() => PathwayStage, { description: 'The stage they are in.' })
  stage: PathwayStage;

  @Field(() => DateScalar, { description: 'When they began the stage.' })
  stageStartedOn: string;

  @Field(() => DateScalar, { description: 'When the stage was expected to end: its expected months after it began, moved on by pauses.' })
  expectedBy: string;

  @Field(() => Int, { description: 'Days past expectedBy.' })
  daysOverdue: number;
}

export const PathwayStageOverdueConnection = ConnectionType(PathwayStageOverdue, 'PathwayStageOverdue');

@ArgsType()
export class PathwayStageFollowUpArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this member council’s practitioners.' })
  councilId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this pathway.' })
  pathwayId?: string | null;
}
