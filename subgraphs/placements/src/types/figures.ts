/** Placement figures: supply against promises, and a student's days toward the 200. */
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { AcademicYearScalar } from '#hub/shared/scalars';
import { SuppressedFields } from '#hub/shared/small-counts';
import { Council } from './council';
import { Student } from './student';

@ObjectType({
  description:
    'Statutory placement supply for an academic year: promised, offered, allocated, filled. Places promised and offered are shown as they are; counts of students from 1 to 4 are withheld except for the admins of the council or partnership described.',
})
export class PlacementSupply {
  @Field(() => Council, { nullable: true, description: 'The council; null on a partnership’s totals.' })
  council: Council | null;

  @Field(() => AcademicYearScalar, {
    description: 'The academic year of the figures: offers and commitments for that year, and placements on those offers.',
  })
  academicYear: string;

  @Field(() => Int, { description: 'Statutory places promised to the partnership.' })
  committedStatutoryPlaces: number;

  @Field(() => Int, { description: 'All places offered, statutory or not.' })
  offeredPlaces: number;

  @Field(() => Int, { description: 'Places offered in statutory settings: the capacities of those offers added up.' })
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
  @Field(() => AcademicYearScalar, { description: 'The academic year of the figures.' })
  academicYear: string;

  @Field(() => PlacementSupply, {
    description:
      'The partnership’s totals, council null. Exact for its admins; for others a count is also withheld if it gives a council’s away.',
  })
  total: PlacementSupply;

  @Field(() => [PlacementSupply], {
    description:
      'Each member council, then any other council promising or offering it places. Exact for its admins and for a council’s own admins.',
  })
  byCouncil: PlacementSupply[];
}

@ObjectType({ description: 'A requirement a student’s placements break, named by a stable code.' })
export class RuleBreach {
  @Field({ description: 'A stable code, e.g. STATUTORY_REQUIREMENT_NOT_MET, SETTINGS_NOT_CONTRASTING or PRACTICE_DAYS_SHORT.' })
  code: string;

  @Field({ description: 'What is wrong, in English, for people to read.' })
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

  @Field(() => Int, {
    description:
      'skillsDays plus the days done on placements running, passed or ended early; days on a failed or referred placement do not count.',
  })
  totalDays: number;

  @Field(() => Int, { description: '200.' })
  requiredDays: number;

  @Field(() => Int, { description: 'requiredDays less totalDays, never below 0.' })
  daysToGo: number;

  @Field(() => Int, { description: 'Statutory placements planned, running or passed.' })
  statutoryPlacements: number;

  @Field(() => Int, {
    description: 'Statutory placements the student needs: 1 or 2, the strictest of the rules of the partnerships placing them.',
  })
  statutoryPlacementsRequired: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the first and final placements are in different settings; null until both are placed.',
  })
  contrastingSettings: boolean | null;

  @Field(() => [RuleBreach], { description: 'Requirements the student’s placements break so far; empty when none.' })
  breaches: RuleBreach[];
}

@ObjectType({ description: 'One student placed through a partnership, by id, with their practice days.' })
export class StudentPracticeDays {
  @Field(() => Student, { nullable: true, description: 'The student, by id; their name comes from their own university only.' })
  student: Student;

  @Field(() => PracticeDays, { description: 'Their days toward the 200 and any rules broken, across all their placements.' })
  practiceDays: PracticeDays;
}
