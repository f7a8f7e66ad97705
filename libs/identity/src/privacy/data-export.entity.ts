import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum DataExportStatus {
  REQUESTED = 'REQUESTED',
  READY = 'READY',
  EXPIRED = 'EXPIRED',
}

/** A person's copy of their data. The content is cleared when it expires. */
@Entity({ name: 'data_exports' })
export class DataExport {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text', default: DataExportStatus.REQUESTED })
  status!: DataExportStatus;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  requestedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readyAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  /** Selected only when handed to its owner. */
  @Column({ type: 'jsonb', nullable: true, select: false })
  content!: Record<string, unknown> | null;
}
