import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CaseSeverity, CaseStatus, CaseSubjectKind } from '../moderation.enums';

/**
 * One subject awaiting or having had a moderator's decision. Automatic findings and every
 * report about the same subject join its one open case.
 */
@Entity({ name: 'moderation_cases' })
export class ModerationCase {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', enum: CaseSubjectKind })
  subjectKind!: CaseSubjectKind;

  /** The content's id, or the person's for a PERSON case. */
  @Column({ type: 'uuid' })
  subjectRef!: string;

  /** Who the case concerns: the author, or the person reported. */
  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  @Column({ type: 'uuid', array: true, default: () => `'{}'` })
  allianceIds!: string[];

  @Column({ type: 'text', enum: CaseSeverity })
  severity!: CaseSeverity;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  categories!: string[];

  @Column({ type: 'boolean', default: false })
  reported!: boolean;

  @Column({ type: 'text', enum: CaseStatus, default: CaseStatus.OPEN })
  status!: CaseStatus;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  openedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  escalatedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedBy!: string | null;
}
