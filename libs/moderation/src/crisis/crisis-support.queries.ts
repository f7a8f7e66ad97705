import { ContentKind, defineQuery } from '@kindred/core';

const EXAMPLE_ID = '00000000-0000-0000-0000-000000000000';

/** Records the offer of support for this content; no row back when it was offered already. */
export const insertSupportOffer = defineQuery<{ userId: string; contentKind: ContentKind; contentRef: string }, { id: string }>({
  name: 'crisisSupport.insertSupportOffer',
  sql: `INSERT INTO crisis_support_offers (user_id, content_kind, content_ref) VALUES ($1, $2, $3)
        ON CONFLICT (content_kind, content_ref) DO NOTHING RETURNING id`,
  params: ({ userId, contentKind, contentRef }) => [userId, contentKind, contentRef],
  map: (row) => ({ id: row['id'] as string }),
  example: { userId: EXAMPLE_ID, contentKind: ContentKind.STORY, contentRef: EXAMPLE_ID },
});

/** Records the person's consent; no row back when they had given it already. */
export const giveAlertConsent = defineQuery<{ userId: string }, { userId: string }>({
  name: 'crisisSupport.giveAlertConsent',
  sql: `INSERT INTO crisis_alert_consents (user_id) VALUES ($1) ON CONFLICT DO NOTHING RETURNING user_id`,
  params: ({ userId }) => [userId],
  map: (row) => ({ userId: row['user_id'] as string }),
  example: { userId: EXAMPLE_ID },
});
