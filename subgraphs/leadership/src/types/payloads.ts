/** The payloads of this subgraph's mutations. */
import { PayloadType } from '#hub/shared/payload';
import { AsyeRecord } from '../entities/asye-record.entity';
import { CpdRecord } from '../entities/cpd-record.entity';
import { KssStandard } from '../entities/kss-standard.entity';
import { LeadershipAgreement } from '../entities/leadership-agreement.entity';
import { LeadershipSettings } from '../entities/leadership-settings.entity';
import { MentoringSession } from '../entities/mentoring-session.entity';
import { MentoringRelationship } from '../entities/mentoring-relationship.entity';
import { PathwayEnrolment } from '../entities/pathway-enrolment.entity';
import { Pathway } from '../entities/pathway.entity';

export const KssStandardPayload = PayloadType(KssStandard, 'kssStandard', 'KssStandardPayload');
export const PathwayPayload = PayloadType(Pathway, 'pathway', 'PathwayPayload');
export const PathwayEnrolmentPayload = PayloadType(PathwayEnrolment, 'enrolment', 'PathwayEnrolmentPayload');
export const AsyeRecordPayload = PayloadType(AsyeRecord, 'asyeRecord', 'AsyeRecordPayload');
export const MentoringRelationshipPayload = PayloadType(MentoringRelationship, 'mentoringRelationship', 'MentoringRelationshipPayload');
export const MentoringSessionPayload = PayloadType(MentoringSession, 'mentoringSession', 'MentoringSessionPayload');
export const CpdRecordPayload = PayloadType(CpdRecord, 'cpdRecord', 'CpdRecordPayload');
export const LeadershipAgreementPayload = PayloadType(LeadershipAgreement, 'leadershipAgreement', 'LeadershipAgreementPayload');
export const LeadershipSettingsPayload = PayloadType(LeadershipSettings, 'leadershipSettings', 'LeadershipSettingsPayload');
