/** A placement a partnership's admins follow up across its member councils, by id. */
import { ArgsType, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType, PageArgs } from '#hub/shared/pagination';
import { AcademicYearScalar, DateScalar } from '#hub/shared/scalars';
import { PlacementConcern } from '../rules/placement-follow-up';
import { Council } from './council';
import { PlacementLevel, PlacementSetting, PlacementStatus } from './enums';
import { Student } from './student';

registerEnumType(PlacementConcern, {
  name: 'PlacementConcern',
  description: 'Why a placement needs following up.',
  valuesConfig: {
    CONCERNS_AT_MIDPOINT: { description: 'Its midpoint review found concerns, and it is still running.' },
    ENDED_EARLY: { description: 'It ended before its planned end.' },
    QAPL_NOT_COMPLETED: { description: 'It finished and the host council has not completed its QAPL review.' },
    QAPL_NOT_SCRUTINISED: { description: 'Its QAPL review is completed and the university has not scrutinised it.' },
  },
});

@ObjectType({
  description: 'A placement that needs following up, and why. By id only: the student’s name comes from their own university.',
})
export class PlacementToFollowUp {
  @Field(() => ID, { description: 'The placement’s id.' })
  id: string;

  @Field(() => Student, { nullable: true, description: 'The student, by id.' })
  student: Pick<Student, 'id'>;

  @Field(() => Council, { nullable: true, description: 'The host council.' })
  council: Pick<Council, 'id'>;

  @Field(() => AcademicYearScalar, { description: 'The academic year of its offer.' })
  academicYear: string;

  @Field(() => PlacementLevel, { description: 'First or final placement.' })
  level: PlacementLevel;

  @Field(() => PlacementSetting, { description: 'Its setting.' })
  setting: PlacementSetting;

  @Field(() => PlacementStatus, { description: 'Where it stands.' })
  status: PlacementStatus;

  @Field(() => PlacementConcern, { description: 'Why it needs following up.' })
  concern: PlacementConcern;

  @Field(() => DateScalar, { description: 'The day the concern arose.' })
  since: string;
}

export const PlacementToFollowUpConnection = ConnectionType(PlacementToFollowUp, 'PlacementToFollowUp');

@ArgsType()
export class PlacementFollowUpArgs extends PageArgs {
  @Field(() => PlacementConcern, { nullable: true, description: 'Only placements with this concern; every concern when left out.' })
  concern?: PlacementConcern | null;

  @Field(() => ID, { nullable: true, description: 'Only placements this member council hosts.' })
  councilId?: string | null;

  @Field(() => AcademicYearScalar, { nullable: true, description: 'Only placements on this year’s offers; every year when left out.' })
  academicYear?: string | null;
}
