import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ContentVisibility, type Locale, PlatformRole, SUPPORTED_LOCALES } from '@kindred/core';

export type { Locale } from '@kindred/core';

/** A person's account. Pseudonymous: a display name, never a required real name. */
@Entity({ name: 'users' })
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Lower-cased; null once the account is erased. */
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt!: Date | null;

  /** argon2id; null once the account is erased. */
  @Column({ type: 'text', nullable: true, select: false })
  passwordHash!: string | null;

  @Column({ type: 'text' })
  displayName!: string;

  @Column({ type: 'text', nullable: true })
  pronouns!: string | null;

  @Column({ type: 'text', default: 'en', enum: SUPPORTED_LOCALES })
  locale!: Locale;

  @Column({ type: 'text', default: 'UTC' })
  timeZone!: string;

  @Column({ type: 'text', array: true, default: () => `'{MEMBER}'`, enum: PlatformRole })
  roles!: PlatformRole[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  erasureRequestedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  erasedAt!: Date | null;

  /** Set by a moderator's suspension; the person may read but not write until then. */
  @Column({ type: 'timestamptz', nullable: true })
  suspendedUntil!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  bannedAt!: Date | null;

  /** Whether language nudges also cover words the person uses about themselves. */
  @Column({ type: 'boolean', default: true })
  selfDescriptionNudges!: boolean;

  /** The public introduction others in their alliances see; FieldCipher ciphertext. */
  @Column({ type: 'text', nullable: true })
  profileIntro!: string | null;

  @Column({ type: 'text', default: ContentVisibility.VISIBLE, enum: ContentVisibility })
  profileIntroVisibility!: ContentVisibility;

  /** Why it is held or hidden, as a category code or a moderator's short reason. */
  @Column({ type: 'text', nullable: true })
  profileIntroReason!: string | null;
}
