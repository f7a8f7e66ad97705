import { DiscoveryService } from '@nestjs/core';
import { registerEnumType } from '@nestjs/graphql';
import type { EntityManager } from 'typeorm';

/** What people wrote that moderation reads: stored as text, so never rename a value. */
export enum ContentKind {
  MESSAGE = 'MESSAGE',
  STORY = 'STORY',
  PROFILE = 'PROFILE',
}

/**
 * Whether others may see an item. HELD_FOR_REVIEW is the automatic hold (set when the item is
 * stored, by screening in the request), HIDDEN a moderator's decision; both show to everyone
 * but the author as "held for review".
 */
export enum ContentVisibility {
  VISIBLE = 'VISIBLE',
  HELD_FOR_REVIEW = 'HELD_FOR_REVIEW',
  HIDDEN = 'HIDDEN',
}

registerEnumType(ContentVisibility, {
  name: 'ContentVisibility',
  description: 'Whether others may see a piece of content.',
  valuesMap: {
    VISIBLE: { description: 'Shown as written.' },
    HELD_FOR_REVIEW: { description: 'Held by automatic moderation until a moderator looks.' },
    HIDDEN: { description: 'Hidden by a moderator’s decision.' },
  },
});

registerEnumType(ContentKind, {
  name: 'ContentKind',
  description: 'A kind of content people write.',
  valuesMap: {
    MESSAGE: { description: 'A message in a conversation.' },
    STORY: { description: 'A story of hope.' },
    PROFILE: { description: 'A profile introduction.' },
  },
});

/** One item as moderation sees it: decrypted text, who wrote it and where it lives. */
export interface ModeratedItem {
  kind: ContentKind;
  id: string;
  /** Null once the author's account was erased. */
  authorId: string | null;
  text: string;
  /**
   * The alliances whose moderators answer for it, when the content lives in one (a group);
   * null means the author's own alliances, which moderation looks up.
   */
  allianceIds: string[] | null;
  visibility: ContentVisibility;
  createdAt: Date;
  /** When its text last changed: a moderator's decision after that is not undone by a repeated scan. */
  changedAt: Date;
}

/** A neighbour of a reported item, shown to moderators so a report can be judged in context. */
export interface ContextEntry {
  id: string;
  authorId: string | null;
  text: string;
  createdAt: Date;
  /** Whether readers see it now, so a moderator knows what is already hidden around a report. */
  visibility: ContentVisibility;
  /** The reported item itself. */
  isSubject: boolean;
}

/**
 * What a domain implements so moderation can scan, hide and restore its content without
 * depending on that domain: identity (profiles) and messaging sit below moderation.
 */
export interface ModeratedContentSource {
  readonly kind: ContentKind;
  /** The item now, or null when it no longer exists or was deleted by its author. */
  load(manager: EntityManager, id: string): Promise<ModeratedItem | null>;
  /**
   * Records the new visibility in the caller's transaction, with the category code or short
   * reason the author is told. Returns whether anything changed.
   */
  setVisibility(manager: EntityManager, id: string, visibility: ContentVisibility, reason: string | null): Promise<boolean>;
  /** Tells live readers the item changed; called after the transaction committed. */
  announce(id: string): Promise<void>;
  /** Whether this person can see the item now (only they may report it). */
  isVisibleTo(viewerId: string, id: string): Promise<boolean>;
  /** Up to `radius` items either side, for a reported item only. */
  context(id: string, radius: number): Promise<ContextEntry[]>;
}

/** The context of content that stands alone (a profile, a story): the item itself. */
export function itemAsContext(item: ModeratedItem | null): ContextEntry[] {
  return item ? [{ id: item.id, authorId: item.authorId, text: item.text, createdAt: item.createdAt, visibility: item.visibility, isSubject: true }] : [];
}

const moderatedContentMarker = DiscoveryService.createDecorator<Record<string, never>>();

export const MODERATED_CONTENT_METADATA_KEY = moderatedContentMarker.KEY;

type SourceClass = abstract new (...args: never[]) => ModeratedContentSource;

/** Registers a provider as the moderation source for its kind of content. */
export function ModeratedContent(): <T extends SourceClass>(target: T) => void {
  const mark = moderatedContentMarker();
  return (target) => {
    mark(target);
  };
}
