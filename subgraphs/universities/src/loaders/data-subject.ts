/**
 * The rows a data-subject export reads: everything held about one person, per person, in one
 * statement per kind of row however many people a request names.
 */
import type { DataSource } from 'typeorm';
import { createGroupedLoader } from '#hub/shared/loaders';
import { SessionAttendance } from '../entities/session-attendance.entity';
import { SessionFacilitator } from '../entities/session-facilitator.entity';
import { ShadowingVisit } from '../entities/shadowing-visit.entity';

export function createDataSubjectLoaders(dataSource: DataSource) {
  const attendances = dataSource.getRepository(SessionAttendance);
  return {
    facilitationsByPractitioner: createGroupedLoader(dataSource.getRepository(SessionFacilitator), 'practitionerId', 'id'),
    attendancesByPractitioner: createGroupedLoader(attendances, 'practitionerId', 'recordedAt'),
    attendancesByStudent: createGroupedLoader(attendances, 'studentId', 'recordedAt'),
    visitsHostedByPractitioner: createGroupedLoader(dataSource.getRepository(ShadowingVisit), 'hostPractitionerId', 'visitOn'),
  };
}
