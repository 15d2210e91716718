import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../../../../shared/scalars';
import { Employment, PcfLevel, PractitionerRole } from './enums';

@InputType()
export class PractitionerFilter {
  @Field(() => ID, { nullable: true })
  councilId?: string;

  @Field(() => ID, { nullable: true })
  teamId?: string;

  @Field(() => Employment, { nullable: true })
  employment?: Employment;

  @Field(() => PractitionerRole, { nullable: true })
  role?: PractitionerRole;

  @Field(() => PcfLevel, { nullable: true })
  pcfLevel?: PcfLevel;

  @Field({ nullable: true, description: 'Part of the family name, any case.' })
  familyNameContains?: string;

  @Field({ nullable: true, description: 'Include practitioners who have left (default: only those in post).' })
  includeLeavers?: boolean;
}

@InputType()
export class PractitionerCreateInput {
  @Field({ description: 'Social Work England number, e.g. SW104233.' })
  sweNumber: string;

  @Field()
  givenName: string;

  @Field()
  familyName: string;

  @Field(() => ID)
  councilId: string;

  @Field(() => ID, { nullable: true, description: 'A team of the same council.' })
  teamId?: string | null;

  @Field(() => PractitionerRole)
  role: PractitionerRole;

  @Field(() => PcfLevel)
  pcfLevel: PcfLevel;

  @Field(() => Employment)
  employment: Employment;

  @Field(() => DateScalar, { nullable: true })
  qualifiedOn?: string | null;

  @Field(() => DateScalar)
  startedOn: string;
}

@InputType()
export class PractitionerUpdateInput {
  @Field(() => ID)
  id: string;

  @Field({ nullable: true })
  givenName?: string;

  @Field({ nullable: true })
  familyName?: string;

  @Field(() => ID, { nullable: true, description: 'A team of the same council; null takes the practitioner out of any team.' })
  teamId?: string | null;

  @Field(() => PractitionerRole, { nullable: true })
  role?: PractitionerRole;

  @Field(() => PcfLevel, { nullable: true })
  pcfLevel?: PcfLevel;

  @Field(() => Employment, { nullable: true })
  employment?: Employment;

  @Field(() => DateScalar, { nullable: true })
  qualifiedOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  startedOn?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day in post; null means still in post.' })
  leftOn?: string | null;
}
