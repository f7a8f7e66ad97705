import { CreateSparks1763980000000 } from './1763980000000-create-sparks';

/** The sparks domain's migrations, oldest first. Add new ones at the end; never edit one that has shipped. */
export const SPARKS_MIGRATIONS = [CreateSparks1763980000000];
