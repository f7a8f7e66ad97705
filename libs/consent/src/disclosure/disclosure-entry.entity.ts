import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SharingScope } from '../grants/sharing-scope';

/** One read of a member's shared data by someone else: who saw what, when, under which grant. */
@Entity({ name: 'disclosure_log' })
export class DisclosureEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  ownerId!: string;

  /** Null once the viewer's account was erased. */
  @Column({ type: 'uuid', nullable: true })
  viewerId!: string | null;

  @Column({ type: 'text' })
  scope!: SharingScope;

  @Column({ type: 'uuid', nullable: true })
  grantId!: string | null;

  /** What was read, in a few words (e.g. "latest BARC-10 assessment"); never the data itself. */
  @Column({ type: 'text' })
  what!: string;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  accessedAt!: Date;
}
