import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePlacements1795441104321 implements MigrationInterface {
  name = 'CreatePlacements1795441104321';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "placements"."placement_commitment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partnership_id" uuid NOT NULL, "council_id" uuid NOT NULL, "academic_year" character varying(7) NOT NULL, "statutory_places" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "placement_commitment_key" UNIQUE ("partnership_id", "council_id", "academic_year"), CONSTRAINT "placement_commitment_places_check" CHECK ("statutory_places" BETWEEN 0 AND 500), CONSTRAINT "PK_f511ad5a081352f73e2eeb27453" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "placements"."practice_educator" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partnership_id" uuid NOT NULL, "practitioner_id" uuid NOT NULL, "council_id" uuid NOT NULL, "stage" character varying(10) NOT NULL, "qualified_on" date NOT NULL, "approved_on" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "practice_educator_partnership_practitioner_key" UNIQUE ("partnership_id", "practitioner_id"), CONSTRAINT "practice_educator_dates_check" CHECK ("approved_on" > "qualified_on"), CONSTRAINT "practice_educator_stage_check" CHECK ("stage" IN ('STAGE_1','STAGE_2')), CONSTRAINT "PK_63e110a953d01376214e3e8461f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "practice_educator_practitioner_idx" ON "placements"."practice_educator"  ("practitioner_id") `);
    await queryRunner.query(`CREATE INDEX "practice_educator_council_idx" ON "placements"."practice_educator"  ("council_id") `);
    await queryRunner.query(
      `CREATE TABLE "placements"."placement_offer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partnership_id" uuid NOT NULL, "council_id" uuid NOT NULL, "team_id" uuid, "academic_year" character varying(7) NOT NULL, "setting" character varying(30) NOT NULL, "level" character varying(10) NOT NULL, "capacity" integer NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "practice_educator_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "placement_offer_dates_check" CHECK ("ends_on" > "starts_on"), CONSTRAINT "placement_offer_capacity_check" CHECK ("capacity" BETWEEN 1 AND 20), CONSTRAINT "placement_offer_level_check" CHECK ("level" IN ('FIRST','FINAL')), CONSTRAINT "placement_offer_setting_check" CHECK ("setting" IN ('STATUTORY_CHILDREN','STATUTORY_ADULTS','OTHER_STATUTORY','VOLUNTARY_OR_PRIVATE')), CONSTRAINT "PK_8144ecc30e0cf450bac9456c43b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "placement_offer_partnership_year_idx" ON "placements"."placement_offer"  ("partnership_id", "academic_year") `,
    );
    await queryRunner.query(
      `CREATE INDEX "placement_offer_council_year_idx" ON "placements"."placement_offer"  ("council_id", "academic_year") `,
    );
    await queryRunner.query(
      `CREATE TABLE "placements"."placement_settings" ("partnership_id" uuid NOT NULL, "statutory_placements_required" integer NOT NULL DEFAULT '1', "stage_two_min_years_qualified" integer NOT NULL DEFAULT '2', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "placement_settings_stage_two_years_check" CHECK ("stage_two_min_years_qualified" BETWEEN 2 AND 5), CONSTRAINT "placement_settings_statutory_check" CHECK ("statutory_placements_required" BETWEEN 1 AND 2), CONSTRAINT "PK_441ae0b2e48aec93e4ffd8d6216" PRIMARY KEY ("partnership_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "placements"."placement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "offer_id" uuid NOT NULL, "student_id" uuid NOT NULL, "university_id" uuid NOT NULL, "council_id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "level" character varying(10) NOT NULL, "setting" character varying(30) NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "practice_educator_id" uuid, "status" character varying(20) NOT NULL, "learning_agreement_signed_on" date, "days_completed" integer NOT NULL DEFAULT '0', "missed_days" integer NOT NULL DEFAULT '0', "midpoint_outcome" character varying(20), "midpoint_action_plan" character varying(1000), "midpoint_reviewed_on" date, "final_outcome" character varying(10), "end_reason" character varying(500), "ended_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "placement_completed_outcome_check" CHECK (("status" = 'COMPLETED') = ("final_outcome" IS NOT NULL)), CONSTRAINT "placement_concerns_need_plan_check" CHECK ("midpoint_outcome" IS DISTINCT FROM 'CONCERNS' OR "midpoint_action_plan" IS NOT NULL), CONSTRAINT "placement_days_check" CHECK ("days_completed" BETWEEN 0 AND 200 AND "missed_days" BETWEEN 0 AND 200), CONSTRAINT "placement_final_outcome_check" CHECK ("final_outcome" IN ('PASS','FAIL','REFER')), CONSTRAINT "placement_midpoint_outcome_check" CHECK ("midpoint_outcome" IN ('SATISFACTORY','CONCERNS')), CONSTRAINT "placement_setting_check" CHECK ("setting" IN ('STATUTORY_CHILDREN','STATUTORY_ADULTS','OTHER_STATUTORY','VOLUNTARY_OR_PRIVATE')), CONSTRAINT "placement_level_check" CHECK ("level" IN ('FIRST','FINAL')), CONSTRAINT "placement_status_check" CHECK ("status" IN ('PROPOSED','CONFIRMED','ACTIVE','COMPLETED','ENDED_EARLY','CANCELLED')), CONSTRAINT "PK_4f8b29ee2db5213bcb38b6c71c4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "placement_university_idx" ON "placements"."placement"  ("university_id") `);
    await queryRunner.query(`CREATE INDEX "placement_council_idx" ON "placements"."placement"  ("council_id") `);
    await queryRunner.query(`CREATE INDEX "placement_student_idx" ON "placements"."placement"  ("student_id") `);
    await queryRunner.query(`CREATE INDEX "placement_offer_idx" ON "placements"."placement"  ("offer_id") `);
    await queryRunner.query(
      `CREATE TABLE "placements"."qapl_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "placement_id" uuid NOT NULL, "council_id" uuid NOT NULL, "university_id" uuid NOT NULL, "rating" character varying(30) NOT NULL, "actions" character varying(1000) NOT NULL, "completed_on" date NOT NULL, "scrutinised_on" date, "scrutiny_notes" character varying(1000), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "qapl_review_placement_key" UNIQUE ("placement_id"), CONSTRAINT "REL_984ecea405ceb7cabeccab26d8" UNIQUE ("placement_id"), CONSTRAINT "qapl_review_rating_check" CHECK ("rating" IN ('MEETS_STANDARDS','PARTLY_MEETS_STANDARDS','DOES_NOT_MEET_STANDARDS')), CONSTRAINT "PK_a0da97de5723ba2158235ad9bd3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "qapl_review_council_idx" ON "placements"."qapl_review"  ("council_id") `);
    await queryRunner.query(
      `CREATE TABLE "placements"."student_skills_days" ("student_id" uuid NOT NULL, "university_id" uuid NOT NULL, "days" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "student_skills_days_check" CHECK ("days" BETWEEN 0 AND 30), CONSTRAINT "PK_ba02d4e4e784852dbbbc7de2803" PRIMARY KEY ("student_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "placements"."placement_offer" ADD CONSTRAINT "FK_ab363cad7b1b6621b0398d62b90" FOREIGN KEY ("practice_educator_id") REFERENCES "placements"."practice_educator"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placements"."placement" ADD CONSTRAINT "FK_8144ecc30e0cf450bac9456c43b" FOREIGN KEY ("offer_id") REFERENCES "placements"."placement_offer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placements"."placement" ADD CONSTRAINT "FK_58a1a4696eee46d506e2062e826" FOREIGN KEY ("practice_educator_id") REFERENCES "placements"."practice_educator"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placements"."qapl_review" ADD CONSTRAINT "FK_984ecea405ceb7cabeccab26d87" FOREIGN KEY ("placement_id") REFERENCES "placements"."placement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "placements"."qapl_review" DROP CONSTRAINT "FK_984ecea405ceb7cabeccab26d87"`);
    await queryRunner.query(`ALTER TABLE "placements"."placement" DROP CONSTRAINT "FK_58a1a4696eee46d506e2062e826"`);
    await queryRunner.query(`ALTER TABLE "placements"."placement" DROP CONSTRAINT "FK_8144ecc30e0cf450bac9456c43b"`);
    await queryRunner.query(`ALTER TABLE "placements"."placement_offer" DROP CONSTRAINT "FK_ab363cad7b1b6621b0398d62b90"`);
    await queryRunner.query(`DROP TABLE "placements"."student_skills_days"`);
    await queryRunner.query(`DROP INDEX "placements"."qapl_review_council_idx"`);
    await queryRunner.query(`DROP TABLE "placements"."qapl_review"`);
    await queryRunner.query(`DROP INDEX "placements"."placement_offer_idx"`);
    await queryRunner.query(`DROP INDEX "placements"."placement_student_idx"`);
    await queryRunner.query(`DROP INDEX "placements"."placement_council_idx"`);
    await queryRunner.query(`DROP INDEX "placements"."placement_university_idx"`);
    await queryRunner.query(`DROP TABLE "placements"."placement"`);
    await queryRunner.query(`DROP TABLE "placements"."placement_settings"`);
    await queryRunner.query(`DROP INDEX "placements"."placement_offer_council_year_idx"`);
    await queryRunner.query(`DROP INDEX "placements"."placement_offer_partnership_year_idx"`);
    await queryRunner.query(`DROP TABLE "placements"."placement_offer"`);
    await queryRunner.query(`DROP INDEX "placements"."practice_educator_council_idx"`);
    await queryRunner.query(`DROP INDEX "placements"."practice_educator_practitioner_idx"`);
    await queryRunner.query(`DROP TABLE "placements"."practice_educator"`);
    await queryRunner.query(`DROP TABLE "placements"."placement_commitment"`);
  }
}
