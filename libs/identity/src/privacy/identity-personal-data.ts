import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EncryptedColumns, FieldCipher, Outbox, PersonalData, type PersonalDataContributor, type PersonalDataCoverage } from '@kindred/core';
import { User } from '../accounts/user.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { EmailToken } from '../email-tokens/email-token.entity';
import { OutgoingEmail } from '../mail/outgoing-email.entity';
import { profileIntroContext } from '../profiles/profile-intro';
import { Session } from '../sessions/session.entity';
import { DataExport, dataExportContentContext } from './data-export.entity';

/** What others see in place of an erased person, e.g. as the sender of an old message. */
export const ERASED_DISPLAY_NAME = 'Deleted person';

/**
 * Identity's share of export and erasure. The users row is kept, scrubbed, rather than
 * deleted: deleting it would cascade into rows other people share (conversations, ledgers),
 * and audit ids should still resolve to "an erased account". Job intents naming the person
 * in the outbox are deleted with it. Other domains do not keep
 * pointing at it: they delete the person's rows or set the person column to NULL (shown as
 * "a deleted person"), so nothing stays linkable to the same erased author.
 */
@EncryptedColumns([
  { table: 'users', column: 'profile_intro', context: (row) => profileIntroContext(row.id) },
  { table: 'data_exports', column: 'content', keyIdColumn: 'content_key_id', context: (row) => dataExportContentContext(row['id']!) },
])
@PersonalData()
@Injectable()
export class IdentityPersonalData implements PersonalDataContributor {
  readonly domain = 'identity';
  readonly erasesAccount = true;

  readonly covers: readonly PersonalDataCoverage[] = [
    { table: 'users', personColumns: ['id'] },
    { table: 'sessions', personColumns: ['user_id'] },
    // Refresh tokens belong to the person through their session.
    { table: 'refresh_tokens', personColumns: ['session_id'] },
    { table: 'email_tokens', personColumns: ['user_id'] },
    { table: 'outgoing_emails', personColumns: ['user_id'] },
    { table: 'data_exports', personColumns: ['user_id'] },
    // Exported as the person's security history. Kept on erasure by design: the log is
    // append-only evidence, its details hold no personal data, and its bare ids point at
    // nobody once the account row is scrubbed.
    { table: 'audit_events', personColumns: ['actor_id', 'subject_id'] },
  ];

  constructor(
    private readonly cipher: FieldCipher,
    private readonly outbox: Outbox,
  ) {}

  async export(manager: EntityManager, userId: string): Promise<Record<string, unknown>> {
    const user = await manager.getRepository(User).findOneBy({ id: userId });
    const sessions = await manager.getRepository(Session).find({ where: { userId }, order: { createdAt: 'ASC' } });
    const emailTokens = await manager.getRepository(EmailToken).find({
      select: { purpose: true, createdAt: true, expiresAt: true, usedAt: true },
      where: { userId },
      order: { createdAt: 'ASC' },
    });
    const emails = await manager.getRepository(OutgoingEmail).find({ where: { userId }, order: { createdAt: 'ASC' } });
    const exports = await manager.getRepository(DataExport).find({ where: { userId }, order: { requestedAt: 'ASC' } });
    // Only events about the person; an actor who is someone else (an administrator) is not named.
    const events = await manager.getRepository(AuditEvent).find({ where: { subjectId: userId }, order: { id: 'ASC' } });
    return {
      account: user && {
        id: user.id,
        email: user.email,
        emailVerifiedAt: user.emailVerifiedAt,
        displayName: user.displayName,
        pronouns: user.pronouns,
        profileIntro: user.profileIntro ? this.cipher.decrypt(user.profileIntro, profileIntroContext(user.id)) : null,
        selfDescriptionNudges: user.selfDescriptionNudges,
        suspendedUntil: user.suspendedUntil,
        bannedAt: user.bannedAt,
        locale: user.locale,
        timeZone: user.timeZone,
        roles: user.roles,
        createdAt: user.createdAt,
        updatedAt: user.updatedAt,
        erasureRequestedAt: user.erasureRequestedAt,
      },
      sessions: sessions.map((session) => ({
        createdAt: session.createdAt,
        lastRefreshedAt: session.lastRefreshedAt,
        expiresAt: session.expiresAt,
        revokedAt: session.revokedAt,
        revokeReason: session.revokeReason,
      })),
      emailLinks: emailTokens.map((token) => ({
        purpose: token.purpose,
        createdAt: token.createdAt,
        expiresAt: token.expiresAt,
        usedAt: token.usedAt,
      })),
      emails: emails.map((email) => ({
        template: email.template,
        createdAt: email.createdAt,
        sentAt: email.sentAt,
        cancelledAt: email.cancelledAt,
      })),
      dataExports: exports.map((entry) => ({
        id: entry.id,
        status: entry.status,
        requestedAt: entry.requestedAt,
        readyAt: entry.readyAt,
        expiresAt: entry.expiresAt,
      })),
      securityEvents: events.map((event) => ({
        occurredAt: event.occurredAt,
        action: event.action,
        byYou: event.actorId === userId,
        details: event.details,
      })),
    };
  }

  async erase(manager: EntityManager, userId: string): Promise<void> {
    // Runs after every other domain's erasure, so job intents they staged about the person go too.
    await this.outbox.forget(manager, userId);
    await manager.delete(DataExport, { userId });
    await manager.delete(OutgoingEmail, { userId });
    await manager.delete(EmailToken, { userId });
    // Refresh tokens go with their sessions (ON DELETE CASCADE).
    await manager.delete(Session, { userId });
    await manager
      .createQueryBuilder()
      .update(User)
      .set({
        email: null,
        passwordHash: null,
        emailVerifiedAt: null,
        displayName: ERASED_DISPLAY_NAME,
        pronouns: null,
        profileIntro: null,
        profileIntroReason: null,
        locale: 'en',
        timeZone: 'UTC',
        roles: [],
        erasedAt: () => 'now()',
      })
      // Only once, so a repeated erasure leaves the row (and its erased_at) as it was.
      .where('id = :userId AND erased_at IS NULL', { userId })
      .execute();
  }
}
