import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '#hub/shared/scalars';
import { OfstedRating, Region } from './enums';

@InputType({ description: 'Which councils to list; every condition given must hold.' })
export class CouncilFilter {
  @Field(() => Region, { nullable: true, description: 'Only councils in this region.' })
  region?: Region;

  @Field(() => OfstedRating, { nullable: true, description: 'Only councils whose last Ofsted grade is this one.' })
  ofstedRating?: OfstedRating;

  @Field(() => ID, { nullable: true, description: 'Only councils that belong to this partnership.' })
  partnershipId?: string;

  @Field({ nullable: true, description: 'Part of the name, any case.' })
  nameContains?: string;
}

@InputType({ description: 'A new council. Its id is derived from the GSS code.' })
export class CouncilCreateInput {
  @Field({ description: 'ONS GSS code, e.g. E08000025. Validated here so a bad code is a user error, not a failed request.' })
  gssCode: string;

  @Field({ description: 'The council’s name, up to 120 characters; surrounding spaces are trimmed.' })
  name: string;

  @Field(() => Region, { description: 'The English region the council is in.' })
  region: Region;

  @Field(() => OfstedRating, {
    nullable: true,
    description: 'The grade of the last Ofsted inspection; give it with ofstedRatedOn, or neither.',
  })
  ofstedRating?: OfstedRating | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When that inspection was published: not in the future; give it with ofstedRating, or neither.',
  })
  ofstedRatedOn?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Invite the new council to this partnership, which you must administer. It joins at once only if you are also its council admin; otherwise its admins accept with partnershipAddCouncil.',
  })
  partnershipId?: string | null;
}

@InputType({ description: 'Changes to a council’s details; a field left out keeps its value. The GSS code cannot change.' })
export class CouncilUpdateInput {
  @Field(() => ID, { description: 'The council to change.' })
  id: string;

  @Field({ nullable: true, description: 'The new name, up to 120 characters; null or absent keeps the name.' })
  name?: string;

  @Field(() => Region, { nullable: true, description: 'The new region; null or absent keeps the region.' })
  region?: Region;

  @Field(() => OfstedRating, {
    nullable: true,
    description: 'The new Ofsted grade; null clears it. The grade and ofstedRatedOn must end up both set or both null.',
  })
  ofstedRating?: OfstedRating | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the inspection was published, not in the future; null clears it. It must end up set exactly when ofstedRating is.',
  })
  ofstedRatedOn?: string | null;
}
