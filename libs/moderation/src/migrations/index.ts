import { CreateModeration1763950000000 } from './1763950000000-create-moderation';
import { CreateSupportNow1764700001000 } from './1764700001000-create-support-now';

/** The moderation domain's migrations, oldest first. Add new ones at the end; never edit one that has shipped. */
export const MODERATION_MIGRATIONS = [CreateModeration1763950000000, CreateSupportNow1764700001000];
