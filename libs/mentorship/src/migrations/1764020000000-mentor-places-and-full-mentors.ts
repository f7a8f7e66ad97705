import type { MigrationInterface, QueryRunner } from 'typeorm';

const OLD_STATUSES = `'REQUESTED', 'ACTIVE', 'PAUSED', 'ENDED', 'DECLINED', 'CANCELLED', 'EXPIRED'`;

/**
 * Mentors' places: the most an alliance lets a vetted mentor give themself (coordinators can
 * give more), and requests answered as soon as their mentor's last place is taken
 * (MENTOR_FULL). Where a person is vetted is looked up by person on every read of suggestions.
 */
export class MentorPlacesAndFullMentors1764020000000 implements MigrationInterface {
  readonly name = 'MentorPlacesAndFullMentors1764020000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE alliances ADD COLUMN mentor_places_limit smallint NOT NULL DEFAULT 3 CHECK (mentor_places_limit BETWEEN 1 AND 20)`);
    await queryRunner.query(`ALTER TABLE mentorships DROP CONSTRAINT mentorships_status_check`);
    await queryRunner.query(`ALTER TABLE mentorships ADD CONSTRAINT mentorships_status_check CHECK (status IN (${OLD_STATUSES}, 'MENTOR_FULL'))`);
    await queryRunner.query(`CREATE INDEX mentor_applications_vetted_person_idx ON mentor_applications (user_id) WHERE status IN ('VETTED', 'PAUSED')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX mentor_applications_vetted_person_idx`);
    await queryRunner.query(`UPDATE mentorships SET status = 'CANCELLED' WHERE status = 'MENTOR_FULL'`);
    await queryRunner.query(`ALTER TABLE mentorships DROP CONSTRAINT mentorships_status_check`);
    await queryRunner.query(`ALTER TABLE mentorships ADD CONSTRAINT mentorships_status_check CHECK (status IN (${OLD_STATUSES}))`);
    await queryRunner.query(`ALTER TABLE alliances DROP COLUMN mentor_places_limit`);
  }
}
