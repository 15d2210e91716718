/** The universities subgraph's migrations, oldest first. */
import type { MigrationClass } from '#hub/shared/database';
import { CreateUniversities1795439036302 } from './1795439036302-CreateUniversities';
import { AuditLog1795447800000 } from './1795447800000-AuditLog';
import { AddMembershipRequests1796217503342 } from './1796217503342-AddMembershipRequests';
import { AuditErasureCounts1796400000000 } from './1796400000000-AuditErasureCounts';
import { IdempotencyKeys1797000000000 } from './1797000000000-IdempotencyKeys';
import { TeachingAgreements1797100000000 } from './1797100000000-TeachingAgreements';

export const migrations: MigrationClass[] = [
  CreateUniversities1795439036302,
  AuditLog1795447800000,
  AddMembershipRequests1796217503342,
  AuditErasureCounts1796400000000,
  IdempotencyKeys1797000000000,
  TeachingAgreements1797100000000,
];
