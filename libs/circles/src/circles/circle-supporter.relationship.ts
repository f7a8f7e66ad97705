import { Injectable } from '@nestjs/common';
import { GranteeRelationship, type GranteeRelationshipProvider } from '@kindred/consent';
import { CirclesService } from './circles.service';

/** A member may share with the supporters in their circle. */
@GranteeRelationship()
@Injectable()
export class CircleSupporterRelationship implements GranteeRelationshipProvider {
  constructor(private readonly circles: CirclesService) {}

  async relationshipOf(ownerId: string, granteeId: string): Promise<string | null> {
    return (await this.circles.isSupporter(ownerId, granteeId)) ? 'SUPPORTER' : null;
  }
}
