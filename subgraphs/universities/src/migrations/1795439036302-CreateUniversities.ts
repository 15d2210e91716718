import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateUniversities1795439036302 implements MigrationInterface {
  name = 'CreateUniversities1795439036302';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "universities"."university" ("id" uuid NOT NULL, "ukprn" character varying(8) NOT NULL, "name" character varying(160) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "university_ukprn_key" UNIQUE ("ukprn"), CONSTRAINT "PK_d14e5687dbd51fd7a915c22ac13" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "universities"."lecturer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "university_id" uuid NOT NULL, "given_name" character varying(80) NOT NULL, "family_name" character varying(80) NOT NULL, "job_title" character varying(120) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e9647bfd5a4c128c9cc3e8cf99c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "lecturer_university_family_name_idx" ON "universities"."lecturer"  ("university_id", "family_name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "universities"."programme" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "university_id" uuid NOT NULL, "name" character varying(160) NOT NULL, "route" character varying(20) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "programme_university_name_key" UNIQUE ("university_id", "name"), CONSTRAINT "programme_route_check" CHECK ("route" IN ('BA','MA','STEP_UP','APPRENTICESHIP','OTHER')), CONSTRAINT "PK_76ff6b30b74f213944d1ac0a660" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "universities"."student" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "university_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "student_number" character varying(20) NOT NULL, "given_name" character varying(80) NOT NULL, "family_name" character varying(80) NOT NULL, "cohort_year" integer NOT NULL, "stage" character varying(40) NOT NULL, "status" character varying(20) NOT NULL, "suitability_confirmed_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "student_university_number_key" UNIQUE ("university_id", "student_number"), CONSTRAINT "student_cohort_year_check" CHECK ("cohort_year" BETWEEN 2000 AND 2100), CONSTRAINT "student_status_check" CHECK ("status" IN ('STUDYING','INTERRUPTED','WITHDRAWN','QUALIFIED')), CONSTRAINT "student_stage_check" CHECK ("stage" IN ('ENTRY','READINESS_FOR_DIRECT_PRACTICE','END_OF_FIRST_PLACEMENT','END_OF_LAST_PLACEMENT')), CONSTRAINT "PK_3d8016e1cb58429474a3c041904" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "student_university_family_name_idx" ON "universities"."student"  ("university_id", "family_name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "universities"."teaching_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "university_id" uuid NOT NULL, "title" character varying(160) NOT NULL, "topic" character varying(160) NOT NULL, "kind" character varying(20) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "duration_minutes" integer NOT NULL, "place" character varying(160) NOT NULL, "capacity" integer NOT NULL, "cancelled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "teaching_session_capacity_check" CHECK ("capacity" BETWEEN 1 AND 500), CONSTRAINT "teaching_session_duration_check" CHECK ("duration_minutes" BETWEEN 15 AND 480), CONSTRAINT "teaching_session_kind_check" CHECK ("kind" IN ('SEMINAR','LECTURE','MASTERCLASS','WORKSHOP','CONFERENCE_SESSION')), CONSTRAINT "PK_d6f4304e092814df4ba645f0525" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "teaching_session_university_starts_at_idx" ON "universities"."teaching_session"  ("university_id", "starts_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "universities"."session_attendance" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "student_id" uuid, "practitioner_id" uuid, "council_id" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "session_attendance_practitioner_key" UNIQUE ("session_id", "practitioner_id"), CONSTRAINT "session_attendance_student_key" UNIQUE ("session_id", "student_id"), CONSTRAINT "session_attendance_one_person_check" CHECK (("student_id" IS NULL) <> ("practitioner_id" IS NULL) AND ("practitioner_id" IS NULL) = ("council_id" IS NULL)), CONSTRAINT "PK_bc946a8e6bc80fd2531356f89e6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "session_attendance_student_idx" ON "universities"."session_attendance"  ("student_id") `);
    await queryRunner.query(
      `CREATE TABLE "universities"."session_facilitator" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "lecturer_id" uuid, "practitioner_id" uuid, "council_id" uuid, CONSTRAINT "session_facilitator_practitioner_key" UNIQUE ("session_id", "practitioner_id"), CONSTRAINT "session_facilitator_lecturer_key" UNIQUE ("session_id", "lecturer_id"), CONSTRAINT "session_facilitator_one_person_check" CHECK (("lecturer_id" IS NULL) <> ("practitioner_id" IS NULL) AND ("practitioner_id" IS NULL) = ("council_id" IS NULL)), CONSTRAINT "PK_c91824a031de9b3f7e1ef0c1702" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "session_facilitator_council_idx" ON "universities"."session_facilitator"  ("council_id") `);
    await queryRunner.query(
      `CREATE INDEX "session_facilitator_practitioner_idx" ON "universities"."session_facilitator"  ("practitioner_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "universities"."shadowing_visit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "university_id" uuid NOT NULL, "lecturer_id" uuid NOT NULL, "council_id" uuid NOT NULL, "host_team_id" uuid, "host_practitioner_id" uuid, "kind" character varying(30) NOT NULL, "visit_on" date NOT NULL, "planned_hours" numeric(4,1) NOT NULL, "purpose" character varying(500) NOT NULL, "status" character varying(20) NOT NULL, "decision_reason" character varying(500), "decided_at" TIMESTAMP WITH TIME ZONE, "hours" numeric(4,1), "learning_summary" character varying(1000), "completed_at" TIMESTAMP WITH TIME ZONE, "cancelled_by" character varying(20), "cancelled_at" TIMESTAMP WITH TIME ZONE, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "shadowing_visit_completed_check" CHECK (("status" = 'COMPLETED') = ("hours" IS NOT NULL AND "learning_summary" IS NOT NULL)), CONSTRAINT "shadowing_visit_hours_check" CHECK ("hours" > 0 AND "hours" <= 12), CONSTRAINT "shadowing_visit_planned_hours_check" CHECK ("planned_hours" > 0 AND "planned_hours" <= 12), CONSTRAINT "shadowing_visit_cancelled_by_check" CHECK ("cancelled_by" IN ('UNIVERSITY','COUNCIL')), CONSTRAINT "shadowing_visit_status_check" CHECK ("status" IN ('REQUESTED','APPROVED','DECLINED','COMPLETED','CANCELLED')), CONSTRAINT "shadowing_visit_kind_check" CHECK ("kind" IN ('CASE_SHADOWING','LEADERSHIP_TEAM','PRACTICE_OBSERVATION')), CONSTRAINT "PK_3f23811e352a6905201e70cd993" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "shadowing_visit_lecturer_idx" ON "universities"."shadowing_visit"  ("lecturer_id") `);
    await queryRunner.query(
      `CREATE INDEX "shadowing_visit_university_visit_on_idx" ON "universities"."shadowing_visit"  ("university_id", "visit_on") `,
    );
    await queryRunner.query(
      `CREATE INDEX "shadowing_visit_council_visit_on_idx" ON "universities"."shadowing_visit"  ("council_id", "visit_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "universities"."university_partnership" ("university_id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_520e28dcba092709a242499246e" PRIMARY KEY ("university_id", "partnership_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "university_partnership_partnership_idx" ON "universities"."university_partnership"  ("partnership_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "universities"."lecturer" ADD CONSTRAINT "FK_fb4d6b23a6424a68254667f39fe" FOREIGN KEY ("university_id") REFERENCES "universities"."university"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "universities"."programme" ADD CONSTRAINT "FK_92eabba46ae636ddc04942a7e15" FOREIGN KEY ("university_id") REFERENCES "universities"."university"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "universities"."student" ADD CONSTRAINT "FK_8ff902d7cd1e9b9b5d76944dfd8" FOREIGN KEY ("university_id") REFERENCES "universities"."university"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "universities"."student" ADD CONSTRAINT "FK_171c7c180e8cd7eea8e6e7a52ce" FOREIGN KEY ("programme_id") REFERENCES "universities"."programme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "universities"."teaching_session" ADD CONSTRAINT "FK_9cc8a7709b96e6ab392d90215bf" FOREIGN KEY ("university_id") REFERENCES "universities"."university"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "universities"."session_attendance" ADD CONSTRAINT "FK_fe13eeaaceb32f7ef9a269e1af2" FOREIGN KEY ("session_id") REFERENCES "universities"."teaching_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "universities"."session_attendance" ADD CONSTRAINT "FK_23bf7338da1ea01f4306d301dd3" FOREIGN KEY ("student_id") REFERENCES "universities"."student"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "universities"."session_facilitator" ADD CONSTRAINT "FK_3dde7a394b99e79d23c2604ada6" FOREIGN KEY ("session_id") REFERENCES "universities"."teaching_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "universities"."session_facilitator" ADD CONSTRAINT "FK_7331618fbf87c24dd5a5a160630" FOREIGN KEY ("lecturer_id") REFERENCES "universities"."lecturer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "universities"."shadowing_visit" ADD CONSTRAINT "FK_ea80b0e3239e25d9c0ad62f422c" FOREIGN KEY ("university_id") REFERENCES "universities"."university"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "universities"."shadowing_visit" ADD CONSTRAINT "FK_9378eceae980d7046fe6e3e5d5c" FOREIGN KEY ("lecturer_id") REFERENCES "universities"."lecturer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "universities"."university_partnership" ADD CONSTRAINT "FK_0b1b3bf8cf2eb474ba84161d025" FOREIGN KEY ("university_id") REFERENCES "universities"."university"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "universities"."university_partnership" DROP CONSTRAINT "FK_0b1b3bf8cf2eb474ba84161d025"`);
    await queryRunner.query(`ALTER TABLE "universities"."shadowing_visit" DROP CONSTRAINT "FK_9378eceae980d7046fe6e3e5d5c"`);
    await queryRunner.query(`ALTER TABLE "universities"."shadowing_visit" DROP CONSTRAINT "FK_ea80b0e3239e25d9c0ad62f422c"`);
    await queryRunner.query(`ALTER TABLE "universities"."session_facilitator" DROP CONSTRAINT "FK_7331618fbf87c24dd5a5a160630"`);
    await queryRunner.query(`ALTER TABLE "universities"."session_facilitator" DROP CONSTRAINT "FK_3dde7a394b99e79d23c2604ada6"`);
    await queryRunner.query(`ALTER TABLE "universities"."session_attendance" DROP CONSTRAINT "FK_23bf7338da1ea01f4306d301dd3"`);
    await queryRunner.query(`ALTER TABLE "universities"."session_attendance" DROP CONSTRAINT "FK_fe13eeaaceb32f7ef9a269e1af2"`);
    await queryRunner.query(`ALTER TABLE "universities"."teaching_session" DROP CONSTRAINT "FK_9cc8a7709b96e6ab392d90215bf"`);
    await queryRunner.query(`ALTER TABLE "universities"."student" DROP CONSTRAINT "FK_171c7c180e8cd7eea8e6e7a52ce"`);
    await queryRunner.query(`ALTER TABLE "universities"."student" DROP CONSTRAINT "FK_8ff902d7cd1e9b9b5d76944dfd8"`);
    await queryRunner.query(`ALTER TABLE "universities"."programme" DROP CONSTRAINT "FK_92eabba46ae636ddc04942a7e15"`);
    await queryRunner.query(`ALTER TABLE "universities"."lecturer" DROP CONSTRAINT "FK_fb4d6b23a6424a68254667f39fe"`);
    await queryRunner.query(`DROP INDEX "universities"."university_partnership_partnership_idx"`);
    await queryRunner.query(`DROP TABLE "universities"."university_partnership"`);
    await queryRunner.query(`DROP INDEX "universities"."shadowing_visit_council_visit_on_idx"`);
    await queryRunner.query(`DROP INDEX "universities"."shadowing_visit_university_visit_on_idx"`);
    await queryRunner.query(`DROP INDEX "universities"."shadowing_visit_lecturer_idx"`);
    await queryRunner.query(`DROP TABLE "universities"."shadowing_visit"`);
    await queryRunner.query(`DROP INDEX "universities"."session_facilitator_practitioner_idx"`);
    await queryRunner.query(`DROP INDEX "universities"."session_facilitator_council_idx"`);
    await queryRunner.query(`DROP TABLE "universities"."session_facilitator"`);
    await queryRunner.query(`DROP INDEX "universities"."session_attendance_student_idx"`);
    await queryRunner.query(`DROP TABLE "universities"."session_attendance"`);
    await queryRunner.query(`DROP INDEX "universities"."teaching_session_university_starts_at_idx"`);
    await queryRunner.query(`DROP TABLE "universities"."teaching_session"`);
    await queryRunner.query(`DROP INDEX "universities"."student_university_family_name_idx"`);
    await queryRunner.query(`DROP TABLE "universities"."student"`);
    await queryRunner.query(`DROP TABLE "universities"."programme"`);
    await queryRunner.query(`DROP INDEX "universities"."lecturer_university_family_name_idx"`);
    await queryRunner.query(`DROP TABLE "universities"."lecturer"`);
    await queryRunner.query(`DROP TABLE "universities"."university"`);
  }
}
