import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Asks to join a partnership that wait for the other side's say-so, audited like every other
 * table (the trigger's arguments as shared/audit/migration.ts gives them: key columns, then the
 * organisations the row belongs to, both sides).
 */
export class AddMembershipRequests1796217221939 implements MigrationInterface {
  name = 'AddMembershipRequests1796217221939';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "councils"."partnership_council_request" ("partnership_id" uuid NOT NULL, "council_id" uuid NOT NULL, "status" character varying(20) NOT NULL, "asked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "partnership_council_request_status_check" CHECK ("status" IN ('INVITED','REQUESTED')), CONSTRAINT "PK_5ac6305263b99196eefdb3f66b0" PRIMARY KEY ("partnership_id", "council_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "partnership_council_request_council_idx" ON "councils"."partnership_council_request"  ("council_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "councils"."partnership_council_request" ADD CONSTRAINT "FK_07f4a867d7fb946359d0e7d2015" FOREIGN KEY ("partnership_id") REFERENCES "councils"."partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "councils"."partnership_council_request" ADD CONSTRAINT "FK_07208e2338b7a669fa22a09d02a" FOREIGN KEY ("council_id") REFERENCES "councils"."council"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_event_trigger AFTER INSERT OR UPDATE OR DELETE ON "councils"."partnership_council_request" FOR EACH ROW EXECUTE FUNCTION "councils".record_audit_event('partnership_id,council_id', 'partnership_id,council_id', '')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_event_trigger ON "councils"."partnership_council_request"`);
    await queryRunner.query(`ALTER TABLE "councils"."partnership_council_request" DROP CONSTRAINT "FK_07208e2338b7a669fa22a09d02a"`);
    await queryRunner.query(`ALTER TABLE "councils"."partnership_council_request" DROP CONSTRAINT "FK_07f4a867d7fb946359d0e7d2015"`);
    await queryRunner.query(`DROP INDEX "councils"."partnership_council_request_council_idx"`);
    await queryRunner.query(`DROP TABLE "councils"."partnership_council_request"`);
  }
}
