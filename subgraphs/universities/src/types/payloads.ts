/** The payloads of this subgraph's mutations. */
import { PayloadType } from '#hub/shared/payload';
import { Lecturer } from '../entities/lecturer.entity';
import { Programme } from '../entities/programme.entity';
import { ShadowingVisit } from '../entities/shadowing-visit.entity';
import { Student } from '../entities/student.entity';
import { TeachingSession } from '../entities/teaching-session.entity';
import { University } from '../entities/university.entity';

export const UniversityPayload = PayloadType(University, 'university', 'UniversityPayload');
export const ProgrammePayload = PayloadType(Programme, 'programme', 'ProgrammePayload');
export const StudentPayload = PayloadType(Student, 'student', 'StudentPayload');
export const LecturerPayload = PayloadType(Lecturer, 'lecturer', 'LecturerPayload');
export const TeachingSessionPayload = PayloadType(TeachingSession, 'teachingSession', 'TeachingSessionPayload');
export const ShadowingVisitPayload = PayloadType(ShadowingVisit, 'shadowingVisit', 'ShadowingVisitPayload');
