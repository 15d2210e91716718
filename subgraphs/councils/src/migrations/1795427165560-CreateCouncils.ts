import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCouncils1795427165560 implements MigrationInterface {
  name = 'CreateCouncils1795427165560';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "councils"."council" ("id" uuid NOT NULL, "gss_code" character varying(9) NOT NULL, "name" character varying(120) NOT NULL, "region" character varying(40) NOT NULL, "ofsted_rating" character varying(30), "ofsted_rated_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "council_gss_code_key" UNIQUE ("gss_code"), CONSTRAINT "council_ofsted_rating_check" CHECK ("ofsted_rating" IN ('OUTSTANDING','GOOD','REQUIRES_IMPROVEMENT','INADEQUATE')), CONSTRAINT "council_region_check" CHECK ("region" IN ('NORTH_EAST','NORTH_WEST','YORKSHIRE_AND_THE_HUMBER','EAST_MIDLANDS','WEST_MIDLANDS','EAST_OF_ENGLAND','LONDON','SOUTH_EAST','SOUTH_WEST')), CONSTRAINT "PK_1749decabf3d8cf2edc4385c557" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "councils"."partnership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(160) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "partnership_name_key" UNIQUE ("name"), CONSTRAINT "PK_f1bf1be9f475497d8b396d4cc56" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "councils"."partnership_council" ("partnership_id" uuid NOT NULL, "council_id" uuid NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_97daf15394d64cc677c73a0c2b2" PRIMARY KEY ("partnership_id", "council_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "partnership_council_council_idx" ON "councils"."partnership_council"  ("council_id") `);
    await queryRunner.query(
      `CREATE TABLE "councils"."partnership_university" ("partnership_id" uuid NOT NULL, "university_id" uuid NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a64e2a3dd4860b54b1284b7f19b" PRIMARY KEY ("partnership_id", "university_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "councils"."team" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "council_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "service_area" character varying(40) NOT NULL, "statutory" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "team_council_name_key" UNIQUE ("council_id", "name"), CONSTRAINT "team_service_area_check" CHECK ("service_area" IN ('CHILDREN_AND_FAMILIES','CHILD_PROTECTION','CHILDREN_IN_CARE','FOSTERING_AND_ADOPTION','LEAVING_CARE','ADULTS','MENTAL_HEALTH','LEARNING_DISABILITIES','HOSPITAL_DISCHARGE','WORKFORCE_DEVELOPMENT','OTHER')), CONSTRAINT "PK_f57d8293406df4af348402e4b74" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "councils"."practitioner" ("id" uuid NOT NULL, "swe_number" character varying(11) NOT NULL, "given_name" character varying(80) NOT NULL, "family_name" character varying(80) NOT NULL, "council_id" uuid NOT NULL, "team_id" uuid, "role" character varying(40) NOT NULL, "pcf_level" character varying(40) NOT NULL, "employment" character varying(20) NOT NULL, "qualified_on" date, "started_on" date NOT NULL, "left_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "practitioner_swe_number_key" UNIQUE ("swe_number"), CONSTRAINT "practitioner_dates_check" CHECK ("left_on" IS NULL OR "left_on" >= "started_on"), CONSTRAINT "practitioner_employment_check" CHECK ("employment" IN ('PERMANENT','AGENCY')), CONSTRAINT "practitioner_pcf_level_check" CHECK ("pcf_level" IN ('ASYE','SOCIAL_WORKER','EXPERIENCED_SOCIAL_WORKER','ADVANCED','STRATEGIC')), CONSTRAINT "practitioner_role_check" CHECK ("role" IN ('NEWLY_QUALIFIED_SOCIAL_WORKER','SOCIAL_WORKER','SENIOR_SOCIAL_WORKER','ADVANCED_PRACTITIONER','PRACTICE_SUPERVISOR','TEAM_MANAGER','SERVICE_MANAGER','PRINCIPAL_SOCIAL_WORKER')), CONSTRAINT "PK_6e23eae1429fc2e897d9eebac42" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "practitioner_team_idx" ON "councils"."practitioner"  ("team_id") `);
    await queryRunner.query(
      `CREATE INDEX "practitioner_council_family_name_idx" ON "councils"."practitioner"  ("council_id", "family_name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "councils"."workforce_snapshot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "council_id" uuid NOT NULL, "census_date" date NOT NULL, "permanent_fte" numeric(8,1) NOT NULL, "agency_fte" numeric(8,1) NOT NULL, "vacancy_fte" numeric(8,1) NOT NULL, "leaver_fte" numeric(8,1) NOT NULL, "average_caseload" numeric(5,1), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "workforce_snapshot_council_census_key" UNIQUE ("council_id", "census_date"), CONSTRAINT "workforce_snapshot_figures_check" CHECK ("permanent_fte" >= 0 AND "agency_fte" >= 0 AND "vacancy_fte" >= 0 AND "leaver_fte" >= 0), CONSTRAINT "PK_4aa15465de39b60798d02702b41" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "councils"."partnership_council" ADD CONSTRAINT "FK_19aac3dbda7633748d0f7c6424e" FOREIGN KEY ("partnership_id") REFERENCES "councils"."partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "councils"."partnership_council" ADD CONSTRAINT "FK_25cd856eeb27ef3758662a0b1d3" FOREIGN KEY ("council_id") REFERENCES "councils"."council"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "councils"."partnership_university" ADD CONSTRAINT "FK_7c8d5d0d6d836d146903b2834ba" FOREIGN KEY ("partnership_id") REFERENCES "councils"."partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "councils"."team" ADD CONSTRAINT "FK_171a714bdda13174cb6c90d2e9e" FOREIGN KEY ("council_id") REFERENCES "councils"."council"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "councils"."practitioner" ADD CONSTRAINT "FK_752c18089ab0542e62cf4808d14" FOREIGN KEY ("council_id") REFERENCES "councils"."council"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "councils"."practitioner" ADD CONSTRAINT "FK_75597ff8fcd85bc0dc19d7a2107" FOREIGN KEY ("team_id") REFERENCES "councils"."team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "councils"."workforce_snapshot" ADD CONSTRAINT "FK_02e8c55f1415a49b41a92a2b3b5" FOREIGN KEY ("council_id") REFERENCES "councils"."council"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "councils"."workforce_snapshot" DROP CONSTRAINT "FK_02e8c55f1415a49b41a92a2b3b5"`);
    await queryRunner.query(`ALTER TABLE "councils"."practitioner" DROP CONSTRAINT "FK_75597ff8fcd85bc0dc19d7a2107"`);
    await queryRunner.query(`ALTER TABLE "councils"."practitioner" DROP CONSTRAINT "FK_752c18089ab0542e62cf4808d14"`);
    await queryRunner.query(`ALTER TABLE "councils"."team" DROP CONSTRAINT "FK_171a714bdda13174cb6c90d2e9e"`);
    await queryRunner.query(`ALTER TABLE "councils"."partnership_university" DROP CONSTRAINT "FK_7c8d5d0d6d836d146903b2834ba"`);
    await queryRunner.query(`ALTER TABLE "councils"."partnership_council" DROP CONSTRAINT "FK_25cd856eeb27ef3758662a0b1d3"`);
    await queryRunner.query(`ALTER TABLE "councils"."partnership_council" DROP CONSTRAINT "FK_19aac3dbda7633748d0f7c6424e"`);
    await queryRunner.query(`DROP TABLE "councils"."workforce_snapshot"`);
    await queryRunner.query(`DROP INDEX "councils"."practitioner_council_family_name_idx"`);
    await queryRunner.query(`DROP INDEX "councils"."practitioner_team_idx"`);
    await queryRunner.query(`DROP TABLE "councils"."practitioner"`);
    await queryRunner.query(`DROP TABLE "councils"."team"`);
    await queryRunner.query(`DROP TABLE "councils"."partnership_university"`);
    await queryRunner.query(`DROP INDEX "councils"."partnership_council_council_idx"`);
    await queryRunner.query(`DROP TABLE "councils"."partnership_council"`);
    await queryRunner.query(`DROP TABLE "councils"."partnership"`);
    await queryRunner.query(`DROP TABLE "councils"."council"`);
  }
}
