/** The closed sets of the leadership subgraph. Values are their own names, as stored. */
import { registerEnumType } from 'type-graphql';
import { AsyeReviewPoint } from '../rules/asye';
import { StageProgress } from '../rules/pathway-progress';
import { PeriodKind } from '../rules/report-period';

/** The nine levels of the Professional Capabilities Framework; the same enum as the councils subgraph's. */
export enum PcfLevel {
  ENTRY = 'ENTRY',
  READINESS_FOR_DIRECT_PRACTICE = 'READINESS_FOR_DIRECT_PRACTICE',
  END_OF_FIRST_PLACEMENT = 'END_OF_FIRST_PLACEMENT',
  END_OF_LAST_PLACEMENT = 'END_OF_LAST_PLACEMENT',
  ASYE = 'ASYE',
  SOCIAL_WORKER = 'SOCIAL_WORKER',
  EXPERIENCED_SOCIAL_WORKER = 'EXPERIENCED_SOCIAL_WORKER',
  ADVANCED = 'ADVANCED',
  STRATEGIC = 'STRATEGIC',
}

/** The nine domains of the Professional Capabilities Framework. */
export enum PcfDomain {
  PROFESSIONALISM = 'PROFESSIONALISM',
  VALUES_AND_ETHICS = 'VALUES_AND_ETHICS',
  DIVERSITY_AND_EQUALITY = 'DIVERSITY_AND_EQUALITY',
  RIGHTS_JUSTICE_AND_ECONOMIC_WELLBEING = 'RIGHTS_JUSTICE_AND_ECONOMIC_WELLBEING',
  KNOWLEDGE = 'KNOWLEDGE',
  CRITICAL_REFLECTION_AND_ANALYSIS = 'CRITICAL_REFLECTION_AND_ANALYSIS',
  SKILLS_AND_INTERVENTIONS = 'SKILLS_AND_INTERVENTIONS',
  CONTEXTS_AND_ORGANISATIONS = 'CONTEXTS_AND_ORGANISATIONS',
  PROFESSIONAL_LEADERSHIP = 'PROFESSIONAL_LEADERSHIP',
}

export enum KssFramework {
  CHILD_AND_FAMILY_PRACTITIONER = 'CHILD_AND_FAMILY_PRACTITIONER',
  PRACTICE_SUPERVISOR = 'PRACTICE_SUPERVISOR',
  PRACTICE_LEADER = 'PRACTICE_LEADER',
  ADULT_SOCIAL_WORK = 'ADULT_SOCIAL_WORK',
}

export enum PathwayKind {
  ASYE = 'ASYE',
  ASPIRING_MANAGER = 'ASPIRING_MANAGER',
  PRACTICE_LEADER = 'PRACTICE_LEADER',
  ADVANCED_PRACTITIONER = 'ADVANCED_PRACTITIONER',
  PRACTICE_EDUCATOR = 'PRACTICE_EDUCATOR',
  OTHER = 'OTHER',
}

export enum EnrolmentStatus {
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  WITHDRAWN = 'WITHDRAWN',
  COMPLETED = 'COMPLETED',
}

/** The early career programme a record follows: ASYE now; for child and family social workers, the programme replacing it later. */
export enum EarlyCareerProgramme {
  ASYE = 'ASYE',
  EARLY_CAREER_DEVELOPMENT_PROGRAMME = 'EARLY_CAREER_DEVELOPMENT_PROGRAMME',
}

export enum AsyeStatus {
  IN_PROGRESS = 'IN_PROGRESS',
  PAUSED = 'PAUSED',
  COMPLETED = 'COMPLETED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum ReviewOutcome {
  ON_TRACK = 'ON_TRACK',
  CONCERNS = 'CONCERNS',
  PASSED = 'PASSED',
  NOT_PASSED = 'NOT_PASSED',
}

export enum MentoringPurpose {
  LEADERSHIP = 'LEADERSHIP',
  CO_DELIVERY_OF_TEACHING = 'CO_DELIVERY_OF_TEACHING',
  ASPIRING_MANAGER = 'ASPIRING_MANAGER',
  OTHER = 'OTHER',
}

export enum CpdType {
  COURSE = 'COURSE',
  READING = 'READING',
  SUPERVISION = 'SUPERVISION',
  ACTION_LEARNING_SET = 'ACTION_LEARNING_SET',
  TEACHING = 'TEACHING',
  CONFERENCE = 'CONFERENCE',
  MASTERCLASS = 'MASTERCLASS',
  OTHER = 'OTHER',
}

export enum PeerReflectionSetting {
  SUPERVISION = 'SUPERVISION',
  TEAM_REFLECTION = 'TEAM_REFLECTION',
  GROUP_SUPERVISION = 'GROUP_SUPERVISION',
  OTHER = 'OTHER',
}

registerEnumType(PcfLevel, { name: 'PcfLevel', description: 'A level of the Professional Capabilities Framework.' });
registerEnumType(PcfDomain, { name: 'PcfDomain' });
registerEnumType(KssFramework, {
  name: 'KssFramework',
  description: 'The Knowledge and Skills Statements or post-qualifying standard a heading belongs to.',
});
registerEnumType(PathwayKind, { name: 'PathwayKind' });
registerEnumType(EnrolmentStatus, { name: 'EnrolmentStatus' });
registerEnumType(EarlyCareerProgramme, { name: 'EarlyCareerProgramme' });
registerEnumType(AsyeStatus, { name: 'AsyeStatus' });
registerEnumType(AsyeReviewPoint, {
  name: 'AsyeReviewPoint',
  description: 'Agreement meeting, 3-month, 6-month, optional 9-month and final (12-month) review.',
});
registerEnumType(ReviewOutcome, { name: 'ReviewOutcome' });
registerEnumType(StageProgress, { name: 'StageProgress' });
registerEnumType(PeriodKind, {
  name: 'PeriodKind',
  description: 'An academic year (1 August to 31 July) or a Social Work England registration year (1 December to 30 November).',
});
registerEnumType(MentoringPurpose, { name: 'MentoringPurpose' });
registerEnumType(CpdType, { name: 'CpdType' });
registerEnumType(PeerReflectionSetting, { name: 'PeerReflectionSetting', description: 'Where a piece of CPD was discussed with a peer.' });
