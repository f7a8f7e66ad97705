import { Injectable } from '@nestjs/common';
import { AllianceCoordinatorPolicy } from '@kindred/alliances';

/** Only a current coordinator of the alliance (named, or owning the shift) runs its on-call rota. */
@Injectable()
export class CoordinatesOnCallAlliancePolicy extends AllianceCoordinatorPolicy {
  protected readonly allianceOf = { allianceId: null, shiftId: 'on_call_shifts' };
}
