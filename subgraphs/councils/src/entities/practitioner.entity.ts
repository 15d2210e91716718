import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';
import { DateScalar } from '#hub/shared/scalars';
import { Employment, PcfLevel, PractitionerRole } from '../types/enums';
import { SweNumberScalar } from '../types/scalars';
import { Council } from './council.entity';
import { Team } from './team.entity';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A registered social worker working in a council, employed or through an agency.' })
@Entity({ name: 'practitioner' })
@Unique('practitioner_swe_number_key', ['sweNumber'])
@Index('practitioner_council_family_name_idx', ['councilId', 'familyName'])
@Index('practitioner_team_idx', ['teamId'])
@Check(
  'practitioner_role_check',
  `"role" IN ('NEWLY_QUALIFIED_SOCIAL_WORKER','SOCIAL_WORKER','SENIOR_SOCIAL_WORKER','ADVANCED_PRACTITIONER','PRACTICE_SUPERVISOR','TEAM_MANAGER','SERVICE_MANAGER','PRINCIPAL_SOCIAL_WORKER')`,
)
@Check('practitioner_pcf_level_check', `"pcf_level" IN ('ASYE','SOCIAL_WORKER','EXPERIENCED_SOCIAL_WORKER','ADVANCED','STRATEGIC')`)
@Check('practitioner_employment_check', `"employment" IN ('PERMANENT','AGENCY')`)
@Check('practitioner_dates_check', `"left_on" IS NULL OR "left_on" >= "started_on"`)
export class Practitioner {
  @Field(() => ID, { description: 'Derived from the SWE number, so it is the same in every environment.' })
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => SweNumberScalar, { description: 'Social Work England registration number; fixed once recorded.' })
  @Column({ name: 'swe_number', type: 'varchar', length: 11 })
  sweNumber: string;

  @Field({ description: 'The practitioner’s given name, up to 80 characters.' })
  @Column({ name: 'given_name', type: 'varchar', length: 80 })
  givenName: string;

  @Field({ description: 'The practitioner’s family name, up to 80 characters; lists of practitioners are in this order.' })
  @Column({ name: 'family_name', type: 'varchar', length: 80 })
  familyName: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @ManyToOne(() => Council, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'council_id' })
  councilRow?: Council;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  @ManyToOne(() => Team, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'team_id' })
  teamRow?: Team | null;

  @Field(() => PractitionerRole, { description: 'The post the practitioner holds in the council.' })
  @Column({ type: 'varchar', length: 40 })
  role: PractitionerRole;

  @Field(() => PcfLevel, { description: 'Current PCF level: ASYE or above for a qualified social worker.' })
  @Column({ name: 'pcf_level', type: 'varchar', length: 40 })
  pcfLevel: PcfLevel;

  @Field(() => Employment, { description: 'Whether the council employs the practitioner or an agency supplies them.' })
  @Column({ type: 'varchar', length: 20 })
  employment: Employment;

  @Field(() => DateScalar, { nullable: true, description: 'When the practitioner qualified: the start of post-qualifying experience.' })
  @Column({ name: 'qualified_on', type: 'date', nullable: true })
  qualifiedOn: string | null;

  @Field(() => DateScalar, { description: 'First day in this council.' })
  @Column({ name: 'started_on', type: 'date' })
  startedOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day in this council; null while in post.' })
  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
