import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CipherContext } from '@kindred/core';

export enum DataExportStatus {
  REQUESTED = 'REQUESTED',
  READY = 'READY',
  EXPIRED = 'EXPIRED',
}

/** A person's copy of their data. The content is sealed with FieldCipher and cleared when it expires. */
@Entity({ name: 'data_exports' })
export class DataExport {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text', default: DataExportStatus.REQUESTED, enum: DataExportStatus })
  status!: DataExportStatus;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  requestedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readyAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  /** The export as JSON, FieldCipher ciphertext bound to this row. Selected only when handed to its owner. */
  @Column({ type: 'text', nullable: true, select: false })
  content!: string | null;

  /** The key the content was sealed with, for key rotation (a CHECK keeps it equal to the ciphertext's). */
  @Column({ type: 'text', nullable: true })
  contentKeyId!: string | null;
}

export const dataExportContentContext = (dataExportId: string): CipherContext => ({ table: 'data_exports', column: 'content', rowId: dataExportId });
