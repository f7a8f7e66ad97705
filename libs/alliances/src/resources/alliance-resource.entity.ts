import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum ResourceKind {
  DROP_IN_CENTRE = 'DROP_IN_CENTRE',
  HELPLINE = 'HELPLINE',
  SERVICE = 'SERVICE',
  GUIDE = 'GUIDE',
  FAMILY_GROUP = 'FAMILY_GROUP',
  MEETING = 'MEETING',
}

/** Who a resource is for: everyone signed in, or the alliance's supporters (families and friends). */
export enum ResourceAudience {
  EVERYONE = 'EVERYONE',
  SUPPORTERS = 'SUPPORTERS',
}

/** An entry of an alliance's resources directory: for everyone signed in, or for its supporters only. */
@Entity({ name: 'alliance_resources' })
export class AllianceResource {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  allianceId!: string;

  @Column({ type: 'text', enum: ResourceKind })
  kind!: ResourceKind;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'text', nullable: true })
  hours!: string | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  languages!: string[];

  @Column({ type: 'text', default: ResourceAudience.EVERYONE, enum: ResourceAudience })
  audience!: ResourceAudience;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
