import { CreateAlliances1763930100000 } from './1763930100000-create-alliances';

/** The alliances domain's migrations, oldest first. Add new ones at the end; never edit one that has shipped. */
export const ALLIANCES_MIGRATIONS = [CreateAlliances1763930100000];
