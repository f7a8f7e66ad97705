import { CreatePlans1763985000000 } from './1763985000000-create-plans';

/** The plans domain's migrations, oldest first. Add new ones at the end; never edit one that has shipped. */
export const PLANS_MIGRATIONS = [CreatePlans1763985000000];
