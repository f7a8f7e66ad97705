import { CreateCirclesAndConsent1763960000000 } from './1763960000000-create-circles-and-consent';

/** The circles domain's migrations, oldest first. Add new ones at the end; never edit one that has shipped. */
export const CIRCLES_MIGRATIONS = [CreateCirclesAndConsent1763960000000];
