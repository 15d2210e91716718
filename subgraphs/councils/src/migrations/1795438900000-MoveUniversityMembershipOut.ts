import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A university's membership of a partnership now lives in the universities subgraph, which
 * answers `Partnership.universities`. The rows are not copied: no subgraph reads another's tables.
 */
export class MoveUniversityMembershipOut1795438900000 implements MigrationInterface {
  name = 'MoveUniversityMembershipOut1795438900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "councils"."partnership_university"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "councils"."partnership_university" ("partnership_id" uuid NOT NULL, "university_id" uuid NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a64e2a3dd4860b54b1284b7f19b" PRIMARY KEY ("partnership_id", "university_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "councils"."partnership_university" ADD CONSTRAINT "FK_7c8d5d0d6d836d146903b2834ba" FOREIGN KEY ("partnership_id") REFERENCES "councils"."partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }
}
