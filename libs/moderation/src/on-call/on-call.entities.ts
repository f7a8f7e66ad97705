import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** An alliance's on-call rota: its shifts are read in the alliance's time zone. */
@Entity({ name: 'on_call_rotas' })
export class OnCallRota {
  @PrimaryColumn({ type: 'uuid' })
  allianceId!: string;

  /** IANA time zone, e.g. Europe/London. */
  @Column({ type: 'text' })
  timeZone!: string;
}

/** A vetted peer on call every week on one day, from one local time to another (past midnight when it ends earlier). */
@Entity({ name: 'on_call_shifts' })
export class OnCallShift {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  allianceId!: string;

  @Column({ type: 'uuid' })
  peerId!: string;

  /** 0 is Monday, 6 is Sunday. */
  @Column({ type: 'smallint' })
  weekday!: number;

  /** Local 'HH:MM'. */
  @Column({ type: 'text' })
  startsAt!: string;

  /** Local 'HH:MM'. */
  @Column({ type: 'text' })
  endsAt!: string;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;
}
