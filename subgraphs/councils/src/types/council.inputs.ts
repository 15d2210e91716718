import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../../../../shared/scalars';
import { OfstedRating, Region } from './enums';

@InputType()
export class CouncilFilter {
  @Field(() => Region, { nullable: true })
  region?: Region;

  @Field(() => OfstedRating, { nullable: true })
  ofstedRating?: OfstedRating;

  @Field(() => ID, { nullable: true, description: 'Only councils that belong to this partnership.' })
  partnershipId?: string;

  @Field({ nullable: true, description: 'Part of the name, any case.' })
  nameContains?: string;
}

@InputType()
export class CouncilCreateInput {
  @Field({ description: 'ONS GSS code, e.g. E08000025. Validated here so a bad code is a user error, not a failed request.' })
  gssCode: string;

  @Field()
  name: string;

  @Field(() => Region)
  region: Region;

  @Field(() => OfstedRating, { nullable: true })
  ofstedRating?: OfstedRating | null;

  @Field(() => DateScalar, { nullable: true })
  ofstedRatedOn?: string | null;

  @Field(() => ID, { nullable: true, description: 'Add the new council to this partnership (you must administer it).' })
  partnershipId?: string | null;
}

@InputType()
export class CouncilUpdateInput {
  @Field(() => ID)
  id: string;

  @Field({ nullable: true })
  name?: string;

  @Field(() => Region, { nullable: true })
  region?: Region;

  @Field(() => OfstedRating, { nullable: true })
  ofstedRating?: OfstedRating | null;

  @Field(() => DateScalar, { nullable: true })
  ofstedRatedOn?: string | null;
}
