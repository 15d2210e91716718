/** Wires the universities subgraph together: its types, resolvers, tables and migrations. */
import { resolveDataExportReference } from '#hub/shared/data-subject-export';
import { resolveByIdReference, resolvePartnershipReference } from '#hub/shared/entity-references';
import type { SubgraphDefinition } from '#hub/shared/subgraph';
import { Lecturer } from './entities/lecturer.entity';
import { Programme } from './entities/programme.entity';
import { SessionAttendance } from './entities/session-attendance.entity';
import { SessionFacilitator } from './entities/session-facilitator.entity';
import { ShadowingVisit } from './entities/shadowing-visit.entity';
import { Student } from './entities/student.entity';
import { TeachingAgreement } from './entities/teaching-agreement.entity';
import { TeachingSession } from './entities/teaching-session.entity';
import { UniversityMembershipRequest } from './entities/university-membership-request.entity';
import { UniversityPartnership } from './entities/university-partnership.entity';
import { University } from './entities/university.entity';
import { createUniversitiesLoaders, type UniversitiesLoaders } from './loaders';
import { migrations } from './migrations';
import { CouncilUniversitiesResolver } from './resolvers/council-universities.resolver';
import { resolveLecturerReference } from './resolvers/lecturer.reference';
import { LecturerResolver } from './resolvers/lecturer.resolver';
import { PartnershipUniversitiesResolver } from './resolvers/partnership-universities.resolver';
import { TeachingAgreementResolver } from './resolvers/teaching-agreement.resolver';
import { CoDeliveringPractitionersResolver } from './resolvers/co-delivering-practitioners.resolver';
import { PractitionerDataErasureUniversitiesResolver } from './resolvers/practitioner-data-erasure-universities.resolver';
import { PractitionerDataExportUniversitiesResolver } from './resolvers/practitioner-data-export-universities.resolver';
import { PractitionerUniversitiesResolver } from './resolvers/practitioner-universities.resolver';
import { ProgrammeResolver } from './resolvers/programme.resolver';
// The schema lists each resolver's fields in the order their modules load: the sessions' before the visits', as supergraph.graphql has them.
import { TeachingSessionResolver } from './resolvers/teaching-session.resolver';
import { TeachingSessionAttendanceResolver } from './resolvers/teaching-session-attendance.resolver';
import { ShadowingVisitResolver } from './resolvers/shadowing-visit.resolver';
import { StudentDataErasureUniversitiesResolver } from './resolvers/student-data-erasure-universities.resolver';
import { StudentDataExportResolver } from './resolvers/student-data-export.resolver';
import { resolveStudentReference } from './resolvers/student.reference';
import { StudentResolver } from './resolvers/student.resolver';
import { UniversityMembershipRequestResolver } from './resolvers/university-membership-request.resolver';
import { resolveUniversityReference } from './resolvers/university.reference';
import { UniversityResolver } from './resolvers/university.resolver';
import { seedDemoUniversity } from './seed/demo';
import { PractitionerDataExport } from './types/practitioner-data-export';

export const subgraph: SubgraphDefinition<UniversitiesLoaders> = {
  name: 'universities',
  resolvers: [
    UniversityResolver,
    ProgrammeResolver,
    StudentResolver,
    LecturerResolver,
    TeachingSessionResolver,
    TeachingSessionAttendanceResolver,
    ShadowingVisitResolver,
    CouncilUniversitiesResolver,
    PractitionerUniversitiesResolver,
    PartnershipUniversitiesResolver,
    TeachingAgreementResolver,
    CoDeliveringPractitionersResolver,
    UniversityMembershipRequestResolver,
    PractitionerDataExportUniversitiesResolver,
    PractitionerDataErasureUniversitiesResolver,
    StudentDataExportResolver,
    StudentDataErasureUniversitiesResolver,
  ],
  // Nothing here returns it, so it must be named for the section this subgraph adds to be served.
  orphanedTypes: [PractitionerDataExport],
  referenceResolvers: {
    University: resolveUniversityReference,
    Student: resolveStudentReference,
    Lecturer: resolveLecturerReference,
    Council: resolveByIdReference,
    Practitioner: resolveByIdReference,
    Partnership: resolvePartnershipReference,
    PractitionerDataExport: resolveByIdReference,
    StudentDataExport: resolveDataExportReference,
  },
  entities: [
    University,
    UniversityPartnership,
    UniversityMembershipRequest,
    Programme,
    Student,
    Lecturer,
    TeachingSession,
    SessionFacilitator,
    SessionAttendance,
    ShadowingVisit,
    TeachingAgreement,
  ],
  migrations,
  createLoaders: createUniversitiesLoaders,
  seedDemoData: seedDemoUniversity,
};
