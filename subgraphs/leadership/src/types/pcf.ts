/** The Professional Capabilities Framework as reference data: fixed, so served from code. */
import { Field, ObjectType } from 'type-graphql';
import { PcfDomain, PcfLevel } from './enums';

@ObjectType({ description: 'A domain of the Professional Capabilities Framework, with its name.' })
export class PcfDomainInfo {
  @Field(() => PcfDomain, { description: 'The domain.' })
  domain: PcfDomain;

  @Field({ description: 'Its name as the framework gives it, e.g. "Values and ethics".' })
  name: string;
}

@ObjectType({ description: 'A level of the Professional Capabilities Framework, with its name.' })
export class PcfLevelInfo {
  @Field(() => PcfLevel, { description: 'The level.' })
  level: PcfLevel;

  @Field({ description: 'Its name, with the roles it covers where the framework names them, e.g. "Experienced social worker".' })
  name: string;
}

export const PCF_DOMAINS: PcfDomainInfo[] = [
  { domain: PcfDomain.PROFESSIONALISM, name: 'Professionalism' },
  { domain: PcfDomain.VALUES_AND_ETHICS, name: 'Values and ethics' },
  { domain: PcfDomain.DIVERSITY_AND_EQUALITY, name: 'Diversity and equality' },
  { domain: PcfDomain.RIGHTS_JUSTICE_AND_ECONOMIC_WELLBEING, name: 'Rights, justice and economic wellbeing' },
  { domain: PcfDomain.KNOWLEDGE, name: 'Knowledge' },
  { domain: PcfDomain.CRITICAL_REFLECTION_AND_ANALYSIS, name: 'Critical reflection and analysis' },
  { domain: PcfDomain.SKILLS_AND_INTERVENTIONS, name: 'Skills and interventions' },
  { domain: PcfDomain.CONTEXTS_AND_ORGANISATIONS, name: 'Contexts and organisations' },
  { domain: PcfDomain.PROFESSIONAL_LEADERSHIP, name: 'Professional leadership' },
];

export const PCF_LEVELS: PcfLevelInfo[] = [
  { level: PcfLevel.ENTRY, name: 'Entry' },
  { level: PcfLevel.READINESS_FOR_DIRECT_PRACTICE, name: 'Readiness for direct practice' },
  { level: PcfLevel.END_OF_FIRST_PLACEMENT, name: 'End of first placement' },
  { level: PcfLevel.END_OF_LAST_PLACEMENT, name: 'End of last placement' },
  { level: PcfLevel.ASYE, name: 'ASYE' },
  { level: PcfLevel.SOCIAL_WORKER, name: 'Social worker' },
  { level: PcfLevel.EXPERIENCED_SOCIAL_WORKER, name: 'Experienced social worker' },
  { level: PcfLevel.ADVANCED, name: 'Advanced (advanced practitioner, professional educator, manager)' },
  { level: PcfLevel.STRATEGIC, name: 'Strategic (strategic educator, strategic leader, principal social worker)' },
];
