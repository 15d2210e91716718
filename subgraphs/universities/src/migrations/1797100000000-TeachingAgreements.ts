import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTable } from '#hub/shared/audit/migration';

/** The teaching a partnership's agreement promises per academic year, audited like every other table. */
export class TeachingAgreements1797100000000 implements MigrationInterface {
  name = 'TeachingAgreements1797100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "universities"."teaching_agreement" ("partnership_id" uuid NOT NULL, "academic_year" character varying(7) NOT NULL, "seminars" integer, "lectures" integer, "masterclasses" integer, "workshops" integer, "conference_sessions" integer, "co_delivered_share" numeric(5,4), "practitioner_teaching_hours" numeric(8,2), "lecturer_days_in_practice" integer, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "teaching_agreement_counts_check" CHECK (LEAST("seminars", "lectures", "masterclasses", "workshops", "conference_sessions", "lecturer_days_in_practice") >= 0), CONSTRAINT "teaching_agreement_share_check" CHECK ("co_delivered_share" BETWEEN 0 AND 1), CONSTRAINT "teaching_agreement_hours_check" CHECK ("practitioner_teaching_hours" >= 0), CONSTRAINT "teaching_agreement_pkey" PRIMARY KEY ("partnership_id", "academic_year"))`,
    );
    await auditTable(queryRunner, 'universities', {
      name: 'teaching_agreement',
      key: ['partnership_id', 'academic_year'],
      organisationColumns: ['partnership_id'],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "universities"."teaching_agreement"`);
  }
}
