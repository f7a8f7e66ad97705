import { CreateSystemChecks1763900100000 } from './1763900100000-create-system-checks';

/** The operations domain's migrations, oldest first. Add new ones at the end; never edit one that has shipped. */
export const OPERATIONS_MIGRATIONS = [CreateSystemChecks1763900100000];
