import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { RecoveryDomain, type DomainScores } from './recovery-domain';

/**
 * One self-rating of the eight TreatNet domains: a dated snapshot, never edited. One column
 * per domain (rather than a row per domain) so a snapshot is one row, its history one index
 * scan, and the database itself guarantees all eight are there.
 */
@Entity({ name: 'domain_ratings' })
export class DomainRating {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  /** Which scale was used (see DOMAIN_SCALE). */
  @Column({ type: 'text' })
  scaleVersion!: string;

  @Column({ type: 'timestamptz' })
  takenAt!: Date;

  @Column({ type: 'smallint' })
  physicalAndMentalHealth!: number;

  @Column({ type: 'smallint' })
  familySocialSupportAndLeisure!: number;

  @Column({ type: 'smallint' })
  safeHousingAndEnvironment!: number;

  @Column({ type: 'smallint' })
  peerSupport!: number;

  @Column({ type: 'smallint' })
  employmentAndLegal!: number;

  @Column({ type: 'smallint' })
  skillsAndEducation!: number;

  @Column({ type: 'smallint' })
  communityAndCulture!: number;

  @Column({ type: 'smallint' })
  meaningAndPurpose!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

type ScoreProperty = Exclude<keyof DomainRating, 'id' | 'userId' | 'scaleVersion' | 'takenAt' | 'createdAt'>;

/** Which column holds which domain. */
export const DOMAIN_COLUMNS: Readonly<Record<RecoveryDomain, ScoreProperty>> = {
  [RecoveryDomain.PHYSICAL_AND_MENTAL_HEALTH]: 'physicalAndMentalHealth',
  [RecoveryDomain.FAMILY_SOCIAL_SUPPORT_AND_LEISURE]: 'familySocialSupportAndLeisure',
  [RecoveryDomain.SAFE_HOUSING_AND_ENVIRONMENT]: 'safeHousingAndEnvironment',
  [RecoveryDomain.PEER_SUPPORT]: 'peerSupport',
  [RecoveryDomain.EMPLOYMENT_AND_LEGAL]: 'employmentAndLegal',
  [RecoveryDomain.SKILLS_AND_EDUCATION]: 'skillsAndEducation',
  [RecoveryDomain.COMMUNITY_AND_CULTURE]: 'communityAndCulture',
  [RecoveryDomain.MEANING_AND_PURPOSE]: 'meaningAndPurpose',
};

export function scoresOf(rating: DomainRating): DomainScores {
  return Object.fromEntries(
    (Object.entries(DOMAIN_COLUMNS) as [RecoveryDomain, ScoreProperty][]).map(([domain, property]) => [domain, rating[property]]),
  ) as DomainScores;
}

export function columnsFor(scores: DomainScores): Pick<DomainRating, ScoreProperty> {
  return Object.fromEntries(
    (Object.entries(DOMAIN_COLUMNS) as [RecoveryDomain, ScoreProperty][]).map(([domain, property]) => [property, scores[domain]]),
  ) as Pick<DomainRating, ScoreProperty>;
}
