import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AllianceDirectory } from '@kindred/alliances';
import { isUuid, type ModeratedItem } from '@kindred/core';
import { AuditAction, AuditLog, PeopleDirectory } from '@kindred/identity';
import { resolveLanguageLocale } from '@kindred/language';
import { MentorshipContacts } from '@kindred/messaging';
import { NotificationKind, Notifier } from '@kindred/notifications';
import { CrisisAlertConsent, CrisisMentorAlert, CrisisSupportOffer } from './crisis.entities';
import type { CrisisAlertObject, CrisisSupportObject } from './crisis.types';
import { giveAlertConsent, insertSupportOffer } from './crisis-support.queries';
import { OnCallRota } from '../on-call/on-call.entities';
import { countryOfTimeZone, linesForCountries, MENTOR_GUIDANCE, SUPPORT_MESSAGE } from './platform-crisis-resources';

/**
 * The crisis response. A crisis signal is never punished: the author privately receives
 * crisis lines, and their mentor is alerted only when the author consented beforehand.
 * Nobody else is told, and no alert ever quotes what the person wrote.
 */
@Injectable()
export class CrisisSupportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly alliances: AllianceDirectory,
    private readonly mentorships: MentorshipContacts,
    private readonly notifier: Notifier,
    private readonly people: PeopleDirectory,
    private readonly audit: AuditLog,
  ) {}

  /** Once per piece of content: a rescan or a redelivered job offers nothing new. */
  async offer(manager: EntityManager, item: ModeratedItem): Promise<void> {
    if (!item.authorId) return;
    const authorId = item.authorId;
    const offerId = (await insertSupportOffer.one(manager, { userId: authorId, contentKind: item.kind, contentRef: item.id }))?.id;
    if (!offerId) return;
    await this.notifier.notify(manager, { userId: authorId, kind: NotificationKind.SAFETY_SUPPORT, subjectId: offerId });
    if (!(await manager.getRepository(CrisisAlertConsent).existsBy({ userId: authorId }))) return;
    for (const mentorId of await this.mentorships.mentorsOf(authorId)) {
      const alert = await manager.save(manager.create(CrisisMentorAlert, { offerId, mentorId, memberId: authorId }));
      await this.notifier.notify(manager, { userId: mentorId, kind: NotificationKind.SAFETY_ALERT, subjectId: alert.id });
    }
  }

  /**
   * Crisis lines, signed in or not: the asked-for alliance's published lines, the person's own
   * alliances' when signed in, then Kindred's list. An unknown alliance id only leaves its
   * lines out: nothing here ever refuses someone looking for help. Kindred's lines come with
   * the person's own country's first: their alliances' (read from their on-call rotas' time
   * zones), then their own time zone, or the browser's when signed out.
   */
  async supportFor(userId: string | null, asked: { allianceId: string | null; locale: string | null; timeZone: string | null }): Promise<CrisisSupportObject> {
    const own = userId ? (await this.people.settings([userId])).get(userId) : undefined;
    const locale = asked.locale ? resolveLanguageLocale(asked.locale) : (own?.locale ?? 'en');
    const ownAllianceIds = userId ? await this.alliances.activeAllianceIdsOf(this.dataSource.manager, userId) : [];
    const allianceIds = new Set([...(asked.allianceId && isUuid(asked.allianceId) ? [asked.allianceId] : []), ...ownAllianceIds]);
    const lines = await this.alliances.crisisLinesOf([...allianceIds]);
    const rotas = ownAllianceIds.length > 0 ? await this.dataSource.getRepository(OnCallRota).findBy({ allianceId: In(ownAllianceIds) }) : [];
    const countries = [...rotas.map((rota) => rota.timeZone), own?.timeZone, asked.timeZone]
      .map((zone) => countryOfTimeZone(zone))
      .filter((country): country is string => country !== null);
    if (userId) {
      await this.dataSource
        .getRepository(CrisisSupportOffer)
        .createQueryBuilder()
        .update()
        .set({ seenAt: () => 'now()' })
        .where('user_id = :userId AND seen_at IS NULL', { userId })
        .execute();
    }
    return {
      message: SUPPORT_MESSAGE[locale],
      allianceLines: lines.map((line) => ({ allianceId: line.allianceId, allianceName: line.allianceName, resources: line.resources })),
      platformLines: linesForCountries([...new Set(countries)]),
      yourCountry: countries[0] ?? null,
    };
  }

  async consent(userId: string): Promise<boolean> {
    return this.dataSource.getRepository(CrisisAlertConsent).existsBy({ userId });
  }

  /** Giving and withdrawing are one step each, and both are recorded. */
  async setConsent(userId: string, consent: boolean, requestId: string): Promise<boolean> {
    await this.dataSource.transaction(async (manager) => {
      const changed = consent
        ? (await giveAlertConsent.all(manager, { userId })).length > 0
        : ((await manager.delete(CrisisAlertConsent, { userId })).affected ?? 0) > 0;
      if (changed) {
        await this.audit.record(manager, {
          action: consent ? AuditAction.CRISIS_ALERT_CONSENT_GIVEN : AuditAction.CRISIS_ALERT_CONSENT_WITHDRAWN,
          actorId: userId,
          subjectId: userId,
          requestId,
        });
      }
    });
    return consent;
  }

  /** A mentor's alerts, newest first: who may need them, never what they wrote. */
  async alertsFor(mentorId: string): Promise<CrisisAlertObject[]> {
    const alerts = await this.dataSource.getRepository(CrisisMentorAlert).find({ where: { mentorId }, order: { createdAt: 'DESC' }, take: 50 });
    const names = await this.people.summaries(alerts.map((alert) => alert.memberId));
    const locale = (await this.people.settings([mentorId])).get(mentorId)?.locale ?? 'en';
    return alerts.map((alert) => ({
      id: alert.id,
      memberId: alert.memberId,
      memberDisplayName: names.get(alert.memberId)!.displayName,
      createdAt: alert.createdAt,
      guidance: MENTOR_GUIDANCE[locale],
    }));
  }
}
