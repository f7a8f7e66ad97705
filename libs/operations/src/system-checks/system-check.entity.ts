import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum SystemCheckStatus {
  PENDING = 'PENDING',
  COMPLETED = 'COMPLETED',
}

/**
 * One end-to-end probe of the running system: written by the API, completed by the
 * worker through the queue, announced to subscribers over Redis pub/sub.
 */
@Entity({ name: 'system_checks' })
export class SystemCheck {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', default: SystemCheckStatus.PENDING, enum: SystemCheckStatus })
  status!: SystemCheckStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  /** Host name of the worker that completed it, to tell worker copies apart. */
  @Column({ type: 'text', nullable: true })
  completedBy!: string | null;
}
