import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ContentKind, ContentVisibility, HandlesJob, ModeratedContentRegistry, type JobPayloads, type ModeratedContentSource, type ModeratedItem } from '@kindred/core';
import { classifyContent, ContentCategory, ContentSeverity, type ContentFinding } from '@kindred/language';
import { NotificationKind, Notifier } from '@kindred/notifications';
import { ModerationCases } from '../cases/moderation-cases';
import { CrisisSupportService } from '../crisis/crisis-support.service';
import { CaseSeverity, CaseSubjectKind, ModerationAction } from '../moderation.enums';

/** Severities that open a case and hold the content until a moderator looks. */
const HOLDING: ReadonlySet<ContentSeverity> = new Set([ContentSeverity.HIGH, ContentSeverity.MEDIUM]);

/**
 * Scans new and changed text in the worker, never in the request. Harassment and dealing
 * (high) and spam (medium) are held for review and the author is told why; stigmatizing
 * words (low) were already a nudge when sending; a crisis signal brings support, never a
 * penalty. Idempotent: one open case per subject, one support offer per item.
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
    const item = await source.load(contentId);
    if (!item) return;
    const findings = classifyContent(item.text);
    const holding = findings.filter((finding) => HOLDING.has(finding.severity));
    const crisis = findings.some((finding) => finding.category === ContentCategory.CRISIS);
    if (holding.length === 0 && !crisis) return;
    const held = await this.dataSource.transaction(async (manager) => {
      if (crisis) await this.crisis.offer(item, manager);
      return holding.length > 0 ? this.hold(source, item, holding, manager) : false;
    });
    if (held) await source.announce(item.id);
  }

  private async hold(source: ModeratedContentSource, item: ModeratedItem, findings: readonly ContentFinding[], manager: EntityManager): Promise<boolean> {
    const caseId = await this.cases.openOrJoin(manager, {
      subjectKind: item.kind as string as CaseSubjectKind,
      subjectRef: item.id,
      personId: item.authorId,
      allianceIds: await this.cases.alliancesFor(item, null, manager),
      severity: findings.some((finding) => finding.severity === ContentSeverity.HIGH) ? CaseSeverity.HIGH : CaseSeverity.MEDIUM,
      categories: findings.map((finding) => finding.category),
      reported: false,
    });
    await this.cases.recordFindings(
      manager,
      caseId,
      findings.map((finding) => ({ category: finding.category, severity: finding.severity, ruleIds: finding.ruleIds, count: finding.count })),
    );
    if (item.visibility !== ContentVisibility.VISIBLE || (await this.clearedSinceChange(item, manager))) return false;
    const held = await source.setVisibility(item.id, ContentVisibility.HELD_FOR_REVIEW, findings[0]!.category, manager);
    if (held && item.authorId) {
      // A profile's id is its person's: a notification's subject is never a person.
      const subjectId = item.kind === ContentKind.PROFILE ? null : item.id;
      await this.notifier.notify(manager, { userId: item.authorId, kind: NotificationKind.MODERATION, subjectId });
    }
    return held;
  }

  /** A moderator already looked at this very text and let it stand: a repeated scan must not undo that. */
  private async clearedSinceChange(item: ModeratedItem, manager: EntityManager): Promise<boolean> {
    const [row]: { cleared: boolean }[] = await manager.query(
      `SELECT EXISTS (
         SELECT 1 FROM moderation_decisions
          WHERE subject_kind = $1 AND subject_ref = $2 AND action = ANY($3) AND created_at >= $4
       ) AS cleared`,
      [item.kind, item.id, [ModerationAction.DISMISS, ModerationAction.RESTORE], item.changedAt],
    );
    return row?.cleared ?? false;
  }
}
