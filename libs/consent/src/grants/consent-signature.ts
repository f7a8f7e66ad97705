import { registerEnumType } from '@nestjs/graphql';
import { BadUserInputError } from '@kindred/core';
import { ConsentMessages } from '../consent.messages';

/** How the owner signed a grant (42 CFR Part 2 §2.31(a)(8)): always an act of theirs in a signed-in session. */
export enum ConsentSignatureMethod {
  /** They typed their display name to sign, in the session recorded with the grant. */
  TYPED_NAME = 'TYPED_NAME',
  /** Given while signed in, before typed signatures; the session was not recorded. */
  SIGNED_IN_SESSION = 'SIGNED_IN_SESSION',
}

registerEnumType(ConsentSignatureMethod, {
  name: 'ConsentSignatureMethod',
  description: 'How the person signed their consent.',
  valuesMap: {
    TYPED_NAME: { description: 'They typed their display name to sign it, while signed in; the session is recorded.' },
    SIGNED_IN_SESSION: { description: 'Given while signed in, before consent was signed by typing one’s name; the session was not recorded.' },
  },
});

const comparable = (name: string): string => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/**
 * The signature as typed, when it is the signer's display name (spaces and capitals aside):
 * typing it is the deliberate act that signs, so a consent is never given by a stray request.
 */
export function checkTypedSignature(typed: string, displayName: string): string {
  const signature = typeof typed === 'string' ? typed.normalize('NFKC').trim().replace(/\s+/g, ' ') : '';
  if (!signature || comparable(signature) !== comparable(displayName)) {
    throw new BadUserInputError(ConsentMessages.CONSENT_SIGNATURE_MISMATCH(), { field: 'signature' });
  }
  return signature;
}
