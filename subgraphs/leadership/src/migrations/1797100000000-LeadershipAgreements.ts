import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTable } from '#hub/shared/audit/migration';

/** The practice leadership a partnership's agreement promises per academic year, audited like every other table. */
export class LeadershipAgreements1797100000000 implements MigrationInterface {
  name = 'LeadershipAgreements1797100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "leadership"."leadership_agreement" ("partnership_id" uuid NOT NULL, "academic_year" character varying(7) NOT NULL, "cpd_compliance_rate" numeric(5,4), "pathway_completions" integer, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "leadership_agreement_rate_check" CHECK ("cpd_compliance_rate" BETWEEN 0 AND 1), CONSTRAINT "leadership_agreement_completions_check" CHECK ("pathway_completions" >= 0), CONSTRAINT "leadership_agreement_pkey" PRIMARY KEY ("partnership_id", "academic_year"))`,
    );
    await auditTable(queryRunner, 'leadership', {
      name: 'leadership_agreement',
      key: ['partnership_id', 'academic_year'],
      organisationColumns: ['partnership_id'],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "leadership"."leadership_agreement"`);
  }
}
