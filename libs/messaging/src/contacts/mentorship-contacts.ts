import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { GranteeRelationship, type GranteeRelationshipProvider } from '@kindred/consent';

/**
 * Who a member's mentors are, read from the mentorship conversations they share, on the
 * API and in the worker. The mentorship domain will answer this itself once it exists.
 */
@GranteeRelationship()
@Injectable()
export class MentorshipContacts implements GranteeRelationshipProvider {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A member may share with their mentor. */
  async relationshipOf(ownerId: string, granteeId: string): Promise<string | null> {
    return (await this.mentorsOf(ownerId)).includes(granteeId) ? 'MENTOR' : null;
  }

  /** The mentors (the person who opened the mentorship) of the member's mentorship conversations not archived (mentorships not ended). */
  async mentorsOf(memberId: string): Promise<string[]> {
    const rows: { mentor_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT c.created_by AS mentor_id
         FROM conversations c
         JOIN conversation_participants member ON member.conversation_id = c.id AND member.user_id = $1 AND member.left_at IS NULL
         JOIN conversation_participants mentor ON mentor.conversation_id = c.id AND mentor.user_id = c.created_by AND mentor.left_at IS NULL
        WHERE c.kind = 'MENTORSHIP' AND c.archived_at IS NULL AND c.created_by IS NOT NULL AND c.created_by <> $1`,
      [memberId],
    );
    return rows.map((row) => row.mentor_id);
  }
}
