import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateLeadership1795444274474 implements MigrationInterface {
  name = 'CreateLeadership1795444274474';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "leadership"."asye_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practitioner_id" uuid NOT NULL, "council_id" uuid NOT NULL, "assessor_practitioner_id" uuid NOT NULL, "programme" character varying(40) NOT NULL, "started_on" date NOT NULL, "with_nine_month_review" boolean NOT NULL DEFAULT false, "status" character varying(20) NOT NULL, "pauses" jsonb NOT NULL DEFAULT '[]', "held_reviews" jsonb NOT NULL DEFAULT '[]', "direct_observations" integer NOT NULL DEFAULT '0', "feedback_from_people_who_use_services" integer NOT NULL DEFAULT '0', "professional_feedback" integer NOT NULL DEFAULT '0', "written_reports" integer NOT NULL DEFAULT '0', "reflection_at_six_months" boolean NOT NULL DEFAULT false, "reflection_at_twelve_months" boolean NOT NULL DEFAULT false, "protected_development_hours" numeric(6,1) NOT NULL DEFAULT '0', "ended_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "asye_record_evidence_check" CHECK ("direct_observations" BETWEEN 0 AND 50 AND "feedback_from_people_who_use_services" BETWEEN 0 AND 50 AND "professional_feedback" BETWEEN 0 AND 50 AND "written_reports" BETWEEN 0 AND 50), CONSTRAINT "asye_record_programme_check" CHECK ("programme" IN ('ASYE','EARLY_CAREER_DEVELOPMENT_PROGRAMME')), CONSTRAINT "asye_record_status_check" CHECK ("status" IN ('IN_PROGRESS','PAUSED','COMPLETED','WITHDRAWN')), CONSTRAINT "PK_4fa1d6a2dab62781ad62b09a8d1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "asye_record_practitioner_idx" ON "leadership"."asye_record"  ("practitioner_id") `);
    await queryRunner.query(`CREATE INDEX "asye_record_council_idx" ON "leadership"."asye_record"  ("council_id") `);
    await queryRunner.query(
      `CREATE TABLE "leadership"."cpd_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practitioner_id" uuid NOT NULL, "council_id" uuid NOT NULL, "type" character varying(30) NOT NULL, "title" character varying(160) NOT NULL, "completed_on" date NOT NULL, "hours" numeric(5,1) NOT NULL, "learning" character varying(1000) NOT NULL, "impact" character varying(1000) NOT NULL, "peer_reflection" boolean NOT NULL, "peer_reflection_setting" character varying(30), "teaching_session_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "cpd_record_hours_check" CHECK ("hours" > 0 AND "hours" <= 200), CONSTRAINT "cpd_record_peer_check" CHECK (("peer_reflection_setting" IS NULL) = NOT "peer_reflection"), CONSTRAINT "cpd_record_setting_check" CHECK ("peer_reflection_setting" IN ('SUPERVISION','TEAM_REFLECTION','GROUP_SUPERVISION','OTHER')), CONSTRAINT "cpd_record_type_check" CHECK ("type" IN ('COURSE','READING','SUPERVISION','ACTION_LEARNING_SET','TEACHING','CONFERENCE','MASTERCLASS','OTHER')), CONSTRAINT "PK_74dae157305b5efe1e9cb841533" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "cpd_record_council_completed_idx" ON "leadership"."cpd_record"  ("council_id", "completed_on") `,
    );
    await queryRunner.query(
      `CREATE INDEX "cpd_record_practitioner_completed_idx" ON "leadership"."cpd_record"  ("practitioner_id", "completed_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "leadership"."kss_standard" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "framework" character varying(40) NOT NULL, "code" character varying(12) NOT NULL, "heading" character varying(200) NOT NULL, CONSTRAINT "kss_standard_framework_code_key" UNIQUE ("framework", "code"), CONSTRAINT "kss_standard_framework_check" CHECK ("framework" IN ('CHILD_AND_FAMILY_PRACTITIONER','PRACTICE_SUPERVISOR','PRACTICE_LEADER','ADULT_SOCIAL_WORK')), CONSTRAINT "PK_876ff6dbcbfc579de22f393103d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "leadership"."leadership_settings" ("partnership_id" uuid NOT NULL, "min_learning_days" integer NOT NULL DEFAULT '0', CONSTRAINT "leadership_settings_days_check" CHECK ("min_learning_days" BETWEEN 0 AND 30), CONSTRAINT "PK_de7dd9a5e4faac8f188ea38447a" PRIMARY KEY ("partnership_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "leadership"."mentoring_relationship" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "mentee_practitioner_id" uuid NOT NULL, "mentee_council_id" uuid NOT NULL, "mentor_practitioner_id" uuid, "mentor_lecturer_id" uuid, "purpose" character varying(30) NOT NULL, "started_on" date NOT NULL, "ended_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "mentoring_relationship_dates_check" CHECK ("ended_on" IS NULL OR "ended_on" >= "started_on"), CONSTRAINT "mentoring_relationship_purpose_check" CHECK ("purpose" IN ('LEADERSHIP','CO_DELIVERY_OF_TEACHING','ASPIRING_MANAGER','OTHER')), CONSTRAINT "mentoring_relationship_one_mentor_check" CHECK (("mentor_practitioner_id" IS NULL) <> ("mentor_lecturer_id" IS NULL)), CONSTRAINT "PK_d5cb115df51e18c5932f95c85d9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "mentoring_relationship_mentor_practitioner_idx" ON "leadership"."mentoring_relationship"  ("mentor_practitioner_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "mentoring_relationship_mentor_lecturer_idx" ON "leadership"."mentoring_relationship"  ("mentor_lecturer_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "mentoring_relationship_mentee_idx" ON "leadership"."mentoring_relationship"  ("mentee_practitioner_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "mentoring_relationship_mentee_council_idx" ON "leadership"."mentoring_relationship"  ("mentee_council_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "leadership"."mentoring_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "relationship_id" uuid NOT NULL, "held_on" date NOT NULL, "minutes" integer NOT NULL, "topics" character varying(500) NOT NULL, CONSTRAINT "mentoring_session_minutes_check" CHECK ("minutes" BETWEEN 5 AND 480), CONSTRAINT "PK_bfe67fea6498c985bed26f03459" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "mentoring_session_relationship_idx" ON "leadership"."mentoring_session"  ("relationship_id", "held_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "leadership"."pathway" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(160) NOT NULL, "kind" character varying(30) NOT NULL, "owner_council_id" uuid, "owner_partnership_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pathway_one_owner_check" CHECK (("owner_council_id" IS NULL) <> ("owner_partnership_id" IS NULL)), CONSTRAINT "pathway_kind_check" CHECK ("kind" IN ('ASYE','ASPIRING_MANAGER','PRACTICE_LEADER','ADVANCED_PRACTITIONER','PRACTICE_EDUCATOR','OTHER')), CONSTRAINT "PK_d593326dc88056b1e118fd40f5a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "leadership"."pathway_enrolment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "pathway_id" uuid NOT NULL, "practitioner_id" uuid NOT NULL, "council_id" uuid NOT NULL, "started_on" date NOT NULL, "current_position" integer NOT NULL DEFAULT '1', "stage_started_on" date NOT NULL, "status" character varying(20) NOT NULL, "pauses" jsonb NOT NULL DEFAULT '[]', "sign_offs" jsonb NOT NULL DEFAULT '[]', "ended_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pathway_enrolment_status_check" CHECK ("status" IN ('ACTIVE','PAUSED','WITHDRAWN','COMPLETED')), CONSTRAINT "PK_3de8564f1253e794d348661cd3b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "pathway_enrolment_practitioner_idx" ON "leadership"."pathway_enrolment"  ("practitioner_id") `);
    await queryRunner.query(`CREATE INDEX "pathway_enrolment_council_idx" ON "leadership"."pathway_enrolment"  ("council_id") `);
    await queryRunner.query(
      `CREATE TABLE "leadership"."pathway_stage" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "pathway_id" uuid NOT NULL, "position" integer NOT NULL, "name" character varying(160) NOT NULL, "target_pcf_level" character varying(40) NOT NULL, "expected_months" integer NOT NULL, CONSTRAINT "pathway_stage_position_key" UNIQUE ("pathway_id", "position"), CONSTRAINT "pathway_stage_months_check" CHECK ("expected_months" BETWEEN 1 AND 60), CONSTRAINT "PK_8dde4a784e74610587fed96bb30" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "leadership"."pathway_stage_kss" ("stage_id" uuid NOT NULL, "kss_standard_id" uuid NOT NULL, CONSTRAINT "PK_edeff7f748366a2680689e9d6d8" PRIMARY KEY ("stage_id", "kss_standard_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6be8e43c08330bd27c38265774" ON "leadership"."pathway_stage_kss"  ("stage_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_448a4530176a806c7e858df3e1" ON "leadership"."pathway_stage_kss"  ("kss_standard_id") `);
    await queryRunner.query(
      `ALTER TABLE "leadership"."mentoring_session" ADD CONSTRAINT "FK_e6d676a7bb24fb7b33879dce03f" FOREIGN KEY ("relationship_id") REFERENCES "leadership"."mentoring_relationship"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "leadership"."pathway_enrolment" ADD CONSTRAINT "FK_56e42851f7b6afcc995ba1396b1" FOREIGN KEY ("pathway_id") REFERENCES "leadership"."pathway"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "leadership"."pathway_stage" ADD CONSTRAINT "FK_b895fd77234f8f0c3e8f2559c47" FOREIGN KEY ("pathway_id") REFERENCES "leadership"."pathway"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "leadership"."pathway_stage_kss" ADD CONSTRAINT "FK_6be8e43c08330bd27c382657742" FOREIGN KEY ("stage_id") REFERENCES "leadership"."pathway_stage"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "leadership"."pathway_stage_kss" ADD CONSTRAINT "FK_448a4530176a806c7e858df3e1d" FOREIGN KEY ("kss_standard_id") REFERENCES "leadership"."kss_standard"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "leadership"."pathway_stage_kss" DROP CONSTRAINT "FK_448a4530176a806c7e858df3e1d"`);
    await queryRunner.query(`ALTER TABLE "leadership"."pathway_stage_kss" DROP CONSTRAINT "FK_6be8e43c08330bd27c382657742"`);
    await queryRunner.query(`ALTER TABLE "leadership"."pathway_stage" DROP CONSTRAINT "FK_b895fd77234f8f0c3e8f2559c47"`);
    await queryRunner.query(`ALTER TABLE "leadership"."pathway_enrolment" DROP CONSTRAINT "FK_56e42851f7b6afcc995ba1396b1"`);
    await queryRunner.query(`ALTER TABLE "leadership"."mentoring_session" DROP CONSTRAINT "FK_e6d676a7bb24fb7b33879dce03f"`);
    await queryRunner.query(`DROP INDEX "leadership"."IDX_448a4530176a806c7e858df3e1"`);
    await queryRunner.query(`DROP INDEX "leadership"."IDX_6be8e43c08330bd27c38265774"`);
    await queryRunner.query(`DROP TABLE "leadership"."pathway_stage_kss"`);
    await queryRunner.query(`DROP TABLE "leadership"."pathway_stage"`);
    await queryRunner.query(`DROP INDEX "leadership"."pathway_enrolment_council_idx"`);
    await queryRunner.query(`DROP INDEX "leadership"."pathway_enrolment_practitioner_idx"`);
    await queryRunner.query(`DROP TABLE "leadership"."pathway_enrolment"`);
    await queryRunner.query(`DROP TABLE "leadership"."pathway"`);
    await queryRunner.query(`DROP INDEX "leadership"."mentoring_session_relationship_idx"`);
    await queryRunner.query(`DROP TABLE "leadership"."mentoring_session"`);
    await queryRunner.query(`DROP INDEX "leadership"."mentoring_relationship_mentee_council_idx"`);
    await queryRunner.query(`DROP INDEX "leadership"."mentoring_relationship_mentee_idx"`);
    await queryRunner.query(`DROP INDEX "leadership"."mentoring_relationship_mentor_lecturer_idx"`);
    await queryRunner.query(`DROP INDEX "leadership"."mentoring_relationship_mentor_practitioner_idx"`);
    await queryRunner.query(`DROP TABLE "leadership"."mentoring_relationship"`);
    await queryRunner.query(`DROP TABLE "leadership"."leadership_settings"`);
    await queryRunner.query(`DROP TABLE "leadership"."kss_standard"`);
    await queryRunner.query(`DROP INDEX "leadership"."cpd_record_practitioner_completed_idx"`);
    await queryRunner.query(`DROP INDEX "leadership"."cpd_record_council_completed_idx"`);
    await queryRunner.query(`DROP TABLE "leadership"."cpd_record"`);
    await queryRunner.query(`DROP INDEX "leadership"."asye_record_council_idx"`);
    await queryRunner.query(`DROP INDEX "leadership"."asye_record_practitioner_idx"`);
    await queryRunner.query(`DROP TABLE "leadership"."asye_record"`);
  }
}
