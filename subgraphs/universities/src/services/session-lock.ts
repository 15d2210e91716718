/** The lock every change to a teaching session or its attendance takes first. */
import type { EntityManager } from 'typeorm';
import { lockRow } from '#hub/shared/write';
import { TeachingSession } from '../entities/teaching-session.entity';

/** The session row, locked until the transaction ends, so capacity checks and changes cannot interleave. */
export async function lockSession(manager: EntityManager, id: string): Promise<TeachingSession> {
  return lockRow(manager, TeachingSession, id);
}
