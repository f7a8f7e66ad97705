import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, type Repository } from 'typeorm';
import { EventBus, FieldCipher, Outbox, type Connection, type PageArgs, type Viewer } from '@kindred/core';
import { capitalTopic } from '../capital/capital-events';
import { RecoveryCapitalAccess } from '../capital/recovery-capital-access';
import { previousSnapshot, snapshotHistory } from '../capital/snapshot-history';
import { checkTakenAt } from '../capital/taken-at';
import { DomainRatingNote, noteCipherContext } from './domain-rating-note.entity';
import { columnsFor, DomainRating, scoresOf } from './domain-rating.entity';
import { checkDomainRatings, type DomainRatingEntry } from './domain-ratings-input';
import { DOMAIN_SCALE, type DomainScores, type RecoveryDomain } from './recovery-domain';

/** A snapshot as its reader sees it: scores, decrypted notes, and the scores just before it. */
export interface DomainRatingView {
  rating: DomainRating;
  scores: DomainScores;
  notes: ReadonlyMap<RecoveryDomain, string>;
  previousScores: DomainScores | null;
}

/** TreatNet domain self-ratings, with notes encrypted at rest; every read goes through RecoveryCapitalAccess. */
@Injectable()
export class DomainRatingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(DomainRating) private readonly ratings: Repository<DomainRating>,
    @InjectRepository(DomainRatingNote) private readonly notes: Repository<DomainRatingNote>,
    private readonly cipher: FieldCipher,
    private readonly access: RecoveryCapitalAccess,
    private readonly events: EventBus,
    private readonly outbox: Outbox,
  ) {}

  /** Records the viewer's own ratings; the rating and its encrypted notes are stored together or not at all. */
  async record(viewer: Viewer, entries: readonly DomainRatingEntry[], takenAt?: Date | null): Promise<DomainRatingView> {
    const { scores, notes } = checkDomainRatings(entries);
    const when = checkTakenAt(takenAt);
    const rating = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(DomainRating, { userId: viewer.userId, scaleVersion: DOMAIN_SCALE.version, takenAt: when, ...columnsFor(scores) }),
      );
      const rows = [...notes].map(([domain, text]) => {
        // The row id is known before the note is sealed, so the ciphertext is bound to it.
        const ciphertext = this.cipher.encrypt(text, noteCipherContext(saved.id, domain));
        return { ratingId: saved.id, domain, userId: viewer.userId, ciphertext, keyId: this.cipher.keyIdOf(ciphertext) };
      });
      if (rows.length > 0) await manager.insert(DomainRatingNote, rows);
      // Needs changed: mentor suggestions follow.
      await this.outbox.stage(manager, { name: 'mentorship.refresh-member-suggestions', data: { memberId: viewer.userId } });
      return saved;
    });
    const previous = await previousSnapshot(this.ratings, rating);
    await this.events.publish(capitalTopic(viewer.userId), { ownerId: viewer.userId });
    return { rating, scores, notes, previousScores: previous ? scoresOf(previous) : null };
  }

  async latest(viewer: Viewer, ownerId: string): Promise<DomainRatingView | null> {
    const page = await this.history(viewer, ownerId, { first: 1, after: null });
    return page.edges[0]?.node ?? null;
  }

  /** Newest first, notes decrypted, each with the scores just before it. Three queries per page. */
  async history(viewer: Viewer, ownerId: string, page: PageArgs): Promise<Connection<DomainRatingView>> {
    await this.access.assertCanRead(viewer, ownerId, page.first === 1 ? 'latest domain ratings' : 'domain ratings history');
    const { connection, previousOf } = await snapshotHistory(this.ratings, ownerId, page);
    // Notes stay the owner's: sharing recovery capital shares scores only.
    const notes =
      viewer.userId === ownerId
        ? await this.notesOf(
            ownerId,
            connection.edges.map((edge) => edge.node.id),
          )
        : new Map<string, Map<RecoveryDomain, string>>();
    return {
      ...connection,
      edges: connection.edges.map(({ cursor, node }) => {
        const previous = previousOf(node);
        return {
          cursor,
          node: { rating: node, scores: scoresOf(node), notes: notes.get(node.id) ?? new Map(), previousScores: previous ? scoresOf(previous) : null },
        };
      }),
    };
  }

  /** Decrypted notes of the owner's ratings, by rating; scoped by owner as well as by id. */
  private async notesOf(ownerId: string, ratingIds: readonly string[]): Promise<Map<string, Map<RecoveryDomain, string>>> {
    const byRating = new Map<string, Map<RecoveryDomain, string>>();
    if (ratingIds.length === 0) return byRating;
    const rows = await this.notes.findBy({ userId: ownerId, ratingId: In([...ratingIds]) });
    for (const row of rows) {
      const notes = byRating.get(row.ratingId) ?? new Map<RecoveryDomain, string>();
      notes.set(row.domain, this.cipher.decrypt(row.ciphertext, noteCipherContext(row.ratingId, row.domain)));
      byRating.set(row.ratingId, notes);
    }
    return byRating;
  }
}
