/** A partnership's practice-leadership promises for a year against its member councils' figures. */
import { Field, Int, ObjectType } from 'type-graphql';
import { AgreementProgress } from '#hub/shared/agreement-progress';
import { AcademicYearScalar } from '#hub/shared/scalars';
import { LeadershipAgreement } from '../entities/leadership-agreement.entity';
import { Council } from './council';

@ObjectType({ description: 'One member council’s part in the practice-leadership promises.' })
export class CouncilLeadershipAgreementProgress {
  @Field(() => Council, { nullable: true, description: 'The member council.' })
  council: Pick<Council, 'id'>;

  @Field(() => [AgreementProgress], {
    description:
      'Its CPD rates against the partnership’s targets, and its pathway completions (no target of its own: the number is the partnership’s).',
  })
  progress: AgreementProgress[];
}

@ObjectType({ description: 'A partnership’s practice-leadership promises for an academic year against what its member councils did.' })
export class LeadershipAgreementProgress {
  @Field(() => AcademicYearScalar, { description: 'The academic year: pathway completions are counted in it.' })
  academicYear: string;

  @Field(() => Int, { description: 'The registration year CPD is counted in, named by the 30 November it ends on.' })
  registrationYear: number;

  @Field(() => LeadershipAgreement, { description: 'The promises, as the partnership’s admins set them.' })
  targets: LeadershipAgreement;

  @Field(() => Int, {
    description:
      'The partnership’s minimum learning days a practitioner records a registration year (LeadershipSettings): the learning-days promise.',
  })
  minLearningDays: number;

  @Field(() => [AgreementProgress], { description: 'Each promise against the member councils’ figures together.' })
  progress: AgreementProgress[];

  @Field(() => [CouncilLeadershipAgreementProgress], { description: 'Every member council, in name order.' })
  byCouncil: CouncilLeadershipAgreementProgress[];
}
