import { defineQuery } from '@kindred/core';

interface Person {
  userId: string;
}

const forPerson = ({ userId }: Person): unknown[] => [userId];
const EXAMPLE_PERSON: Person = { userId: '00000000-0000-0000-0000-000000000000' };

/** The earlier versions of the person's own messages. */
export const deleteVersionsAuthoredBy = defineQuery<Person>({
  name: 'messagingPrivacy.deleteVersionsAuthoredBy',
  sql: `DELETE FROM message_versions v USING messages m WHERE v.message_id = m.id AND m.author_id = $1`,
  params: forPerson,
  example: EXAMPLE_PERSON,
});

export const deleteBlocksInvolving = defineQuery<Person>({
  name: 'messagingPrivacy.deleteBlocksInvolving',
  sql: `DELETE FROM blocks WHERE blocker_id = $1 OR blocked_id = $1`,
  params: forPerson,
  example: EXAMPLE_PERSON,
});
