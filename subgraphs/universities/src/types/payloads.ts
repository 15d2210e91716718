/** The payloads of this subgraph's mutations. */
import { Field, ObjectType } from 'type-graphql';
import { UserError } from '#hub/shared/errors';
import { PayloadType } from '#hub/shared/payload';
import { MembershipStatus } from '../../../membership-consent';
import { Lecturer } from '../entities/lecturer.entity';
import { Programme } from '../entities/programme.entity';
import { ShadowingVisit } from '../entities/shadowing-visit.entity';
import { Student } from '../entities/student.entity';
import { TeachingAgreement } from '../entities/teaching-agreement.entity';
import { TeachingSession } from '../entities/teaching-session.entity';
import { University } from '../entities/university.entity';

export const UniversityPayload = PayloadType(University, 'university', 'UniversityPayload');
export const ProgrammePayload = PayloadType(Programme, 'programme', 'ProgrammePayload');
export const StudentPayload = PayloadType(Student, 'student', 'StudentPayload');
export const LecturerPayload = PayloadType(Lecturer, 'lecturer', 'LecturerPayload');
export const TeachingSessionPayload = PayloadType(TeachingSession, 'teachingSession', 'TeachingSessionPayload');
export const TeachingAgreementPayload = PayloadType(TeachingAgreement, 'teachingAgreement', 'TeachingAgreementPayload');
export const ShadowingVisitPayload = PayloadType(ShadowingVisit, 'shadowingVisit', 'ShadowingVisitPayload');

@ObjectType({
  description:
    'What partnershipAddUniversity or partnershipRemoveUniversity wrote: where the university now stands, or why it was refused.',
})
export class PartnershipUniversityPayload {
  @Field(() => University, { nullable: true, description: 'The university; null when userErrors is not empty.' })
  university: University | null;

  @Field(() => MembershipStatus, {
    nullable: true,
    description: 'Where the university stands with the partnership now; null when userErrors is not empty.',
  })
  status: MembershipStatus | null;

  @Field(() => [UserError], { description: 'Why the input was refused, every problem at once; empty when it was written.' })
  userErrors: UserError[];
}
