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

export { PcfLevel } from '../../../pcf-level';

export enum Employment {
  PERMANENT = 'PERMANENT',
  AGENCY = 'AGENCY',
}

registerEnumType(Region, {
  name: 'Region',
  description: 'An English region (ONS).',
  valuesConfig: {
    NORTH_EAST: { description: 'North East.' },
    NORTH_WEST: { description: 'North West.' },
    YORKSHIRE_AND_THE_HUMBER: { description: 'Yorkshire and The Humber.' },
    EAST_MIDLANDS: { description: 'East Midlands.' },
    WEST_MIDLANDS: { description: 'West Midlands.' },
    EAST_OF_ENGLAND: { description: 'East of England.' },
    LONDON: { description: 'London.' },
    SOUTH_EAST: { description: 'South East.' },
    SOUTH_WEST: { description: 'South West.' },
  },
});
registerEnumType(OfstedRating, {
  name: 'OfstedRating',
  description: "The overall grade of the council's last inspection.",
  valuesConfig: {
    OUTSTANDING: { description: 'Outstanding: the highest grade.' },
    GOOD: { description: 'Good.' },
    REQUIRES_IMPROVEMENT: { description: 'Requires improvement to be good.' },
    INADEQUATE: { description: 'Inadequate: the lowest grade, with serious failures.' },
  },
});
registerEnumType(ServiceArea, {
  name: 'ServiceArea',
  description: 'The area of social work a council team works in.',
  valuesConfig: {
    CHILDREN_AND_FAMILIES: { description: "Children and families: assessment and support, including children's assessment teams." },
    CHILD_PROTECTION: { description: 'Child protection: enquiries and plans for children at risk of significant harm.' },
    CHILDREN_IN_CARE: { description: 'Children in care (looked-after children).' },
    FOSTERING_AND_ADOPTION: { description: 'Fostering and adoption: recruiting, assessing and supporting carers and adopters.' },
    LEAVING_CARE: { description: 'Leaving care: support for care leavers.' },
    ADULTS: { description: "Adults' social work: assessment and support under the Care Act." },
    MENTAL_HEALTH: { description: 'Mental health.' },
    LEARNING_DISABILITIES: { description: 'Learning disabilities.' },
    HOSPITAL_DISCHARGE: { description: 'Hospital discharge: planning care and support for people leaving hospital.' },
    WORKFORCE_DEVELOPMENT: { description: 'Workforce development: learning and development for social workers and students.' },
    OTHER: { description: 'Any other service area.' },
  },
});
registerEnumType(PractitionerRole, {
  name: 'PractitionerRole',
  description: 'The post a practitioner holds.',
  valuesConfig: {
    NEWLY_QUALIFIED_SOCIAL_WORKER: {
      description: 'A newly qualified social worker, usually in their assessed and supported year in employment (ASYE).',
    },
    SOCIAL_WORKER: { description: 'A social worker.' },
    SENIOR_SOCIAL_WORKER: { description: 'A senior social worker.' },
    ADVANCED_PRACTITIONER: { description: 'An advanced practitioner: a senior practice post above senior social worker.' },
    PRACTICE_SUPERVISOR: { description: 'A practice supervisor, who supervises other social workers’ practice.' },
    TEAM_MANAGER: { description: 'A team manager.' },
    SERVICE_MANAGER: { description: 'A service manager, over several teams.' },
    PRINCIPAL_SOCIAL_WORKER: { description: "The council's principal social worker, who leads on practice quality." },
  },
});
registerEnumType(Employment, {
  name: 'Employment',
  description: 'Employed by the council, or supplied by an agency.',
  valuesConfig: {
    PERMANENT: { description: 'Employed by the council directly.' },
    AGENCY: { description: 'Supplied by an agency (a locum), not employed by the council.' },
  },
});
