import { randomBytes, randomUUID } from 'node:crypto';
import { AppConfig, ContentVisibility, FieldCipher } from '@kindred/core';
import type { PeopleDirectory } from '@kindred/identity';
import { messageBodyContext } from './message-body';
import type { Message } from './message.entity';
import { MessagePresenter } from './message-presenter';

describe('MessagePresenter', () => {
  const cipher = new FieldCipher(AppConfig.fromEnvironment({ NODE_ENV: 'test', FIELD_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}` }));
  const people = {
    summaries: (ids: readonly string[]) => Promise.resolve(new Map(ids.map((id) => [id, { displayName: `Person ${id.slice(0, 4)}` }]))),
    settings: () => Promise.resolve(new Map()),
  } as unknown as PeopleDirectory;

  const row = (text: string): Message => {
    const id = randomUUID();
    return {
      id,
      conversationId: randomUUID(),
      authorId: randomUUID(),
      body: cipher.encrypt(text, messageBodyContext(id)),
      replyToId: null,
      createdAt: new Date(),
      editedAt: null,
      deletedAt: null,
      visibility: ContentVisibility.VISIBLE,
      visibilityReason: null,
    } as Message;
  };

  it('decrypts a loaded row once however many people it is shown to, and again once its text changed', async () => {
    const decrypt = jest.spyOn(cipher, 'decrypt');
    const presenter = new MessagePresenter(cipher, people);
    const message = row('See you on Thursday');
    const shown = await Promise.all(['a', 'b', 'c'].map((viewer) => presenter.present(viewer, [message])));
    expect(shown.map(([presented]) => presented?.body)).toEqual(['See you on Thursday', 'See you on Thursday', 'See you on Thursday']);
    expect(decrypt).toHaveBeenCalledTimes(1);

    message.body = cipher.encrypt('See you on Friday', messageBodyContext(message.id));
    expect((await presenter.present('a', [message]))[0]?.body).toBe('See you on Friday');
    expect(decrypt).toHaveBeenCalledTimes(2);
  });
});
