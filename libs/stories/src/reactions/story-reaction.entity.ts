import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Only encouragement: there is no negative reaction to count. */
export enum EncouragementKind {
  HEART = 'HEART',
  STRENGTH = 'STRENGTH',
  HOPE = 'HOPE',
  SOLIDARITY = 'SOLIDARITY',
}

@Entity({ name: 'story_reactions' })
export class StoryReaction {
  @PrimaryColumn({ type: 'uuid' })
  storyId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'text' })
  kind!: EncouragementKind;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
