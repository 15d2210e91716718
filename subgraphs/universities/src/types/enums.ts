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

registerEnumType(ProgrammeRoute, { name: 'ProgrammeRoute', description: 'The route to qualification a programme offers.' });
registerEnumType(StudentStage, {
  name: 'StudentStage',
  description: 'The PCF qualifying level a student has reached: entry, readiness for direct practice, end of first or of last placement.',
});
registerEnumType(StudentStatus, { name: 'StudentStatus' });
registerEnumType(TeachingSessionKind, { name: 'TeachingSessionKind' });
registerEnumType(ShadowingKind, {
  name: 'ShadowingKind',
  description: 'What a lecturer does in practice: shadow casework, join a leadership team, or observe practice.',
});
registerEnumType(ShadowingStatus, {
  name: 'ShadowingStatus',
  description: 'REQUESTED → APPROVED or DECLINED by the host council → COMPLETED; CANCELLED by either side before the visit.',
});
registerEnumType(ShadowingSide, { name: 'ShadowingSide' });
