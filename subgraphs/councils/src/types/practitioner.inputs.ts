import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '#hub/shared/scalars';
import { Employment, PcfLevel, PractitionerRole } from './enums';

@InputType({ description: 'Which practitioners to list, among those you may see; every condition given must hold.' })
export class PractitionerFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'Only practitioners of this council. An admin may name only a council they administer (otherwise FORBIDDEN).',
  })
  councilId?: string;

  @Field(() => ID, { nullable: true, description: 'Only practitioners in this team.' })
  teamId?: string;

  @Field(() => Employment, { nullable: true, description: 'Only permanent or only agency practitioners.' })
  employment?: Employment;

  @Field(() => PractitionerRole, { nullable: true, description: 'Only practitioners in this post.' })
  role?: PractitionerRole;

  @Field(() => PcfLevel, { nullable: true, description: 'Only practitioners at this PCF level.' })
  pcfLevel?: PcfLevel;

  @Field({ nullable: true, description: 'Part of the family name, any case.' })
  familyNameContains?: string;

  @Field({ nullable: true, description: 'Include practitioners who have left (default: only those in post).' })
  includeLeavers?: boolean;
}

@InputType({ description: 'A new practitioner record in a council. Its id is derived from the SWE number.' })
export class PractitionerCreateInput {
  @Field({ description: 'Social Work England number, e.g. SW104233.' })
  sweNumber: string;

  @Field({ description: 'The practitioner’s given name, up to 80 characters.' })
  givenName: string;

  @Field({ description: 'The practitioner’s family name, up to 80 characters.' })
  familyName: string;

  @Field(() => ID, {
    description: 'The council that holds the record: one you administer, or one of a partnership you administer. Fixed once recorded.',
  })
  councilId: string;

  @Field(() => ID, { nullable: true, description: 'A team of the same council.' })
  teamId?: string | null;

  @Field(() => PractitionerRole, { description: 'The post the practitioner holds.' })
  role: PractitionerRole;

  @Field(() => PcfLevel, { description: 'Current PCF level: ASYE or above, as the student levels are refused.' })
  pcfLevel: PcfLevel;

  @Field(() => Employment, { description: 'Employed by the council, or supplied by an agency.' })
  employment: Employment;

  @Field(() => DateScalar, { nullable: true, description: 'When the practitioner qualified: not in the future, nor after startedOn.' })
  qualifiedOn?: string | null;

  @Field(() => DateScalar, { description: 'First day in this council; may be in the future for someone due to start.' })
  startedOn: string;
}

@InputType({
  description: 'Changes to a practitioner record; a field left out keeps its value. The SWE number and council cannot change.',
})
export class PractitionerUpdateInput {
  @Field(() => ID, { description: 'The practitioner to change.' })
  id: string;

  @Field({ nullable: true, description: 'The new given name, up to 80 characters; null or absent keeps it.' })
  givenName?: string;

  @Field({ nullable: true, description: 'The new family name, up to 80 characters; null or absent keeps it.' })
  familyName?: string;

  @Field(() => ID, { nullable: true, description: 'A team of the same council; null takes the practitioner out of any team.' })
  teamId?: string | null;

  @Field(() => PractitionerRole, { nullable: true, description: 'The new post; null or absent keeps it.' })
  role?: PractitionerRole;

  @Field(() => PcfLevel, { nullable: true, description: 'The new PCF level, ASYE or above; null or absent keeps it.' })
  pcfLevel?: PcfLevel;

  @Field(() => Employment, { nullable: true, description: 'The new employment; null or absent keeps it.' })
  employment?: Employment;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the practitioner qualified: not in the future, nor after startedOn; null clears it.',
  })
  qualifiedOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The new first day in this council; null or absent keeps it.' })
  startedOn?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day in post; null means still in post.' })
  leftOn?: string | null;
}
