import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Who moderates which alliance; a moderator acts only there (administrators everywhere). */
@Entity({ name: 'alliance_moderators' })
export class AllianceModerator {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  allianceId!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'uuid', nullable: true })
  appointedBy!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  appointedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;
}
