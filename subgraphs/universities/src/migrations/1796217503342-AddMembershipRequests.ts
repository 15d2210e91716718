import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Asks to join a partnership that wait for the other side's say-so, audited like every other
 * table (the trigger's arguments as shared/audit/migration.ts gives them: key columns, then the
 * organisations the row belongs to, both sides).
 */
export class AddMembershipRequests1796217503342 implements MigrationInterface {
  name = 'AddMembershipRequests1796217503342';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "universities"."university_partnership_request" ("university_id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "status" character varying(20) NOT NULL, "asked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "university_partnership_request_status_check" CHECK ("status" IN ('INVITED','REQUESTED')), CONSTRAINT "PK_70522581b12affe93d151fe7d15" PRIMARY KEY ("university_id", "partnership_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "university_partnership_request_partnership_idx" ON "universities"."university_partnership_request"  ("partnership_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "universities"."university_partnership_request" ADD CONSTRAINT "FK_7594f62646341d5d05725a9cfb2" FOREIGN KEY ("university_id") REFERENCES "universities"."university"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_event_trigger AFTER INSERT OR UPDATE OR DELETE ON "universities"."university_partnership_request" FOR EACH ROW EXECUTE FUNCTION "universities".record_audit_event('university_id,partnership_id', 'university_id,partnership_id', '')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_event_trigger ON "universities"."university_partnership_request"`);
    await queryRunner.query(`ALTER TABLE "universities"."university_partnership_request" DROP CONSTRAINT "FK_7594f62646341d5d05725a9cfb2"`);
    await queryRunner.query(`DROP INDEX "universities"."university_partnership_request_partnership_idx"`);
    await queryRunner.query(`DROP TABLE "universities"."university_partnership_request"`);
  }
}
