import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum ResourceKind {
  DROP_IN_CENTRE = 'DROP_IN_CENTRE',
  HELPLINE = 'HELPLINE',
  SERVICE = 'SERVICE',
}

/** An entry of an alliance's resources directory, readable by anyone signed in. */
@Entity({ name: 'alliance_resources' })
export class AllianceResource {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  allianceId!: string;

  @Column({ type: 'text' })
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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
