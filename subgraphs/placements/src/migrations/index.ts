/** The placements subgraph's migrations, oldest first. */
import type { MigrationClass } from '#hub/shared/database';
import { CreatePlacements1795441104321 } from './1795441104321-CreatePlacements';
import { AuditLog1795447800000 } from './1795447800000-AuditLog';
import { AuditErasureCounts1796400000000 } from './1796400000000-AuditErasureCounts';
import { IdempotencyKeys1797000000000 } from './1797000000000-IdempotencyKeys';

export const migrations: MigrationClass[] = [
  CreatePlacements1795441104321,
  AuditLog1795447800000,
  AuditErasureCounts1796400000000,
  IdempotencyKeys1797000000000,
];
