import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AllianceDirectory } from '@kindred/alliances';
import {
  BadUserInputError,
  ConflictError,
  ContentVisibility,
  FieldCipher,
  NotFoundError,
  Outbox,
  RateLimiter,
  checkText,
  refuseOwnCase,
  mapConnectionInBatch,
  paginateByKeyset,
  type Connection,
  type PageArgs,
  type RateLimit,
  type Viewer,
  isUuid,
} from '@kindred/core';
import { ERASED_DISPLAY_NAME, heldReasonText, LanguageNudges, PeopleDirectory, PostingGate, screenedChange } from '@kindred/identity';
import { ModeratorScope } from '@kindred/moderation';
import { NotificationKind, Notifier } from '@kindred/notifications';
import { EncouragementKind, StoryReaction } from '../reactions/story-reaction.entity';
import { StoryContentSource } from './story-content.source';
import { Story, StoryStatus } from './story.entity';
import { checkStory, storyBodyContext, storyTitleContext } from './story-text';
import type { PublicStoryObject, StoryInput, StoryObject, StoryWrittenObject } from './story.types';
import { StoryMessages } from '../stories.messages';
import { encouragementCounts } from './stories.queries';

const notFound = (): NotFoundError => new NotFoundError(StoryMessages.STORY_NOT_FOUND());

/**
 * The public door's stories, per address: each visit reads a few, so this ceiling is far above
 * any person or shared connection and bounds what a scraper costs in decryption. Uncounted while
 * Redis is down: the door must open during an outage.
 */
export const PUBLIC_STORIES_LIMIT = { name: 'public-stories:ip', limit: 300, windowSeconds: 15 * 60, whenUncounted: 'allow' } satisfies RateLimit;

/** The public door shows a few stories at a time; members read the rest signed in. */
export const MAX_PUBLIC_STORIES_PAGE = 20;

/**
 * Stories of hope: written by members and mentors, published to an alliance (or to
 * everyone) only once a moderator approved them, read by the people of that audience, who
 * may send encouragement. Nobody can send anything negative, so nothing negative is counted.
 */
@Injectable()
export class StoriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    private readonly gate: PostingGate,
    private readonly nudges: LanguageNudges,
    private readonly outbox: Outbox,
    private readonly alliances: AllianceDirectory,
    private readonly scope: ModeratorScope,
    private readonly people: PeopleDirectory,
    private readonly notifier: Notifier,
    private readonly source: StoryContentSource,
    private readonly rateLimiter: RateLimiter,
  ) {}

  async write(viewer: Viewer, input: StoryInput): Promise<StoryWrittenObject> {
    const { title, body } = checkStory(input.title, input.body);
    const allianceId = input.allianceId ?? null;
    const isPublic = input.isPublic ?? false;
    if (isPublic && allianceId) throw new BadUserInputError(StoryMessages.STORY_PUBLIC_TO_EVERYONE(), { field: 'isPublic' });
    if (allianceId && (!isUuid(allianceId) || !(await this.alliances.activeAllianceIdsOf(this.dataSource.manager, viewer.userId)).includes(allianceId))) {
      throw new BadUserInputError(StoryMessages.STORY_AUDIENCE(), { field: 'allianceId' });
    }
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      const screening = await this.gate.requireMayPost(manager, viewer.userId, `${title}\n${body}`);
      await manager.insert(Story, {
        id,
        authorId: viewer.userId,
        allianceId,
        isPublic,
        // A name shown on the door only makes sense for a story on the door.
        showsNamePublicly: isPublic && (input.showNamePublicly ?? false),
        title: this.cipher.encrypt(title, storyTitleContext(id)),
        body: this.cipher.encrypt(body, storyBodyContext(id)),
        visibility: screening.visibility,
        visibilityReason: screening.reason,
      });
      await this.outbox.stage(manager, { name: 'moderation.scan-content', data: { kind: 'STORY', contentId: id } });
    });
    return { story: await this.one(viewer, id), languageSuggestions: await this.nudges.for(viewer.userId, `${title}\n${body}`) };
  }

  /** A change goes back to review: readers only ever see approved words. */
  async edit(viewer: Viewer, storyId: string, input: StoryInput): Promise<StoryWrittenObject> {
    const { title, body } = checkStory(input.title, input.body);
    await this.dataSource.transaction(async (manager) => {
      const story = await this.lockOwn(manager, viewer, storyId);
      if (story.status === StoryStatus.WITHDRAWN) throw new ConflictError(StoryMessages.STORY_WITHDRAWN());
      const screening = await this.gate.requireMayPost(manager, viewer.userId, `${title}\n${body}`);
      const { visibility, reason } = screenedChange({ visibility: story.visibility, reason: story.visibilityReason }, screening);
      await manager.update(
        Story,
        { id: story.id },
        {
          visibility,
          visibilityReason: reason,
          title: this.cipher.encrypt(title, storyTitleContext(story.id)),
          body: this.cipher.encrypt(body, storyBodyContext(story.id)),
          status: StoryStatus.PENDING_REVIEW,
          publishedAt: null,
          reviewNote: null,
          updatedAt: () => 'now()',
        },
      );
      await this.outbox.stage(manager, { name: 'moderation.scan-content', data: { kind: 'STORY', contentId: story.id } });
    });
    return { story: await this.one(viewer, storyId), languageSuggestions: await this.nudges.for(viewer.userId, `${title}\n${body}`) };
  }

  async withdraw(viewer: Viewer, storyId: string): Promise<StoryObject> {
    await this.dataSource.transaction(async (manager) => {
      const story = await this.lockOwn(manager, viewer, storyId);
      await manager.update(Story, { id: story.id }, { status: StoryStatus.WITHDRAWN, publishedAt: null });
    });
    return this.one(viewer, storyId);
  }

  /** A moderator of the story's audience approves or declines it; never their own. */
  async review(viewer: Viewer, storyId: string, approve: boolean, note: string | null): Promise<StoryObject> {
    const checkedNote = !note?.trim() ? null : checkText(note, 'note', StoryMessages.STORY_LABEL_NOTE(), { max: 1000 });
    if (!approve && !checkedNote) throw new BadUserInputError(StoryMessages.STORY_DECLINE_NEEDS_NOTE(), { field: 'note' });
    await this.dataSource.transaction(async (manager) => {
      const story = isUuid(storyId)
        ? await manager.getRepository(Story).createQueryBuilder('story').setLock('pessimistic_write').where('story.id = :storyId', { storyId }).getOne()
        : null;
      if (!story) throw notFound();
      await this.scope.require(manager, viewer, await this.audienceAlliances(manager, story));
      refuseOwnCase(viewer.userId, story.authorId, StoryMessages.OWN_STORY_REVIEW());
      if (story.status !== StoryStatus.PENDING_REVIEW) throw new ConflictError(StoryMessages.STORY_NOT_WAITING_FOR_REVIEW());
      if (approve && story.visibility !== ContentVisibility.VISIBLE) {
        throw new ConflictError(StoryMessages.STORY_HELD_BY_MODERATION());
      }
      await manager.update(
        Story,
        { id: story.id },
        {
          status: approve ? StoryStatus.PUBLISHED : StoryStatus.DECLINED,
          reviewNote: checkedNote,
          reviewedBy: viewer.userId,
          reviewedAt: () => 'now()',
          publishedAt: approve ? () => 'now()' : null,
        },
      );
      if (story.authorId) await this.notifier.notify(manager, { userId: story.authorId, kind: NotificationKind.MODERATION, subjectId: story.id });
    });
    return this.one(viewer, storyId);
  }

  /** Published stories the viewer's alliances (or everyone) may read, newest first. */
  async published(viewer: Viewer, page: PageArgs): Promise<Connection<StoryObject>> {
    const alliances = await this.alliances.activeAllianceIdsOf(this.dataSource.manager, viewer.userId);
    const query = this.dataSource
      .getRepository(Story)
      .createQueryBuilder('story')
      .where('story.status = :published AND story.visibility = :visible', { published: StoryStatus.PUBLISHED, visible: ContentVisibility.VISIBLE })
      .andWhere('(story.alliance_id IS NULL OR story.alliance_id = ANY(:alliances::uuid[]))', { alliances });
    const connection = await paginateByKeyset(query, page, {
      sortColumn: 'story.published_at',
      idColumn: 'story.id',
      direction: 'DESC',
      keyOf: (story) => [story.publishedAt!.toISOString(), story.id],
    });
    return mapConnectionInBatch(connection, (stories) => this.present(viewer, stories));
  }

  /**
   * For the public door, nobody signed in: published stories whose authors shared them with
   * everyone, newest first. Never a story to one alliance, one waiting for review, or one held
   * by moderation; of the author, only the display name they chose to show.
   */
  async publicly(page: PageArgs, clientIp: string | null): Promise<Connection<PublicStoryObject>> {
    await this.rateLimiter.consume(PUBLIC_STORIES_LIMIT, clientIp ?? 'unknown');
    const query = this.dataSource
      .getRepository(Story)
      .createQueryBuilder('story')
      .where('story.status = :published AND story.visibility = :visible AND story.is_public AND story.alliance_id IS NULL', {
        published: StoryStatus.PUBLISHED,
        visible: ContentVisibility.VISIBLE,
      });
    const connection = await paginateByKeyset(
      query,
      { ...page, first: Math.min(page.first, MAX_PUBLIC_STORIES_PAGE) },
      {
        sortColumn: 'story.published_at',
        idColumn: 'story.id',
        direction: 'DESC',
        keyOf: (story) => [story.publishedAt!.toISOString(), story.id],
      },
    );
    return mapConnectionInBatch(connection, async (stories) => {
      const named = stories.flatMap((story) => (story.showsNamePublicly && story.authorId ? [story.authorId] : []));
      const names = await this.people.summaries(named);
      return stories.map((story) => ({
        id: story.id,
        title: this.cipher.decrypt(story.title, storyTitleContext(story.id)),
        body: this.cipher.decrypt(story.body, storyBodyContext(story.id)),
        authorDisplayName: story.showsNamePublicly && story.authorId ? (names.get(story.authorId)?.displayName ?? null) : null,
        publishedAt: story.publishedAt!,
      }));
    });
  }

  /**
   * Stories waiting for review that the viewer may decide: to an alliance they moderate, or
   * to everyone from an author in one (everything for an administrator); never their own.
   */
  async forReview(viewer: Viewer): Promise<StoryObject[]> {
    const admin = this.scope.isAdministrator(viewer);
    const mine = new Set(admin ? [] : await this.scope.alliancesOf(this.dataSource.manager, viewer.userId));
    if (!admin && mine.size === 0) return [];
    const pending = await this.dataSource
      .getRepository(Story)
      .createQueryBuilder('story')
      .where('story.status = :pending AND story.author_id IS DISTINCT FROM :viewerId', { pending: StoryStatus.PENDING_REVIEW, viewerId: viewer.userId })
      .orderBy('story.created_at', 'ASC')
      .addOrderBy('story.id', 'ASC')
      .take(500)
      .getMany();
    const authorsAlliances = await this.alliances.activeAllianceIdsByPerson(
      pending.flatMap((story) => (story.allianceId === null && story.authorId ? [story.authorId] : [])),
    );
    const audience = (story: Story): string[] => (story.allianceId ? [story.allianceId] : (authorsAlliances.get(story.authorId ?? '') ?? []));
    const reviewable = admin ? pending : pending.filter((story) => audience(story).some((allianceId) => mine.has(allianceId)));
    return this.present(viewer, reviewable.slice(0, 100));
  }

  async mine(viewer: Viewer): Promise<StoryObject[]> {
    const stories = await this.dataSource.getRepository(Story).find({ where: { authorId: viewer.userId }, order: { createdAt: 'DESC' }, take: 100 });
    return this.present(viewer, stories);
  }

  async encourage(viewer: Viewer, storyId: string, kind: EncouragementKind, on: boolean): Promise<StoryObject> {
    if (!(await this.source.isVisibleTo(viewer.userId, storyId))) throw notFound();
    if (on) {
      await this.gate.requireMayPost(this.dataSource.manager, viewer.userId, '');
      await this.dataSource.createQueryBuilder().insert().into(StoryReaction).values({ storyId, userId: viewer.userId, kind }).orIgnore().execute();
    } else {
      await this.dataSource.getRepository(StoryReaction).delete({ storyId, userId: viewer.userId, kind });
    }
    return this.one(viewer, storyId);
  }

  /** The alliances whose moderators answer for a story: its alliance, or its author's for a story to everyone. */
  async audienceAlliances(manager: EntityManager, story: Story): Promise<string[]> {
    if (story.allianceId) return [story.allianceId];
    return story.authorId ? this.alliances.activeAllianceIdsOf(manager, story.authorId) : [];
  }

  private async one(viewer: Viewer, storyId: string): Promise<StoryObject> {
    const story = isUuid(storyId) ? await this.dataSource.getRepository(Story).findOneBy({ id: storyId }) : null;
    if (!story) throw notFound();
    return (await this.present(viewer, [story]))[0]!;
  }

  private async lockOwn(manager: EntityManager, viewer: Viewer, storyId: string): Promise<Story> {
    const story = isUuid(storyId)
      ? await manager.getRepository(Story).createQueryBuilder('story').setLock('pessimistic_write').where('story.id = :storyId', { storyId }).getOne()
      : null;
    if (!story || story.authorId !== viewer.userId) throw notFound();
    return story;
  }

  /** Names and encouragement for a whole page in three queries (four when the viewer's own story is held). */
  private async present(viewer: Viewer, stories: readonly Story[]): Promise<StoryObject[]> {
    if (stories.length === 0) return [];
    const ids = stories.map((story) => story.id);
    const names = await this.people.summaries(stories.flatMap((story) => (story.authorId ? [story.authorId] : [])));
    // The author's language is needed only to explain their own held stories.
    const ownHeld = stories.some((story) => story.authorId === viewer.userId && story.visibility !== ContentVisibility.VISIBLE);
    const locale = ownHeld ? ((await this.people.settings([viewer.userId])).get(viewer.userId)?.locale ?? 'en') : 'en';
    const counts = await encouragementCounts.all(this.dataSource.manager, { storyIds: ids });
    const mine = await this.dataSource.getRepository(StoryReaction).findBy({ storyId: In(ids), userId: viewer.userId });
    return stories.map((story) => {
      const own = story.authorId === viewer.userId;
      const held = story.visibility !== ContentVisibility.VISIBLE;
      return {
        id: story.id,
        title: this.cipher.decrypt(story.title, storyTitleContext(story.id)),
        body: this.cipher.decrypt(story.body, storyBodyContext(story.id)),
        authorId: story.authorId,
        authorDisplayName: story.authorId ? (names.get(story.authorId)?.displayName ?? ERASED_DISPLAY_NAME) : ERASED_DISPLAY_NAME,
        allianceId: story.allianceId,
        status: story.status,
        isPublic: story.isPublic,
        showNamePublicly: story.showsNamePublicly,
        heldForReview: held,
        heldReason: own && held ? heldReasonText(story.visibilityReason, story.visibility === ContentVisibility.HIDDEN, locale) : null,
        reviewNote: own ? story.reviewNote : null,
        publishedAt: story.publishedAt,
        createdAt: story.createdAt,
        encouragements: counts.filter((row) => row.storyId === story.id).map((row) => ({ kind: row.kind, count: row.count })),
        myEncouragements: mine.filter((reaction) => reaction.storyId === story.id).map((reaction) => reaction.kind),
      };
    });
  }
}
