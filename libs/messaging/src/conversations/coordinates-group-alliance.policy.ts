import { Injectable } from '@nestjs/common';
import { AllianceCoordinatorPolicy } from '@kindred/alliances';

/** Only a current coordinator of the alliance named by `allianceId` may start a group for it. */
@Injectable()
export class CoordinatesGroupAlliancePolicy extends AllianceCoordinatorPolicy {
  protected readonly allianceOf = { allianceId: null };
}
