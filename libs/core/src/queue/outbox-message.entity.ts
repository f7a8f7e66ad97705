import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { JobName } from './job-catalogue';

/**
 * A job intent written in the same transaction as the fact it follows from. It is unfinished
 * until its job completes, so whatever Redis loses, the relay can enqueue it again.
 */
@Entity({ name: 'outbox_messages' })
export class OutboxMessage {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  jobName!: JobName;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** When it was last handed to Redis (by its request, or by the relay). */
  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt!: Date | null;

  /** When a run of its job that started after it was committed completed: only then is it done. */
  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  relayAttempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;
}
