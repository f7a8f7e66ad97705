import { CreateIdentity1763910000000 } from './1763910000000-create-identity';
import { CreatePrivacy1763920000000 } from './1763920000000-create-privacy';
import { EncryptDataExports1764010000000 } from './1764010000000-encrypt-data-exports';

/** The identity domain's migrations, oldest first. Add new ones at the end; never edit one that has shipped. */
export const IDENTITY_MIGRATIONS = [CreateIdentity1763910000000, CreatePrivacy1763920000000, EncryptDataExports1764010000000];
