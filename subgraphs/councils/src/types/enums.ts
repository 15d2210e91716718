/**
 * The closed sets of the councils subgraph. Each value is stored as its own name, so the
 * database, the GraphQL enum and the TypeScript enum read the same.
 */
import { registerEnumType } from 'type-graphql';

export enum Region {
  NORTH_EAST = 'NORTH_EAST',
  NORTH_WEST = 'NORTH_WEST',
  YORKSHIRE_AND_THE_HUMBER = 'YORKSHIRE_AND_THE_HUMBER',
  EAST_MIDLANDS = 'EAST_MIDLANDS',
  WEST_MIDLANDS = 'WEST_MIDLANDS',
  EAST_OF_ENGLAND = 'EAST_OF_ENGLAND',
  LONDON = 'LONDON',
  SOUTH_EAST = 'SOUTH_EAST',
  SOUTH_WEST = 'SOUTH_WEST',
}

export enum OfstedRating {
  OUTSTANDING = 'OUTSTANDING',
  GOOD = 'GOOD',
  REQUIRES_IMPROVEMENT = 'REQUIRES_IMPROVEMENT',
  INADEQUATE = 'INADEQUATE',
}

export enum ServiceArea {
  CHILDREN_AND_FAMILIES = 'CHILDREN_AND_FAMILIES',
  CHILD_PROTECTION = 'CHILD_PROTECTION',
  CHILDREN_IN_CARE = 'CHILDREN_IN_CARE',
  FOSTERING_AND_ADOPTION = 'FOSTERING_AND_ADOPTION',
  LEAVING_CARE = 'LEAVING_CARE',
  ADULTS = 'ADULTS',
  MENTAL_HEALTH = 'MENTAL_HEALTH',
  LEARNING_DISABILITIES = 'LEARNING_DISABILITIES',
  HOSPITAL_DISCHARGE = 'HOSPITAL_DISCHARGE',
  WORKFORCE_DEVELOPMENT = 'WORKFORCE_DEVELOPMENT',
  OTHER = 'OTHER',
}

export enum PractitionerRole {
  NEWLY_QUALIFIED_SOCIAL_WORKER = 'NEWLY_QUALIFIED_SOCIAL_WORKER',
  SOCIAL_WORKER = 'SOCIAL_WORKER',
  SENIOR_SOCIAL_WORKER = 'SENIOR_SOCIAL_WORKER',
  ADVANCED_PRACTITIONER = 'ADVANCED_PRACTITIONER',
  PRACTICE_SUPERVISOR = 'PRACTICE_SUPERVISOR',
  TEAM_MANAGER = 'TEAM_MANAGER',
  SERVICE_MANAGER = 'SERVICE_MANAGER',
  PRINCIPAL_SOCIAL_WORKER = 'PRINCIPAL_SOCIAL_WORKER',
}

/** The nine levels of the Professional Capabilities Framework, in order. */
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

export enum Employment {
  PERMANENT = 'PERMANENT',
  AGENCY = 'AGENCY',
}

registerEnumType(Region, { name: 'Region', description: 'An English region (ONS).' });
registerEnumType(OfstedRating, { name: 'OfstedRating', description: "The overall grade of the council's last inspection." });
registerEnumType(ServiceArea, { name: 'ServiceArea' });
registerEnumType(PractitionerRole, { name: 'PractitionerRole', description: 'The post a practitioner holds.' });
registerEnumType(PcfLevel, { name: 'PcfLevel', description: 'A level of the Professional Capabilities Framework.' });
registerEnumType(Employment, { name: 'Employment', description: 'Employed by the council, or supplied by an agency.' });
