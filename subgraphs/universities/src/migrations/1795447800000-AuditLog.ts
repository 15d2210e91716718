import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createAuditLog, dropAuditLog, type AuditedTable } from '#hub/shared/audit/migration';

/** Attendance and facilitation belong to the session's university too. */
const sessionUniversity = `SELECT ARRAY[university_id] FROM "universities"."teaching_session" WHERE id = ($1 ->> 'session_id')::uuid`;

const tables: AuditedTable[] = [
  { name: 'university', key: ['id'], organisationColumns: ['id'] },
  { name: 'university_partnership', key: ['university_id', 'partnership_id'], organisationColumns: ['university_id', 'partnership_id'] },
  { name: 'programme', key: ['id'], organisationColumns: ['university_id'] },
  { name: 'student', key: ['id'], organisationColumns: ['university_id'] },
  { name: 'lecturer', key: ['id'], organisationColumns: ['university_id'] },
  { name: 'teaching_session', key: ['id'], organisationColumns: ['university_id'] },
  { name: 'session_facilitator', key: ['id'], organisationColumns: ['council_id'], organisationLookup: sessionUniversity },
  { name: 'session_attendance', key: ['id'], organisationColumns: ['council_id'], organisationLookup: sessionUniversity },
  { name: 'shadowing_visit', key: ['id'], organisationColumns: ['university_id', 'council_id'] },
];

export class AuditLog1795447800000 implements MigrationInterface {
  name = 'AuditLog1795447800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createAuditLog(queryRunner, 'universities', tables);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropAuditLog(queryRunner, 'universities', tables);
  }
}
