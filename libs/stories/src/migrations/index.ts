import { AddPublicStories1764500000000 } from './1764500000000-add-public-stories';

/**
 * The stories domain's migrations, oldest first. Its tables were created by moderation's first
 * migration (see the ownership test). Add new ones at the end; never edit one that has shipped.
 */
export const STORIES_MIGRATIONS = [AddPublicStories1764500000000];
