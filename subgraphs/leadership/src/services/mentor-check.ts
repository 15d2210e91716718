/**
 * Checks the mentor a new mentoring relationship names against the register that owns them: a
 * practitioner on the councils register as the caller sees it, or a lecturer on the universities
 * register, of a university in a partnership with the mentee's council.
 */
import type { UserErrors } from '#hub/shared/errors';
import { isUuid } from '#hub/shared/input-checks';
import type { LeadershipContext } from '../context';
import { checkMentorLecturer } from '../rules/mentoring';
import type { MentoringStartInput } from '../types/mentoring-relationship.inputs';
import { partnershipsOfCouncil } from './councils-register';
import { checkPractitionerOnRegister } from './practitioner-council';
import { partnershipsOfLecturer } from './universities-register';

export async function checkMentor(input: MentoringStartInput, context: LeadershipContext, errors: UserErrors): Promise<void> {
  const { mentorPractitionerId, mentorLecturerId, menteeCouncilId } = input;
  if (mentorPractitionerId) await checkPractitionerOnRegister(mentorPractitionerId, 'mentorPractitionerId', context, errors);
  if (!mentorLecturerId) return;
  if (!isUuid(mentorLecturerId)) {
    errors.add('mentorLecturerId', 'INVALID_ID', `mentorLecturerId must be an id (a UUID); got "${mentorLecturerId}".`);
    return;
  }
  const [universityPartnerships, councilPartnerships] = await Promise.all([
    partnershipsOfLecturer(mentorLecturerId, context),
    partnershipsOfCouncil(menteeCouncilId, context),
  ]);
  checkMentorLecturer(errors, mentorLecturerId, universityPartnerships, councilPartnerships ?? []);
}
