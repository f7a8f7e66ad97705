import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CaseSubjectKind, type ModerationAction } from '../moderation.enums';

/** A moderator's decision, with their reason; an undo is a new decision pointing at this one. */
@Entity({ name: 'moderation_decisions' })
export class ModerationDecision {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  caseId!: string | null;

  /** Who it concerns; null for a dismissal of content whose author is gone. */
  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  @Column({ type: 'text', enum: CaseSubjectKind })
  subjectKind!: CaseSubjectKind;

  @Column({ type: 'uuid' })
  subjectRef!: string;

  @Column({ type: 'text' })
  action!: ModerationAction;

  /** The moderator's words to the person, shown to them. */
  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'timestamptz', nullable: true })
  suspendedUntil!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  moderatorId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  reversesId!: string | null;

  /** The alliances whose moderators may undo it or decide an appeal against it. */
  @Column({ type: 'uuid', array: true, default: () => `'{}'` })
  allianceIds!: string[];

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;
}
