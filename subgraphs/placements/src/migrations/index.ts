/** The placements subgraph's migrations, oldest first. */
import type { MigrationClass } from '#hub/shared/database';
import { CreatePlacements1795441104321 } from './1795441104321-CreatePlacements';
import { AuditLog1795447800000 } from './1795447800000-AuditLog';

export const migrations: MigrationClass[] = [CreatePlacements1795441104321, AuditLog1795447800000];
