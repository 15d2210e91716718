/** Placement figures: supply against promises, and a student's days toward the 200. */
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { AcademicYearScalar } from '../../../../shared/scalars';
import { SuppressedFields } from '../../../../shared/small-counts';
import { Council } from './council';
import { Student } from './student';

@ObjectType({
  description:
    'Statutory placement supply for an academic year: promised, offered, allocated, filled. Places promised and offered are shown as they are; counts of students from 1 to 4 are withheld except for the admins of the council or partnership described.',
})
export class PlacementSupply {
  @Field(() => Council, { nullable: true, description: 'The council; null on a partnership’s totals.' })
  council: Council | null;

  @Field(() => AcademicYearScalar)
  academicYear: string;

  @Field(() => Int, { description: 'Statutory places promised to the partnership.' })
  committedStatutoryPlaces: number;

  @Field(() => Int, { description: 'All places offered, statutory or not.' })
  offeredPlaces: number;

  @Field(() => Int)
  offeredStatutoryPlaces: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Students allocated to statutory places, proposed to finished, not counting cancellations.',
  })
  allocatedStatutoryPlaces: number | null;

  @Field(() => Int, { nullable: true, description: 'Of those, placements that started.' })
  filledStatutoryPlaces: number | null;

  @Field(() => Float, { nullable: true, description: 'offeredStatutoryPlaces / offeredPlaces, 0–1; null when nothing was offered.' })
  statutoryShare: number | null;

  @Field(() => Int, {
    description:
      'Promised statutory places not offered: committed less offered statutory, never below 0. A partnership’s total adds its councils’ shortfalls.',
  })
  shortfall: number;

  @SuppressedFields()
  suppressed: string[];
}

@ObjectType({
  description: 'A partnership’s supply in total and for every member council (zeros included), then any other council offering to it.',
})
export class PartnershipPlacementSupply {
  @Field(() => AcademicYearScalar)
  academicYear: string;

  @Field(() => PlacementSupply)
  total: PlacementSupply;

  @Field(() => [PlacementSupply])
  byCouncil: PlacementSupply[];
}

@ObjectType({ description: 'A requirement a student’s placements break, named by a stable code.' })
export class RuleBreach {
  @Field()
  code: string;

  @Field()
  message: string;
}

@ObjectType({
  description: 'A student’s days of practice learning toward the 200 Social Work England requires, and what their placements still break.',
})
export class PracticeDays {
  @Field(() => Int, { description: 'Skills days the university ran, at most 30.' })
  skillsDays: number;

  @Field(() => Int, { description: 'Days done on the first placement, at most 70.' })
  firstPlacementDays: number;

  @Field(() => Int, { description: 'Days done on the final placement, at most 100.' })
  finalPlacementDays: number;

  @Field(() => Int)
  totalDays: number;

  @Field(() => Int, { description: '200.' })
  requiredDays: number;

  @Field(() => Int, { description: 'requiredDays less totalDays, never below 0.' })
  daysToGo: number;

  @Field(() => Int, { description: 'Statutory placements planned, running or passed.' })
  statutoryPlacements: number;

  @Field(() => Int)
  statutoryPlacementsRequired: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the first and final placements are in different settings; null until both are placed.',
  })
  contrastingSettings: boolean | null;

  @Field(() => [RuleBreach])
  breaches: RuleBreach[];
}

@ObjectType()
export class StudentPracticeDays {
  @Field(() => Student)
  student: Student;

  @Field(() => PracticeDays)
  practiceDays: PracticeDays;
}
