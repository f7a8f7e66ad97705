import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  ContentKind,
  ContentVisibility,
  HandlesJob,
  ModeratedContentRegistry,
  type JobPayloads,
  type ModeratedContentSource,
  type ModeratedItem,
} from '@kindred/core';
import { ContentSeverity, screenContent, type ContentCategory, type ContentFinding } from '@kindred/language';
import { NotificationKind, Notifier } from '@kindred/notifications';
import { ModerationCases } from '../cases/moderation-cases';
import { CrisisSupportService } from '../crisis/crisis-support.service';
import { CaseSeverity, CaseSubjectKind, ModerationAction } from '../moderation.enums';
import { decidedSince } from './scan-content.queries';

/**
 * The slower half of moderation, after the request screened the text with the same verdict
 * (`screenContent`) and stored it held when it had to be: harassment and dealing (high) and
 * spam (medium) open a case for a moderator; stigmatizing words (low) were already a nudge
 * when sending; a crisis signal brings support, never a penalty, and is never held. Content
 * the request already held stays as it is, and its author already saw why; the hold here is a
 * safety net for content stored visible before screening (or by an older rule set).
 * Idempotent: one open case per subject, one support offer per item, and nothing reopened
 * for words a moderator already let stand.
 */
@Injectable()
export class ScanContentJobHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: ModeratedContentRegistry,
    private readonly cases: ModerationCases,
    private readonly crisis: CrisisSupportService,
    private readonly notifier: Notifier,
  ) {}

  @HandlesJob('moderation.scan-content')
  async handle({ kind, contentId }: JobPayloads['moderation.scan-content']): Promise<void> {
    const source = this.registry.get(kind as ContentKind);
    const item = await source.load(this.dataSource.manager, contentId);
    if (!item) return;
    const { forReview, crisis, heldFor } = screenContent(item.text);
    if (forReview.length === 0 && !crisis) return;
    const held = await this.dataSource.transaction(async (manager) => {
      if (crisis) await this.crisis.offer(manager, item);
      return forReview.length > 0 ? this.review(manager, source, item, forReview, heldFor) : false;
    });
    if (held) await source.announce(item.id);
  }

  /** Opens or joins the case; holds the item when screening says so and nothing held it yet. Returns whether it was held now. */
  private async review(
    manager: EntityManager,
    source: ModeratedContentSource,
    item: ModeratedItem,
    findings: readonly ContentFinding[],
    heldFor: ContentCategory | null,
  ): Promise<boolean> {
    if (await this.clearedSinceChange(manager, item)) return false;
    const caseId = await this.cases.openOrJoin(manager, {
      subjectKind: item.kind as string as CaseSubjectKind,
      subjectRef: item.id,
      personId: item.authorId,
      allianceIds: await this.cases.alliancesFor(manager, item, null),
      severity: findings.some((finding) => finding.severity === ContentSeverity.HIGH) ? CaseSeverity.HIGH : CaseSeverity.MEDIUM,
      categories: findings.map((finding) => finding.category),
      reported: false,
    });
    await this.cases.recordFindings(
      manager,
      caseId,
      findings.map((finding) => ({ category: finding.category, severity: finding.severity, ruleIds: finding.ruleIds, count: finding.count })),
    );
    if (!heldFor || item.visibility !== ContentVisibility.VISIBLE) return false;
    const held = await source.setVisibility(manager, item.id, ContentVisibility.HELD_FOR_REVIEW, heldFor);
    if (held && item.authorId) {
      // A profile's id is its person's: a notification's subject is never a person.
      const subjectId = item.kind === ContentKind.PROFILE ? null : item.id;
      await this.notifier.notify(manager, { userId: item.authorId, kind: NotificationKind.MODERATION, subjectId });
    }
    return held;
  }

  /** A moderator already looked at this very text and let it stand: a repeated scan must not undo that. */
  private async clearedSinceChange(manager: EntityManager, item: ModeratedItem): Promise<boolean> {
    const row = await decidedSince.one(manager, {
      kind: item.kind,
      ref: item.id,
      actions: [ModerationAction.DISMISS, ModerationAction.RESTORE],
      since: item.changedAt,
    });
    return row?.decided ?? false;
  }
}
