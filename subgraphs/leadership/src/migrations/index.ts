/** The leadership subgraph's migrations, oldest first. */
import type { MigrationClass } from '#hub/shared/database';
import { CreateLeadership1795444274474 } from './1795444274474-CreateLeadership';
import { OneRunningAsyeAndEnrolment1795445088930 } from './1795445088930-OneRunningAsyeAndEnrolment';
import { AuditLog1795447800000 } from './1795447800000-AuditLog';
import { AuditErasureCounts1796400000000 } from './1796400000000-AuditErasureCounts';
import { IdempotencyKeys1797000000000 } from './1797000000000-IdempotencyKeys';
import { LeadershipAgreements1797100000000 } from './1797100000000-LeadershipAgreements';

export const migrations: MigrationClass[] = [
  CreateLeadership1795444274474,
  OneRunningAsyeAndEnrolment1795445088930,
  AuditLog1795447800000,
  AuditErasureCounts1796400000000,
  IdempotencyKeys1797000000000,
  LeadershipAgreements1797100000000,
];
