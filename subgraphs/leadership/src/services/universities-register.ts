/**
 * Asks the universities subgraph's register, which owns lecturers and teaching sessions, with the
 * caller's own token. Both are open to every signed-in user but dashboards, so nothing here is
 * hidden from the caller; what a lecturer's or a session's university is, and which partnerships
 * it is a member of, is the register's to say.
 */
import { dateInEngland } from '#hub/shared/clock';
import { isUuid } from '#hub/shared/input-checks';
import type { LeadershipContext } from '../context';
import type { TeachingSessionFacts } from '../rules/cpd-record';

const LECTURER = 'query ($id: ID!) { lecturer(id: $id) { university { partnerships { id } } } }';
const TEACHING_SESSION = 'query ($id: ID!) { teachingSession(id: $id) { startsAt cancelled university { partnerships { id } } } }';

type UniversityPartnerships = { university: { partnerships: { id: string }[] } };
const ids = (university: UniversityPartnerships['university']) => university.partnerships.map((partnership) => partnership.id);

/** The partnerships of the lecturer's university; null when no lecturer has this id. */
export async function partnershipsOfLecturer(lecturerId: string, { peers }: LeadershipContext): Promise<string[] | null> {
  if (!isUuid(lecturerId)) return null;
  const register = await peers<{ lecturer: UniversityPartnerships | null }>('universities', LECTURER, { id: lecturerId });
  return register.lecturer ? ids(register.lecturer.university) : null;
}

/** The session as the register has it, dated by its day in England; null when no session has this id. */
export async function teachingSessionFacts(sessionId: string, { peers }: LeadershipContext): Promise<TeachingSessionFacts | null> {
  if (!isUuid(sessionId)) return null;
  const register = await peers<{ teachingSession: (UniversityPartnerships & { startsAt: string; cancelled: boolean }) | null }>(
    'universities',
    TEACHING_SESSION,
    { id: sessionId },
  );
  const session = register.teachingSession;
  if (!session) return null;
  return {
    heldOn: dateInEngland(new Date(session.startsAt)),
    cancelled: session.cancelled,
    universityPartnershipIds: ids(session.university),
  };
}
