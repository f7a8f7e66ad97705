import { defineQuery } from '@kindred/core';
import { CircleRelationship } from '../circles/circle-relationship';
import { InvitationStatus } from './circle-invitation.entity';

const EXAMPLE_ID = '00000000-0000-0000-0000-000000000000';

/** The circle's owner withdraws an invitation still pending. */
export const revokeInvitation = defineQuery<{ invitationId: string; circleId: string }>({
  name: 'invitations.revokeInvitation',
  sql: `UPDATE circle_invitations SET status = 'REVOKED', responded_at = now() WHERE id = $1 AND circle_id = $2 AND status = 'PENDING'`,
  params: ({ invitationId, circleId }) => [invitationId, circleId],
  example: { invitationId: EXAMPLE_ID, circleId: EXAMPLE_ID },
});

/** Answers a pending, unexpired invitation by its emailed token; never one to the responder's own circle. */
export const answerInvitationByToken = defineQuery<{ tokenHash: string; status: InvitationStatus; responderId: string }, { id: string }>({
  name: 'invitations.answerInvitationByToken',
  sql: `UPDATE circle_invitations i SET status = $2, responded_at = now(), responder_id = $3
          FROM support_circles c
         WHERE i.token_hash = $1 AND c.id = i.circle_id AND c.owner_id <> $3 AND i.status = 'PENDING' AND i.expires_at > now()
         RETURNING i.id`,
  params: ({ tokenHash, status, responderId }) => [tokenHash, status, responderId],
  map: (row) => ({ id: row['id'] as string }),
  example: { tokenHash: 'example', status: InvitationStatus.ACCEPTED, responderId: EXAMPLE_ID },
});

/** Answers a pending, unexpired invitation addressed to the responder's account. */
export const answerInvitationById = defineQuery<{ invitationId: string; status: InvitationStatus; responderId: string }, { id: string }>({
  name: 'invitations.answerInvitationById',
  sql: `UPDATE circle_invitations SET status = $2, responded_at = now(), responder_id = $3
         WHERE id = $1 AND invitee_id = $3 AND status = 'PENDING' AND expires_at > now()
         RETURNING id`,
  params: ({ invitationId, status, responderId }) => [invitationId, status, responderId],
  map: (row) => ({ id: row['id'] as string }),
  example: { invitationId: EXAMPLE_ID, status: InvitationStatus.ACCEPTED, responderId: EXAMPLE_ID },
});

/** A new invitation, by email or to an account, valid for `lifetimeDays`. */
export const insertInvitation = defineQuery<
  { circleId: string; inviterId: string; inviteeId: string | null; email: string | null; relationship: CircleRelationship; lifetimeDays: number },
  { id: string }
>({
  name: 'invitations.insertInvitation',
  sql: `INSERT INTO circle_invitations (circle_id, inviter_id, invitee_id, email, relationship, expires_at)
        VALUES ($1, $2, $3, $4, $5, now() + make_interval(days => $6)) RETURNING id`,
  params: (invitation) => [invitation.circleId, invitation.inviterId, invitation.inviteeId, invitation.email, invitation.relationship, invitation.lifetimeDays],
  map: (row) => ({ id: row['id'] as string }),
  example: {
    circleId: EXAMPLE_ID,
    inviterId: EXAMPLE_ID,
    inviteeId: null,
    email: 'someone@example.org',
    relationship: CircleRelationship.FRIEND,
    lifetimeDays: 14,
  },
});
