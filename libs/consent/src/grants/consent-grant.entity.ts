import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ConsentSignatureMethod } from './consent-signature';
import { SharingEnd } from './sharing-end';
import { SharingScope } from './sharing-scope';

/**
 * A consent record (42 CFR Part 2 §2.31, GDPR Art. 7): who shares (owner), with whom
 * (grantee), which information (scope), for what purpose, how it ends, the statement they
 * agreed to, and how they signed it. Revocation ends it at once; the row stays as history.
 */
@Entity({ name: 'consent_grants' })
export class ConsentGrant {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  ownerId!: string;

  @Column({ type: 'uuid' })
  granteeId!: string;

  @Column({ type: 'text', enum: SharingScope })
  scope!: SharingScope;

  /** How the grantee is related at the time of the grant, e.g. SUPPORTER or MENTOR. */
  @Column({ type: 'text' })
  relationship!: string;

  @Column({ type: 'text' })
  purpose!: string;

  @Column({ type: 'text' })
  statement!: string;

  /** ON_DATE with expiresAt, or WHEN_RELATIONSHIP_ENDS without: never open-ended (a CHECK holds it). */
  @Column({ type: 'text', enum: SharingEnd })
  ends!: SharingEnd;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  grantedAt!: Date;

  /** The signature: when, how, in which signed-in session, and the name typed. */
  @Column({ type: 'timestamptz', precision: 3 })
  signedAt!: Date;

  @Column({ type: 'text' })
  signatureMethod!: ConsentSignatureMethod;

  @Column({ type: 'uuid', nullable: true })
  signatureSessionId!: string | null;

  @Column({ type: 'text', nullable: true })
  signedName!: string | null;

  /** When it stopped before its end, or, with reason EXPIRED, the end date of a grant closed when it was given again. */
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  revokedReason!: string | null;
}
