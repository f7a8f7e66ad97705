import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One security event. Append-only (a database trigger refuses updates and deletes). */
@Entity({ name: 'audit_events' })
export class AuditEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  subjectId!: string | null;

  @Column({ type: 'text', nullable: true })
  requestId!: string | null;

  /** Ids and small facts only: never secrets or content. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  details!: Record<string, string | number | boolean | null>;
}
