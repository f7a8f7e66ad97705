import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SharingScope } from './sharing-scope';

/**
 * A consent record (42 CFR Part 2 §2.31, GDPR Art. 7): who shares (owner), with whom
 * (grantee), which information (scope), for what purpose, until when, and the statement
 * they agreed to. Revocation ends it at once; the row stays as history.
 */
@Entity({ name: 'consent_grants' })
export class ConsentGrant {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  ownerId!: string;

  @Column({ type: 'uuid' })
  granteeId!: string;

  @Column({ type: 'text' })
  scope!: SharingScope;

  /** How the grantee is related at the time of the grant, e.g. SUPPORTER or MENTOR. */
  @Column({ type: 'text' })
  relationship!: string;

  @Column({ type: 'text' })
  purpose!: string;

  @Column({ type: 'text' })
  statement!: string;

  /** Null means until revoked. */
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  grantedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  revokedReason!: string | null;
}
