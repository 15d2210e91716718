import { Field, Float, Int, ObjectType } from 'type-graphql';
import { agencyRate } from '../rules/workforce-rates';

@ObjectType({ description: 'Practitioners in post now, from the practitioner register.' })
export class Headcount {
  @Field(() => Int, { description: 'Everyone in post: permanent + agency.' })
  inPost: number;

  @Field(() => Int)
  permanent: number;

  @Field(() => Int)
  agency: number;

  @Field(() => Float, { nullable: true, description: 'agency / (agency + permanent), from 0 to 1; null when nobody is in post.' })
  agencyRate: number | null;
}

export function toHeadcount({ permanent, agency }: { permanent: number; agency: number }): Headcount {
  return { inPost: permanent + agency, permanent, agency, agencyRate: agencyRate(permanent, agency) };
}
