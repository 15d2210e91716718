/**
 * The universities subgraph's per-request loaders: built afresh for every request by the context
 * factory, so each batches that request's look-ups and caches nothing beyond it.
 */
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Principal } from '#hub/shared/auth';
import {
  createByColumnLoader,
  createChildPageLoader,
  createGroupedLoader,
  createPartnershipYearLoader,
  groupedInKeyOrder,
} from '#hub/shared/loaders';
import { Lecturer } from '../entities/lecturer.entity';
import { Programme } from '../entities/programme.entity';
import { SessionAttendance } from '../entities/session-attendance.entity';
import { SessionFacilitator } from '../entities/session-facilitator.entity';
import { TeachingAgreement } from '../entities/teaching-agreement.entity';
import { ShadowingVisit } from '../entities/shadowing-visit.entity';
import { Student } from '../entities/student.entity';
import { TeachingSession } from '../entities/teaching-session.entity';
import { UniversityMembershipRequest } from '../entities/university-membership-request.entity';
import { UniversityPartnership } from '../entities/university-partnership.entity';
import { University } from '../entities/university.entity';
import { UniversityScope } from '../scope';
import { createDataSubjectLoaders } from './data-subject';
import { createTeachingFigureLoaders } from './teaching-figures';

export type UniversitiesLoaders = ReturnType<typeof createUniversitiesLoaders>;

/** How many students and practitioners a session has recorded. */
export interface AttendanceCount {
  readonly students: number;
  readonly practitioners: number;
}

export function createUniversitiesLoaders(dataSource: DataSource, principal: Principal) {
  const memberships = dataSource.getRepository(UniversityPartnership);
  const requests = dataSource.getRepository(UniversityMembershipRequest);
  const visits = dataSource.getRepository(ShadowingVisit);
  const scope = new UniversityScope(principal, memberships);
  const visibleVisits = () =>
    scope.visiblePlaceCondition({ universityId: 'child.university_id', councilId: 'child.council_id', lecturerId: 'child.lecturer_id' });

  return {
    scope,
    universityById: createByColumnLoader(dataSource.getRepository(University)),
    universityByUkprn: createByColumnLoader(dataSource.getRepository(University), 'ukprn'),
    programmeById: createByColumnLoader(dataSource.getRepository(Programme)),
    studentById: createByColumnLoader(dataSource.getRepository(Student)),
    lecturerById: createByColumnLoader(dataSource.getRepository(Lecturer)),
    sessionById: createByColumnLoader(dataSource.getRepository(TeachingSession)),
    visitById: createByColumnLoader(visits),
    programmesByUniversity: createGroupedLoader(dataSource.getRepository(Programme), 'universityId', 'name'),
    facilitatorsBySession: createGroupedLoader(dataSource.getRepository(SessionFacilitator), 'sessionId', 'id'),
    attendeesBySession: createGroupedLoader(dataSource.getRepository(SessionAttendance), 'sessionId', 'recordedAt'),
    attendanceCountBySession: new DataLoader<string, AttendanceCount>(async (sessionIds) => {
      const rows = await dataSource
        .getRepository(SessionAttendance)
        .createQueryBuilder('attendance')
        .select('attendance.sessionId', 'sessionId')
        .addSelect('COUNT(attendance.studentId)::int', 'students')
        .addSelect('COUNT(attendance.practitionerId)::int', 'practitioners')
        .where('attendance.sessionId IN (:...sessionIds)', { sessionIds })
        .groupBy('attendance.sessionId')
        .getRawMany<AttendanceCount & { sessionId: string }>();
      const bySession = new Map(rows.map((row) => [row.sessionId, row]));
      return sessionIds.map((id) => bySession.get(id) ?? { students: 0, practitioners: 0 });
    }),
    universityIdsByPartnership: new DataLoader<string, string[]>(async (partnershipIds) => {
      const rows = await memberships
        .createQueryBuilder('membership')
        .innerJoin('membership.university', 'university')
        .where('membership.partnershipId IN (:...partnershipIds)', { partnershipIds })
        .orderBy('university.name')
        .getMany();
      return groupedInKeyOrder(partnershipIds, rows, (row) => row.partnershipId).map((group) => group.map((row) => row.universityId));
    }),
    partnershipIdsByUniversity: new DataLoader<string, string[]>(async (universityIds) => {
      const rows = await memberships
        .createQueryBuilder('membership')
        .where('membership.universityId IN (:...universityIds)', { universityIds })
        .orderBy('membership.joinedAt')
        .addOrderBy('membership.partnershipId')
        .getMany();
      return groupedInKeyOrder(universityIds, rows, (row) => row.universityId).map((group) => group.map((row) => row.partnershipId));
    }),
    // Asks waiting for the other side: by university name for a partnership; oldest first for a
    // university, as partnerships' names are the councils subgraph's.
    membershipRequestsByPartnership: new DataLoader<string, UniversityMembershipRequest[]>(async (partnershipIds) => {
      const rows = await requests
        .createQueryBuilder('request')
        .innerJoin('request.university', 'university')
        .where('request.partnershipId IN (:...partnershipIds)', { partnershipIds })
        .orderBy('university.name')
        .addOrderBy('university.id')
        .getMany();
      return groupedInKeyOrder(partnershipIds, rows, (row) => row.partnershipId);
    }),
    membershipRequestsByUniversity: new DataLoader<string, UniversityMembershipRequest[]>(async (universityIds) => {
      const rows = await requests
        .createQueryBuilder('request')
        .where('request.universityId IN (:...universityIds)', { universityIds })
        .orderBy('request.askedAt')
        .addOrderBy('request.partnershipId')
        .getMany();
      return groupedInKeyOrder(universityIds, rows, (row) => row.universityId);
    }),
    studentsByUniversity: createChildPageLoader({
      repository: dataSource.getRepository(Student),
      parentProperty: 'universityId',
      sortProperty: 'familyName',
    }),
    lecturersByUniversity: createChildPageLoader({
      repository: dataSource.getRepository(Lecturer),
      parentProperty: 'universityId',
      sortProperty: 'familyName',
    }),
    visibleVisitsByCouncil: createChildPageLoader({
      repository: visits,
      parentProperty: 'councilId',
      sortProperty: 'visitOn',
      condition: visibleVisits,
    }),
    visibleVisitsByLecturer: createChildPageLoader({
      repository: visits,
      parentProperty: 'lecturerId',
      sortProperty: 'visitOn',
      condition: visibleVisits,
    }),
    ...createTeachingFigureLoaders(dataSource, scope),
    dataSubject: createDataSubjectLoaders(dataSource),
    teachingAgreementByPartnershipYear: createPartnershipYearLoader(dataSource.getRepository(TeachingAgreement)),
  };
}
