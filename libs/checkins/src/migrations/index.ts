import { CreateCheckinsAndMilestones1763990000000 } from './1763990000000-create-checkins-and-milestones';

/** The checkins domain's migrations, oldest first. Add new ones at the end; never edit one that has shipped. */
export const CHECKINS_MIGRATIONS = [CreateCheckinsAndMilestones1763990000000];
