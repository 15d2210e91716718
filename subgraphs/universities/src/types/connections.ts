/** Connection types for the paginated lists of this subgraph. */
import { ConnectionType } from '#hub/shared/pagination';
import { Lecturer } from '../entities/lecturer.entity';
import { ShadowingVisit } from '../entities/shadowing-visit.entity';
import { Student } from '../entities/student.entity';
import { TeachingSession } from '../entities/teaching-session.entity';
import { University } from '../entities/university.entity';

export const UniversityConnection = ConnectionType(University, 'University');
export const StudentConnection = ConnectionType(Student, 'Student');
export const LecturerConnection = ConnectionType(Lecturer, 'Lecturer');
export const TeachingSessionConnection = ConnectionType(TeachingSession, 'TeachingSession');
export const ShadowingVisitConnection = ConnectionType(ShadowingVisit, 'ShadowingVisit');
