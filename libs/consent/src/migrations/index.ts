import { ConsentEndsAndSignatures1764040000000 } from './1764040000000-consent-ends-and-signatures';

/** The consent domain's migrations, oldest first. Add new ones at the end; never edit one that has shipped. */
export const CONSENT_MIGRATIONS = [ConsentEndsAndSignatures1764040000000];
