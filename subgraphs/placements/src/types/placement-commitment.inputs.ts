/** The input of placementCommitmentSet: a council's promise of statutory places to a partnership. */
import { Field, ID, InputType, Int } from 'type-graphql';
import { AcademicYearScalar } from '#hub/shared/scalars';

@InputType({ description: 'The statutory places a council promises a partnership for a year; replaces any earlier promise.' })
export class PlacementCommitmentSetInput {
  @Field(() => ID, {
    description: 'The partnership promised the places; the council must be its member on the councils subgraph’s register.',
  })
  partnershipId: string;

  @Field(() => ID, { description: 'The council promising them.' })
  councilId: string;

  @Field(() => AcademicYearScalar, { description: 'The academic year the promise is for.' })
  academicYear: string;

  @Field(() => Int, { description: '0 to 500 statutory places.' })
  statutoryPlaces: number;
}
