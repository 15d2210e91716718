/** The placements subgraph's migrations, oldest first. */
import { CreatePlacements1795441104321 } from './1795441104321-CreatePlacements';
import { AuditLog1795447800000 } from './1795447800000-AuditLog';

export const migrations: Function[] = [CreatePlacements1795441104321, AuditLog1795447800000];
