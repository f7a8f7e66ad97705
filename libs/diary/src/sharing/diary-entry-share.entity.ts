import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One entry shared with one person. It is readable only while `grantId` is that person's
 * DIARY_SHARED grant from the owner in force: revoking ends it, and a later grant does not
 * revive it.
 */
@Entity({ name: 'diary_entry_shares' })
export class DiaryEntryShare {
  @PrimaryColumn({ type: 'uuid' })
  entryId!: string;

  @PrimaryColumn({ type: 'uuid' })
  granteeId!: string;

  @Column({ type: 'uuid' })
  grantId!: string;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  sharedAt!: Date;
}
