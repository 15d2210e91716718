/** The closed sets of the universities subgraph. Values are their own names, as stored. */
import { registerEnumType } from 'type-graphql';

export enum ProgrammeRoute {
  BA = 'BA',
  MA = 'MA',
  STEP_UP = 'STEP_UP',
  APPRENTICESHIP = 'APPRENTICESHIP',
  OTHER = 'OTHER',
}

/** Where a student is on the Professional Capabilities Framework's qualifying levels. */
export enum StudentStage {
  ENTRY = 'ENTRY',
  READINESS_FOR_DIRECT_PRACTICE = 'READINESS_FOR_DIRECT_PRACTICE',
  END_OF_FIRST_PLACEMENT = 'END_OF_FIRST_PLACEMENT',
  END_OF_LAST_PLACEMENT = 'END_OF_LAST_PLACEMENT',
}

export enum StudentStatus {
  STUDYING = 'STUDYING',
  INTERRUPTED = 'INTERRUPTED',
  WITHDRAWN = 'WITHDRAWN',
  QUALIFIED = 'QUALIFIED',
}

export enum TeachingSessionKind {
  SEMINAR = 'SEMINAR',
  LECTURE = 'LECTURE',
  MASTERCLASS = 'MASTERCLASS',
  WORKSHOP = 'WORKSHOP',
  CONFERENCE_SESSION = 'CONFERENCE_SESSION',
}

export enum ShadowingKind {
  CASE_SHADOWING = 'CASE_SHADOWING',
  LEADERSHIP_TEAM = 'LEADERSHIP_TEAM',
  PRACTICE_OBSERVATION = 'PRACTICE_OBSERVATION',
}

export enum ShadowingStatus {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

/** Which side of the partnership cancelled a shadowing visit. */
export enum ShadowingSide {
  UNIVERSITY = 'UNIVERSITY',
  COUNCIL = 'COUNCIL',
}

registerEnumType(ProgrammeRoute, {
  name: 'ProgrammeRoute',
  description: 'The route to qualification a programme offers.',
  valuesConfig: {
    BA: { description: 'An undergraduate degree in social work.' },
    MA: { description: 'A postgraduate master’s degree in social work.' },
    STEP_UP: { description: 'Step Up to Social Work: the accelerated postgraduate route into children’s social work.' },
    APPRENTICESHIP: { description: 'The social worker degree apprenticeship, studied while in paid work.' },
    OTHER: { description: 'Any other qualifying route.' },
  },
});
registerEnumType(StudentStage, {
  name: 'StudentStage',
  description: 'The PCF qualifying level a student has reached: entry, readiness for direct practice, end of first or of last placement.',
  valuesConfig: {
    ENTRY: { description: 'At entry to the programme; where a student starts unless another stage is given.' },
    READINESS_FOR_DIRECT_PRACTICE: { description: 'Assessed as ready for direct practice, before the first placement.' },
    END_OF_FIRST_PLACEMENT: { description: 'At the level expected at the end of the first placement.' },
    END_OF_LAST_PLACEMENT: { description: 'At the level expected at the end of the last placement, ready to qualify.' },
  },
});
registerEnumType(StudentStatus, {
  name: 'StudentStatus',
  description: 'Where a student is with their programme. A record can be erased only once they have QUALIFIED or WITHDRAWN.',
  valuesConfig: {
    STUDYING: { description: 'On the programme; every new student starts here.' },
    INTERRUPTED: { description: 'On an agreed break from the programme; still enrolled.' },
    WITHDRAWN: { description: 'Left the programme without qualifying.' },
    QUALIFIED: { description: 'Completed the programme and qualified as a social worker.' },
  },
});
registerEnumType(TeachingSessionKind, {
  name: 'TeachingSessionKind',
  description: 'The format of a teaching session.',
  valuesConfig: {
    SEMINAR: { description: 'A small-group, discussion-based session.' },
    LECTURE: { description: 'A taught session for a whole class or cohort.' },
    MASTERCLASS: { description: 'An in-depth session on a specialist topic.' },
    WORKSHOP: { description: 'A practical, skills-based session.' },
    CONFERENCE_SESSION: { description: 'A session within a conference.' },
  },
});
registerEnumType(ShadowingKind, {
  name: 'ShadowingKind',
  description: 'What a lecturer does in practice: shadow casework, join a leadership team, or observe practice.',
  valuesConfig: {
    CASE_SHADOWING: { description: 'Shadowing a practitioner in their casework.' },
    LEADERSHIP_TEAM: { description: 'Joining the council’s leadership team in its work.' },
    PRACTICE_OBSERVATION: { description: 'Observing practice in a team or service.' },
  },
});
registerEnumType(ShadowingStatus, {
  name: 'ShadowingStatus',
  description: 'REQUESTED → APPROVED or DECLINED by the host council → COMPLETED; CANCELLED by either side before the visit.',
  valuesConfig: {
    REQUESTED: { description: 'Asked for by the university; waiting for the host council to approve or decline it.' },
    APPROVED: { description: 'Approved by the host council; it can be completed from the day of the visit.' },
    DECLINED: { description: 'Declined by the host council, with a reason. Final.' },
    COMPLETED: { description: 'Done, with the hours spent in practice and what the lecturer learnt. Final.' },
    CANCELLED: { description: 'Called off by either side before the day of the visit had passed. Final.' },
  },
});
registerEnumType(ShadowingSide, {
  name: 'ShadowingSide',
  description: 'Which side of the partnership cancelled a shadowing visit.',
  valuesConfig: {
    UNIVERSITY: { description: 'The lecturer or an admin of their university.' },
    COUNCIL: { description: 'An admin of the host council.' },
  },
});
