import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ContentVisibility, FieldCipher, NotFoundError, Outbox, isUuid } from '@kindred/core';
import { User } from '../accounts/user.entity';
import { heldReasonText } from '../language/held-reason';
import { LanguageNudges } from '../language/language-nudges';
import { PostingGate } from '../standing/posting-gate';
import { checkProfileIntro, profileIntroContext } from './profile-intro';
import type { PersonProfileObject, ProfileIntroUpdateObject } from './profile.types';
import { IdentityMessages } from '../identity.messages';

/**
 * A person's public introduction: written by them, screened before anyone else can read it,
 * and scanned by moderation in the worker.
 */
@Injectable()
export class ProfileIntroService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    private readonly gate: PostingGate,
    private readonly nudges: LanguageNudges,
    private readonly outbox: Outbox,
  ) {}

  /**
   * Saves (or, with null, removes) the introduction, held from the start when screening holds
   * it, and queues its scan in the same transaction. New words replace the old ones, so they
   * are judged on their own.
   */
  async update(viewerId: string, intro: string | null): Promise<ProfileIntroUpdateObject> {
    const text = checkProfileIntro(intro);
    await this.dataSource.transaction(async (manager) => {
      const screening = text ? await this.gate.requireMayPost(manager, viewerId, text, 'intro') : null;
      await manager.update(
        User,
        { id: viewerId },
        {
          profileIntro: text ? this.cipher.encrypt(text, profileIntroContext(viewerId)) : null,
          profileIntroVisibility: screening?.visibility ?? ContentVisibility.VISIBLE,
          profileIntroReason: screening?.reason ?? null,
        },
      );
      if (text) await this.outbox.stage(manager, { name: 'moderation.scan-content', data: { kind: 'PROFILE', contentId: viewerId } });
    });
    return {
      profile: await this.profile(viewerId, viewerId),
      languageSuggestions: text ? await this.nudges.for(viewerId, text) : [],
    };
  }

  /** Anyone signed in may read a profile; a held introduction is shown only to its author. */
  async profile(viewerId: string, userId: string): Promise<PersonProfileObject> {
    const user = isUuid(userId) ? await this.dataSource.getRepository(User).findOneBy({ id: userId }) : null;
    if (!user || user.erasedAt || user.erasureRequestedAt) throw new NotFoundError(IdentityMessages.PERSON_NOT_FOUND());
    const own = viewerId === userId;
    const held = user.profileIntroVisibility !== ContentVisibility.VISIBLE;
    const intro = user.profileIntro && (own || !held) ? this.cipher.decrypt(user.profileIntro, profileIntroContext(user.id)) : null;
    return {
      id: user.id,
      displayName: user.displayName,
      pronouns: user.pronouns,
      intro,
      introHeldForReview: Boolean(user.profileIntro) && held,
      introHeldReason: own && held ? heldReasonText(user.profileIntroReason, user.profileIntroVisibility === ContentVisibility.HIDDEN, user.locale) : null,
    };
  }
}
