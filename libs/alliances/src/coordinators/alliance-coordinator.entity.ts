import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A person appointed by an administrator to run an alliance; `endedAt` once they step down. */
@Entity({ name: 'alliance_coordinators' })
export class AllianceCoordinator {
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
