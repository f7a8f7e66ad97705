import { CreateDiary1763995000000 } from './1763995000000-create-diary';

/** The diary domain's migrations, oldest first. Add new ones at the end; never edit one that has shipped. */
export const DIARY_MIGRATIONS = [CreateDiary1763995000000];
