import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What automatic moderation found, by category: rule ids and a count, never the words. */
@Entity({ name: 'moderation_findings' })
export class ModerationFinding {
  @PrimaryColumn({ type: 'uuid' })
  caseId!: string;

  @PrimaryColumn({ type: 'text' })
  category!: string;

  @Column({ type: 'text' })
  severity!: string;

  @Column({ type: 'text', array: true })
  ruleIds!: string[];

  @Column({ type: 'integer' })
  matchCount!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  foundAt!: Date;
}
