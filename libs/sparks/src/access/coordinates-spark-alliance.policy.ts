import { Injectable } from '@nestjs/common';
import { AllianceCoordinatorPolicy } from '@kindred/alliances';

/**
 * Only a current coordinator of the alliance the fund or application belongs to. A
 * coordinator of another alliance is refused before anything is read or changed.
 */
@Injectable()
export class CoordinatesSparkAlliancePolicy extends AllianceCoordinatorPolicy {
  protected readonly allianceOf = {
    allianceId: null,
    fundId: 'spark_funds',
    applicationId: 'spark_applications',
  };
}
