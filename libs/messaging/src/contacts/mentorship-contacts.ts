import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { GranteeRelationship, type GranteeRelationshipProvider } from '@kindred/consent';
import { mentorsOfMember } from './contacts.queries';

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
    const rows = await mentorsOfMember.all(this.dataSource.manager, { memberId });
    return rows.map((row) => row.mentorId);
  }
}
