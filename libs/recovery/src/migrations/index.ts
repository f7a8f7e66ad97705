import { CreateRecovery1763930200000 } from './1763930200000-create-recovery';

/** The recovery domain's migrations, oldest first. Add new ones at the end; never edit one that has shipped. */
export const RECOVERY_MIGRATIONS = [CreateRecovery1763930200000];
