import { defineQuery } from '@kindred/core';
import { ConsentSignatureMethod } from './consent-signature';
import { SharingEnd } from './sharing-end';
import { SharingScope } from './sharing-scope';

const EXAMPLE_ID = '00000000-0000-0000-0000-000000000000';

interface Between {
  ownerId: string;
  granteeId: string;
  scope: SharingScope;
}

const EXAMPLE_BETWEEN: Between = { ownerId: EXAMPLE_ID, granteeId: EXAMPLE_ID, scope: SharingScope.CHECKINS };

/** A grant past its date no longer counts but still holds the one-in-force key: closes it at its end. */
export const closeExpiredGrant = defineQuery<Between>({
  name: 'grants.closeExpiredGrant',
  sql: `UPDATE consent_grants SET revoked_at = expires_at, revoked_reason = 'EXPIRED'
         WHERE owner_id = $1 AND grantee_id = $2 AND scope = $3 AND revoked_at IS NULL AND expires_at <= now()`,
  params: ({ ownerId, granteeId, scope }) => [ownerId, granteeId, scope],
  example: EXAMPLE_BETWEEN,
});

export interface SignedGrant extends Between {
  relationship: string;
  purpose: string;
  statement: string;
  ends: SharingEnd;
  expiresAt: Date | null;
  signatureMethod: ConsentSignatureMethod;
  signatureSessionId: string;
  signedName: string;
}

/** Records a signed grant unless one is already in force between them for the scope (no row back). */
export const insertGrant = defineQuery<SignedGrant, { id: string }>({
  name: 'grants.insertGrant',
  sql: `INSERT INTO consent_grants
          (owner_id, grantee_id, scope, relationship, purpose, statement, ends, expires_at, signed_at, signature_method, signature_session_id, signed_name)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now(), $9, $10, $11)
        ON CONFLICT (owner_id, grantee_id, scope) WHERE revoked_at IS NULL DO NOTHING RETURNING id`,
  params: (grant) => [
    grant.ownerId,
    grant.granteeId,
    grant.scope,
    grant.relationship,
    grant.purpose,
    grant.statement,
    grant.ends,
    grant.expiresAt,
    grant.signatureMethod,
    grant.signatureSessionId,
    grant.signedName,
  ],
  map: (row) => ({ id: row['id'] as string }),
  example: {
    ...EXAMPLE_BETWEEN,
    relationship: 'FRIEND',
    purpose: 'example',
    statement: 'example',
    ends: SharingEnd.ON_DATE,
    expiresAt: new Date('2027-01-01T00:00:00Z'),
    signatureMethod: ConsentSignatureMethod.TYPED_NAME,
    signatureSessionId: EXAMPLE_ID,
    signedName: 'example',
  },
});

/** The owner revokes one grant still in force; the row back names whom to tell. */
export const revokeGrant = defineQuery<{ grantId: string; ownerId: string }, { id: string; granteeId: string }>({
  name: 'grants.revokeGrant',
  sql: `UPDATE consent_grants SET revoked_at = now(), revoked_reason = 'REVOKED_BY_OWNER'
         WHERE id = $1 AND owner_id = $2 AND revoked_at IS NULL RETURNING id, grantee_id`,
  params: ({ grantId, ownerId }) => [grantId, ownerId],
  map: (row) => ({ id: row['id'] as string, granteeId: row['grantee_id'] as string }),
  example: { grantId: EXAMPLE_ID, ownerId: EXAMPLE_ID },
});

/** Ends every grant in force from one person to another, with the reason given. */
export const revokeAllGrantsBetween = defineQuery<{ ownerId: string; granteeId: string; reason: string }>({
  name: 'grants.revokeAllGrantsBetween',
  sql: `UPDATE consent_grants SET revoked_at = now(), revoked_reason = $3 WHERE owner_id = $1 AND grantee_id = $2 AND revoked_at IS NULL`,
  params: ({ ownerId, granteeId, reason }) => [ownerId, granteeId, reason],
  example: { ownerId: EXAMPLE_ID, granteeId: EXAMPLE_ID, reason: 'example' },
});

/** The latest ended grant for the scope: it ended at the earlier of its revocation and its date, for that reason. */
export const latestEndedGrant = defineQuery<Between, { reason: string; endedAt: Date }>({
  name: 'grants.latestEndedGrant',
  sql: `SELECT CASE WHEN expires_at <= COALESCE(revoked_at, now()) THEN 'EXPIRED' ELSE revoked_reason END AS reason,
               LEAST(revoked_at, expires_at) AS ended_at
          FROM consent_grants
         WHERE owner_id = $1 AND grantee_id = $2 AND scope = $3 AND (revoked_at IS NOT NULL OR expires_at <= now())
         ORDER BY LEAST(revoked_at, expires_at) DESC
         LIMIT 1`,
  params: ({ ownerId, granteeId, scope }) => [ownerId, granteeId, scope],
  map: (row) => ({ reason: row['reason'] as string, endedAt: row['ended_at'] as Date }),
  example: EXAMPLE_BETWEEN,
});

/** The people the owner shares the scope with now. */
export const granteesInForce = defineQuery<{ ownerId: string; scope: SharingScope }, { granteeId: string }>({
  name: 'grants.granteesInForce',
  sql: `SELECT DISTINCT grantee_id FROM consent_grants
         WHERE owner_id = $1 AND scope = $2 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())`,
  params: ({ ownerId, scope }) => [ownerId, scope],
  map: (row) => ({ granteeId: row['grantee_id'] as string }),
  example: { ownerId: EXAMPLE_ID, scope: SharingScope.CHECKINS },
});
