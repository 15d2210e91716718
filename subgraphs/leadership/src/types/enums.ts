/** The closed sets of the leadership subgraph. Values are their own names, as stored. */
import { registerEnumType } from 'type-graphql';
import { AsyeReviewPoint } from '../rules/asye';
import { StageProgress } from '../rules/pathway-progress';
import { PeriodKind } from '../rules/report-period';

export { PcfLevel } from '../../../pcf-level';

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

registerEnumType(PcfDomain, {
  name: 'PcfDomain',
  description: 'A domain of the Professional Capabilities Framework: one area of capability, expected at every level.',
  valuesConfig: {
    PROFESSIONALISM: {
      description: 'Professionalism: identifying and behaving as a professional social worker, committed to professional development.',
    },
    VALUES_AND_ETHICS: { description: 'Values and ethics: applying social work’s ethical principles and values to guide practice.' },
    DIVERSITY_AND_EQUALITY: {
      description: 'Diversity and equality: recognising diversity and applying anti-discriminatory and anti-oppressive principles.',
    },
    RIGHTS_JUSTICE_AND_ECONOMIC_WELLBEING: {
      description: 'Rights, justice and economic wellbeing: advancing human rights and promoting social justice and economic wellbeing.',
    },
    KNOWLEDGE: {
      description: 'Knowledge: developing and applying knowledge from social work practice and research, the social sciences and law.',
    },
    CRITICAL_REFLECTION_AND_ANALYSIS: {
      description: 'Critical reflection and analysis: using critical reflection and analysis to inform, and give reasons for, decisions.',
    },
    SKILLS_AND_INTERVENTIONS: {
      description:
        'Skills and interventions: using judgement, knowledge and authority to intervene with individuals, families and communities.',
    },
    CONTEXTS_AND_ORGANISATIONS: {
      description:
        'Contexts and organisations: engaging with, informing and adapting to changing organisational, social and policy contexts.',
    },
    PROFESSIONAL_LEADERSHIP: {
      description:
        'Professional leadership: promoting the profession and good practice, and taking responsibility for others’ professional learning.',
    },
  },
});
registerEnumType(KssFramework, {
  name: 'KssFramework',
  description: 'The Knowledge and Skills Statements or post-qualifying standard a heading belongs to.',
  valuesConfig: {
    CHILD_AND_FAMILY_PRACTITIONER: { description: 'The knowledge and skills statement for child and family practitioners.' },
    PRACTICE_SUPERVISOR: { description: 'The knowledge and skills statement for practice supervisors in child and family social work.' },
    PRACTICE_LEADER: { description: 'The knowledge and skills statement for practice leaders in child and family social work.' },
    ADULT_SOCIAL_WORK: { description: 'The knowledge and skills statement for social workers in adult services.' },
  },
});
registerEnumType(PathwayKind, {
  name: 'PathwayKind',
  description: 'What a development pathway prepares practitioners for.',
  valuesConfig: {
    ASYE: { description: 'The assessed and supported year in employment, laid out as stages.' },
    ASPIRING_MANAGER: { description: 'Preparing practitioners for a team or service manager post.' },
    PRACTICE_LEADER: { description: 'Developing practitioners who lead practice, such as practice supervisors and leaders.' },
    ADVANCED_PRACTITIONER: { description: 'Toward an advanced practitioner post.' },
    PRACTICE_EDUCATOR: {
      description: 'Toward becoming a practice educator, who supervises and assesses social work students on placement.',
    },
    OTHER: { description: 'Any other development pathway.' },
  },
});
registerEnumType(EnrolmentStatus, {
  name: 'EnrolmentStatus',
  description: 'Where a practitioner’s enrolment on a pathway stands.',
  valuesConfig: {
    ACTIVE: { description: 'Working through the stages.' },
    PAUSED: { description: 'Paused (illness, leave): the current stage’s clock is stopped until it is resumed.' },
    WITHDRAWN: { description: 'Taken off the pathway before completing it; endedOn says when.' },
    COMPLETED: { description: 'Every stage signed off; endedOn is the day of the last sign-off.' },
  },
});
registerEnumType(EarlyCareerProgramme, {
  name: 'EarlyCareerProgramme',
  description:
    'The early career programme an ASYE record follows: the ASYE now; later, for child and family social workers, its successor.',
  valuesConfig: {
    ASYE: { description: 'The Assessed and Supported Year in Employment.' },
    EARLY_CAREER_DEVELOPMENT_PROGRAMME: {
      description: 'The early career programme replacing the ASYE for child and family social workers.',
    },
  },
});
registerEnumType(AsyeStatus, {
  name: 'AsyeStatus',
  description: 'Where an ASYE record stands.',
  valuesConfig: {
    IN_PROGRESS: { description: 'Running: reviews fall due and evidence is gathered.' },
    PAUSED: { description: 'Paused (illness, parental leave): its review dates move on for every day it stays paused.' },
    COMPLETED: { description: 'Completed after a passed final review; endedOn says when.' },
    WITHDRAWN: {
      description: 'Ended without completing (the practitioner left, or did not pass); another ASYE may then be started for them.',
    },
  },
});
registerEnumType(AsyeReviewPoint, {
  name: 'AsyeReviewPoint',
  description: 'Agreement meeting, 3-month, 6-month, optional 9-month and final (12-month) review.',
  valuesConfig: {
    AGREEMENT: { description: 'The agreement meeting that sets the year’s plan, due on the start date.' },
    THREE_MONTH: { description: 'The review due 3 months after the start, moved on by pauses.' },
    SIX_MONTH: { description: 'The review due 6 months after the start, moved on by pauses.' },
    NINE_MONTH: {
      description: 'The optional review due 9 months after the start, moved on by pauses; only when withNineMonthReview is set.',
    },
    FINAL: {
      description:
        'The final review, due 12 months after the start, moved on by pauses; it may be held up to four weeks early and decides the ASYE.',
    },
  },
});
registerEnumType(ReviewOutcome, {
  name: 'ReviewOutcome',
  description: 'What an ASYE review found.',
  valuesConfig: {
    ON_TRACK: { description: 'Progressing as expected.' },
    CONCERNS: { description: 'Progress gives cause for concern.' },
    PASSED: { description: 'Passed: a final review with this outcome lets the ASYE be completed.' },
    NOT_PASSED: { description: 'Not passed: after a final review with this outcome the ASYE cannot be completed, only withdrawn.' },
  },
});
registerEnumType(StageProgress, {
  name: 'StageProgress',
  description: 'How a practitioner stands in their current pathway stage, as of today.',
  valuesConfig: {
    ON_TRACK: { description: 'In the stage no longer than its expected months, not counting pauses.' },
    OVERDUE: { description: 'In the stage longer than its expected months, not counting pauses.' },
    PAUSED: { description: 'The enrolment is paused now.' },
  },
});
registerEnumType(PeriodKind, {
  name: 'PeriodKind',
  description: 'An academic year (1 August to 31 July) or a Social Work England registration year (1 December to 30 November).',
  valuesConfig: {
    ACADEMIC_YEAR: { description: 'An academic year, 1 August to 31 July, named like "2026/27".' },
    REGISTRATION_YEAR: { description: 'A Social Work England registration year, 1 December to 30 November, named by the year it ends in.' },
  },
});
registerEnumType(MentoringPurpose, {
  name: 'MentoringPurpose',
  description: 'What a mentoring relationship is for.',
  valuesConfig: {
    LEADERSHIP: { description: 'Developing as a leader in practice.' },
    CO_DELIVERY_OF_TEACHING: { description: 'Preparing to teach social work students alongside university staff.' },
    ASPIRING_MANAGER: { description: 'Preparing for a management post.' },
    OTHER: { description: 'Any other purpose.' },
  },
});
registerEnumType(CpdType, {
  name: 'CpdType',
  description: 'The kind of learning a piece of CPD was.',
  valuesConfig: {
    COURSE: { description: 'A course or training event.' },
    READING: { description: 'Reading: research, guidance or practice literature.' },
    SUPERVISION: { description: 'Learning from supervision.' },
    ACTION_LEARNING_SET: { description: 'An action learning set: a small group working through its members’ practice questions.' },
    TEACHING: { description: 'Teaching others, such as a session for social work students.' },
    CONFERENCE: { description: 'A conference or seminar.' },
    MASTERCLASS: { description: 'A masterclass.' },
    OTHER: { description: 'Any other learning.' },
  },
});
registerEnumType(PeerReflectionSetting, {
  name: 'PeerReflectionSetting',
  description: 'Where a piece of CPD was discussed with a peer.',
  valuesConfig: {
    SUPERVISION: { description: 'In supervision.' },
    TEAM_REFLECTION: { description: 'In a team’s reflective discussion.' },
    GROUP_SUPERVISION: { description: 'In group supervision.' },
    OTHER: { description: 'With a peer somewhere else.' },
  },
});
