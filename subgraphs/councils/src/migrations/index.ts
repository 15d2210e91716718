/** The councils subgraph's migrations, oldest first. */
import type { MigrationClass } from '#hub/shared/database';
import { CreateCouncils1795427165560 } from './1795427165560-CreateCouncils';
import { MoveUniversityMembershipOut1795438900000 } from './1795438900000-MoveUniversityMembershipOut';
import { AuditLog1795447800000 } from './1795447800000-AuditLog';
import { AddMembershipRequests1796217221939 } from './1796217221939-AddMembershipRequests';
import { AuditErasureCounts1796400000000 } from './1796400000000-AuditErasureCounts';
import { IdempotencyKeys1797000000000 } from './1797000000000-IdempotencyKeys';

export const migrations: MigrationClass[] = [
  CreateCouncils1795427165560,
  MoveUniversityMembershipOut1795438900000,
  AuditLog1795447800000,
  AddMembershipRequests1796217221939,
  AuditErasureCounts1796400000000,
  IdempotencyKeys1797000000000,
];
