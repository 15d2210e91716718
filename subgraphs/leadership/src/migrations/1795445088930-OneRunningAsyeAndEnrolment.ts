import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OneRunningAsyeAndEnrolment1795445088930 implements MigrationInterface {
  name = 'OneRunningAsyeAndEnrolment1795445088930';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE UNIQUE INDEX "asye_record_one_per_practitioner_key" ON "leadership"."asye_record"  ("practitioner_id") WHERE "status" <> 'WITHDRAWN'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "pathway_enrolment_current_key" ON "leadership"."pathway_enrolment"  ("pathway_id", "practitioner_id") WHERE "status" IN ('ACTIVE','PAUSED')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "leadership"."pathway_enrolment_current_key"`);
    await queryRunner.query(`DROP INDEX "leadership"."asye_record_one_per_practitioner_key"`);
  }
}
