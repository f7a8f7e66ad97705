import { checkText, type CipherContext } from '@kindred/core';
import { StoryMessages } from '../stories.messages';

export const MAX_STORY_LENGTH = 10_000;

export const storyTitleContext = (storyId: string): CipherContext => ({ table: 'stories', column: 'title', rowId: storyId });
export const storyBodyContext = (storyId: string): CipherContext => ({ table: 'stories', column: 'body', rowId: storyId });

export function checkStory(title: string, body: string): { title: string; body: string } {
  return {
    title: checkText(title, 'title', StoryMessages.STORY_LABEL_TITLE(), { max: 120 }),
    body: checkText(body, 'body', StoryMessages.STORY_LABEL_BODY(), { min: 20, max: MAX_STORY_LENGTH }),
  };
}
