/** A partnership's placement promises for a year: its rule of statutory placements per student and its councils' commitments. */
import { Field, Int, ObjectType } from 'type-graphql';
import { AgreementProgress } from '#hub/shared/agreement-progress';
import { AcademicYearScalar } from '#hub/shared/scalars';
import { Council } from './council';

@ObjectType({ description: 'One member council’s commitment of statutory places against the places allocated.' })
export class CouncilPlacementAgreementProgress {
  @Field(() => Council, { nullable: true, description: 'The member council.' })
  council: Pick<Council, 'id'>;

  @Field(() => [AgreementProgress], {
    description: 'STATUTORY_PLACES_COMMITTED: its commitment for the year against its statutory places allocated.',
  })
  progress: AgreementProgress[];
}

@ObjectType({
  description:
    'A partnership’s placement promises for an academic year: its statutory placements per student (PlacementSettings) and the statutory places its councils committed (placement commitments), against what happened.',
})
export class PlacementAgreementProgress {
  @Field(() => AcademicYearScalar, { description: 'The academic year: offers for it, and the students placed on them.' })
  academicYear: string;

  @Field(() => Int, {
    description: 'Statutory placements each student is promised over the course (PlacementSettings.statutoryPlacementsRequired).',
  })
  statutoryPlacementsPerStudent: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Students placed on the year’s offers, not counting cancelled placements. Null when withheld (see suppressed).',
  })
  studentsPlaced: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Of those, students whose placements, done and planned, can still give them the statutory placements promised. Null when withheld.',
  })
  studentsOnCourse: number | null;

  @Field(() => [String], {
    description: 'Which of studentsPlaced and studentsOnCourse are withheld because they count, or would give away, 1 to 4 students.',
  })
  suppressed: string[];

  @Field(() => [AgreementProgress], {
    description:
      'STUDENTS_WITH_STATUTORY_PLACEMENTS (target 1: every student) and STATUTORY_PLACES_COMMITTED (the councils’ commitments together).',
  })
  progress: AgreementProgress[];

  @Field(() => [CouncilPlacementAgreementProgress], {
    description: 'Every member council, in name order, then any other council with commitments or offers.',
  })
  byCouncil: CouncilPlacementAgreementProgress[];
}
