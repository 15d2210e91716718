/** A partnership's teaching promises for a year against its teaching, in total and per member. */
import { Field, ObjectType } from 'type-graphql';
import { AgreementProgress } from '#hub/shared/agreement-progress';
import { AcademicYearScalar, DateScalar } from '#hub/shared/scalars';
import { TeachingAgreement } from '../entities/teaching-agreement.entity';
import { University } from '../entities/university.entity';
import { Council } from './council';

@ObjectType({ description: 'One member university’s part in the teaching promises.' })
export class UniversityAgreementProgress {
  @Field(() => University, { description: 'The member university.' })
  university: Pick<University, 'id'>;

  @Field(() => [AgreementProgress], {
    description:
      'Its sessions of each kind promised (no target of its own: the number is the partnership’s) and its co-delivered share against the target.',
  })
  progress: AgreementProgress[];
}

@ObjectType({ description: 'One member council’s part in the teaching promises.' })
export class CouncilAgreementProgress {
  @Field(() => Council, { nullable: true, description: 'The council.' })
  council: Pick<Council, 'id'>;

  @Field(() => [AgreementProgress], {
    description:
      'Its practitioners’ teaching hours and the lecturer-days it hosted, where promised; the targets are the partnership’s, so null here.',
  })
  progress: AgreementProgress[];
}

@ObjectType({ description: 'A partnership’s teaching promises for an academic year against what its members did.' })
export class TeachingAgreementProgress {
  @Field(() => AcademicYearScalar, { description: 'The academic year.' })
  academicYear: string;

  @Field(() => DateScalar, { description: 'The first day of the year, 1 August.' })
  from: string;

  @Field(() => DateScalar, { description: 'The last day of the year, 31 July.' })
  to: string;

  @Field(() => TeachingAgreement, { description: 'The promises, as the partnership’s admins set them.' })
  targets: TeachingAgreement;

  @Field(() => [AgreementProgress], { description: 'Each promise against the partnership’s figures, in the order of the targets.' })
  progress: AgreementProgress[];

  @Field(() => [UniversityAgreementProgress], { description: 'Every member university, in name order.' })
  byUniversity: UniversityAgreementProgress[];

  @Field(() => [CouncilAgreementProgress], {
    description: 'Every member council, then any other council whose staff took part, as in Partnership.teaching.',
  })
  byCouncil: CouncilAgreementProgress[];
}
