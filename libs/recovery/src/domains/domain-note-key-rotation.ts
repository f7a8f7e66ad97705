import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FieldCipher, FieldDecryptionError } from '@kindred/core';
import type { RecoveryDomain } from './recovery-domain';
import { DomainRatingNote, noteCipherContext } from './domain-rating-note.entity';

export interface NoteKey {
  ratingId: string;
  domain: RecoveryDomain;
}

export interface RotationReport {
  reencrypted: number;
  /** Notes that could not be decrypted (damaged, or their key is gone): left as they are, for an operator to look at. */
  unreadable: NoteKey[];
}

/**
 * Re-encrypts domain notes still sealed with an older key, after an operator puts a new key
 * first in FIELD_ENCRYPTION_KEYS. Once a run re-encrypts everything with nothing unreadable,
 * the old key can be removed. It walks the notes in key order in short transactions; rows
 * another run holds are skipped (it re-encrypts them), and running it again changes nothing.
 */
@Injectable()
export class DomainNoteKeyRotation {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {}

  async rotateAll(batchSize = 200): Promise<RotationReport> {
    const report: RotationReport = { reencrypted: 0, unreadable: [] };
    let after: NoteKey | null = null;
    for (;;) {
      const batch = await this.rotateBatch(after, batchSize, report);
      if (!batch) return report;
      after = batch;
    }
  }

  /** One batch after the given note; returns the last note seen, or null when none was left. */
  private rotateBatch(after: NoteKey | null, batchSize: number, report: RotationReport): Promise<NoteKey | null> {
    return this.dataSource.transaction(async (manager) => {
      const query = manager
        .getRepository(DomainRatingNote)
        .createQueryBuilder('note')
        .where('note.key_id <> :active', { active: this.cipher.activeKeyId });
      if (after) query.andWhere('(note.rating_id, note.domain) > (:ratingId, :domain)', after);
      const stale = await query
        .orderBy('note.rating_id')
        .addOrderBy('note.domain')
        .limit(batchSize)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const note of stale) {
        const key = { ratingId: note.ratingId, domain: note.domain };
        let ciphertext: string | null;
        try {
          ciphertext = this.cipher.reencrypt(note.ciphertext, noteCipherContext(note.ratingId, note.domain));
        } catch (error) {
          if (!(error instanceof FieldDecryptionError)) throw error;
          report.unreadable.push(key);
          continue;
        }
        if (!ciphertext) continue;
        await manager.update(DomainRatingNote, key, { ciphertext, keyId: this.cipher.keyIdOf(ciphertext) });
        report.reencrypted += 1;
      }
      const last = stale.at(-1);
      return last ? { ratingId: last.ratingId, domain: last.domain } : null;
    });
  }
}
