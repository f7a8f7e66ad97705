import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource } from 'typeorm';
import { NotFoundError, isUuid, type Viewer } from '@kindred/core';
import { PeopleDirectory } from '@kindred/identity';
import { EarlyHelpAlert, EarlyHelpEpisode } from './early-help.entities';
import type { EarlyHelpAlertObject, EarlyHelpOfferObject } from './early-help.types';
import { MENTOR_GUIDANCE, memberMessage, nextSteps } from './early-help-words';
import { alertsForMentor } from './early-help.queries';
import { CheckinMessages } from '../checkins.messages';

const ALERTS_SHOWN = 50;

/** What each side sees of early help: the member their open offers, a mentor the alerts meant for them. */
@Injectable()
export class EarlyHelpViewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly people: PeopleDirectory,
  ) {}

  async myOffers(viewer: Viewer): Promise<EarlyHelpOfferObject[]> {
    const episodes = await this.dataSource
      .getRepository(EarlyHelpEpisode)
      .find({ where: { memberId: viewer.userId, closedAt: IsNull() }, order: { openedAt: 'DESC' } });
    const alerted = episodes.length
      ? new Set(
          (
            await this.dataSource
              .getRepository(EarlyHelpAlert)
              .find({ select: { episodeId: true }, where: { episodeId: In(episodes.map((episode) => episode.id)) } })
          ).map((alert) => alert.episodeId),
        )
      : new Set<string>();
    return episodes.map((episode) => ({
      id: episode.id,
      reason: episode.reason,
      message: memberMessage(episode.reason, viewer.locale),
      nextSteps: nextSteps(viewer.locale),
      openedAt: episode.openedAt,
      mentorTold: alerted.has(episode.id),
    }));
  }

  async myAlerts(viewer: Viewer): Promise<EarlyHelpAlertObject[]> {
    const rows = await alertsForMentor.all(this.dataSource.manager, { mentorId: viewer.userId, limit: ALERTS_SHOWN });
    const names = await this.people.summaries(rows.map((row) => row.memberId));
    return rows.map((row) => ({
      id: row.id,
      memberId: row.memberId,
      memberDisplayName: names.get(row.memberId)!.displayName,
      reason: row.reason,
      guidance: MENTOR_GUIDANCE[row.reason],
      createdAt: row.createdAt,
      seen: row.seenAt !== null,
    }));
  }

  async markSeen(viewer: Viewer, alertId: string): Promise<boolean> {
    if (!isUuid(alertId)) throw new NotFoundError(CheckinMessages.EARLY_HELP_ALERT_NOT_FOUND());
    const found = await this.dataSource.getRepository(EarlyHelpAlert).existsBy({ id: alertId, mentorId: viewer.userId });
    if (!found) throw new NotFoundError(CheckinMessages.EARLY_HELP_ALERT_NOT_FOUND());
    await this.dataSource.getRepository(EarlyHelpAlert).update({ id: alertId, mentorId: viewer.userId, seenAt: IsNull() }, { seenAt: new Date() });
    return true;
  }
}
