import { CreateOutbox1763900000000 } from './1763900000000-create-outbox';
import { OutboxCompletion1764050000000 } from './1764050000000-outbox-completion';

/** Core's own migrations (the outbox), oldest first. Add new ones at the end; never edit one that has shipped. */
export const CORE_MIGRATIONS = [CreateOutbox1763900000000, OutboxCompletion1764050000000];
