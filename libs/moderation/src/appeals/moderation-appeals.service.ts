import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { BadUserInputError, ConflictError, FieldCipher, NotFoundError, checkText, refuseOwnCase, type CipherContext, type Viewer, isUuid } from '@kindred/core';
import { NotificationKind, Notifier } from '@kindred/notifications';
import { ModerationDecision } from '../decisions/moderation-decision.entity';
import { toDecisionObject } from '../decisions/moderation-decision.presenter';
import { ModerationDecisionsService } from '../decisions/moderation-decisions.service';
import type { MyModerationDecisionObject } from '../decisions/moderation-decisions.types';
import { ModeratorScope } from '../moderators/moderator-scope.policy';
import { APPEALABLE_ACTIONS, AppealStatus } from '../moderation.enums';
import { ModerationAppeal } from './moderation-appeal.entity';
import type { ModerationAppealObject } from './moderation-appeals.types';
import { ModerationMessages } from '../moderation.messages';
import { appealWindowPassed, insertAppeal } from './moderation-appeals.queries';

/** How long after a decision the person may appeal it. */
export const APPEAL_WINDOW_DAYS = 20;

export const appealStatementContext = (appealId: string): CipherContext => ({ table: 'moderation_appeals', column: 'statement', rowId: appealId });

/**
 * Appeals: the person a decision concerns may appeal it once, within 20 days; a moderator
 * other than the one who decided settles it. Overturning undoes the decision.
 */
@Injectable()
export class ModerationAppealsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly decisions: ModerationDecisionsService,
    private readonly scope: ModeratorScope,
    private readonly notifier: Notifier,
    private readonly cipher: FieldCipher,
  ) {}

  async appeal(viewer: Viewer, decisionId: string, statement: string): Promise<ModerationAppealObject> {
    const text = checkText(statement, 'statement', ModerationMessages.MODERATION_LABEL_APPEAL_STATEMENT(), { max: 2000 });
    const decision = isUuid(decisionId) ? await this.dataSource.getRepository(ModerationDecision).findOneBy({ id: decisionId }) : null;
    if (!decision || decision.personId !== viewer.userId) throw new NotFoundError(ModerationMessages.DECISION_ABOUT_YOU_NOT_FOUND());
    if (!APPEALABLE_ACTIONS.includes(decision.action) || decision.reversesId) {
      throw new BadUserInputError(ModerationMessages.DECISION_NOT_APPEALABLE(), { field: 'decisionId' });
    }
    const appealWindow = await appealWindowPassed.one(this.dataSource.manager, { decidedAt: decision.createdAt, windowDays: APPEAL_WINDOW_DAYS });
    if (appealWindow?.late) throw new ConflictError(ModerationMessages.APPEAL_WINDOW_PASSED({ days: APPEAL_WINDOW_DAYS }));
    const id = randomUUID();
    const inserted = await insertAppeal.all(this.dataSource.manager, {
      id,
      decisionId: decision.id,
      appellantId: viewer.userId,
      sealedStatement: this.cipher.encrypt(text, appealStatementContext(id)),
    });
    if (inserted.length === 0) throw new ConflictError(ModerationMessages.ALREADY_APPEALED());
    return this.present(await this.dataSource.getRepository(ModerationAppeal).findOneByOrFail({ id }), decision);
  }

  async decide(viewer: Viewer, appealId: string, overturn: boolean, note: string, requestId: string): Promise<ModerationAppealObject> {
    const checkedNote = checkText(note, 'note', ModerationMessages.MODERATION_LABEL_NOTE_FOR_PERSON(), { max: 1000 });
    const result = await this.dataSource.transaction(async (manager) => {
      const appeal = isUuid(appealId)
        ? await manager.getRepository(ModerationAppeal).createQueryBuilder('a').setLock('pessimistic_write').where('a.id = :appealId', { appealId }).getOne()
        : null;
      const decision = appeal ? await manager.getRepository(ModerationDecision).findOneBy({ id: appeal.decisionId }) : null;
      if (!appeal || !decision) throw new NotFoundError(ModerationMessages.APPEAL_NOT_FOUND());
      await this.scope.require(manager, viewer, decision.allianceIds);
      refuseOwnCase(viewer.userId, appeal.appellantId, ModerationMessages.OWN_APPEAL());
      refuseOwnCase(viewer.userId, decision.moderatorId, ModerationMessages.APPEAL_AGAINST_OWN_DECISION());
      if (appeal.status !== AppealStatus.PENDING) throw new ConflictError(ModerationMessages.APPEAL_ALREADY_DECIDED());
      const status = overturn ? AppealStatus.OVERTURNED : AppealStatus.UPHELD;
      // Already undone by a moderator meanwhile: the appeal is overturned with nothing left to undo.
      if (overturn && !(await manager.getRepository(ModerationDecision).existsBy({ reversesId: decision.id }))) {
        await this.decisions.reverseIn(manager, viewer, decision.id, checkedNote, requestId);
      }
      await manager.update(ModerationAppeal, { id: appeal.id }, { status, decidedBy: viewer.userId, decisionNote: checkedNote, decidedAt: () => 'now()' });
      await this.notifier.notify(manager, { userId: appeal.appellantId, kind: NotificationKind.MODERATION, subjectId: appeal.id });
      return { appeal: await manager.getRepository(ModerationAppeal).findOneByOrFail({ id: appeal.id }), decision };
    });
    return this.present(result.appeal, result.decision);
  }

  /** Pending appeals a moderator may decide: in their alliances, and not against their own decisions. */
  async pendingFor(viewer: Viewer): Promise<ModerationAppealObject[]> {
    const admin = this.scope.isAdministrator(viewer);
    const alliances = admin ? [] : await this.scope.alliancesOf(this.dataSource.manager, viewer.userId);
    if (!admin && alliances.length === 0) return [];
    const rows = await this.dataSource
      .getRepository(ModerationAppeal)
      .createQueryBuilder('appeal')
      .innerJoinAndMapOne('appeal.decision', ModerationDecision, 'decision', 'decision.id = appeal.decision_id')
      .where('appeal.status = :pending', { pending: AppealStatus.PENDING })
      .andWhere('decision.moderator_id IS DISTINCT FROM :viewerId AND appeal.appellant_id <> :viewerId', { viewerId: viewer.userId })
      .andWhere(admin ? 'TRUE' : 'decision.alliance_ids && :alliances::uuid[]', { alliances })
      .orderBy('appeal.created_at', 'ASC')
      .take(100)
      .getMany();
    return rows.map((row) => this.present(row, (row as ModerationAppeal & { decision: ModerationDecision }).decision));
  }

  /** Decisions about the viewer, newest first, with what they can still do about each. */
  async decisionsAbout(viewer: Viewer): Promise<MyModerationDecisionObject[]> {
    const decisions = await this.dataSource
      .getRepository(ModerationDecision)
      .find({ where: { personId: viewer.userId }, order: { createdAt: 'DESC' }, take: 100 });
    const ids = decisions.map((decision) => decision.id);
    const appeals = ids.length ? await this.dataSource.getRepository(ModerationAppeal).findBy({ decisionId: In(ids) }) : [];
    const reversed = new Set(decisions.flatMap((decision) => (decision.reversesId ? [decision.reversesId] : [])));
    const appealOf = new Map(appeals.map((appeal) => [appeal.decisionId, appeal]));
    const now = Date.now();
    return decisions.map((decision) => {
      const deadline =
        APPEALABLE_ACTIONS.includes(decision.action) && !decision.reversesId ? new Date(decision.createdAt.getTime() + APPEAL_WINDOW_DAYS * 86_400_000) : null;
      const appeal = appealOf.get(decision.id) ?? null;
      return {
        ...toDecisionObject(decision),
        appealDeadline: deadline,
        appealable: deadline !== null && deadline.getTime() > now && !appeal && !reversed.has(decision.id),
        appealStatus: appeal?.status ?? null,
        reversed: reversed.has(decision.id),
      };
    });
  }

  private present(appeal: ModerationAppeal, decision: ModerationDecision): ModerationAppealObject {
    return {
      id: appeal.id,
      decision: toDecisionObject(decision),
      statement: this.cipher.decrypt(appeal.statement, appealStatementContext(appeal.id)),
      status: appeal.status,
      decisionNote: appeal.decisionNote,
      createdAt: appeal.createdAt,
      decidedAt: appeal.decidedAt,
    };
  }
}
