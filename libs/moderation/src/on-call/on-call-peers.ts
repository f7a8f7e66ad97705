import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { AllianceDirectory } from '@kindred/alliances';
import { OnCallRota, OnCallShift } from './on-call.entities';
import { coversLocally, localWeekTime } from './on-call-times';

/** Who is on call now in some alliances: on a shift covering this moment in the rota's time zone, and still vetted there. */
@Injectable()
export class OnCallPeers {
  constructor(private readonly alliances: AllianceDirectory) {}

  async now(manager: EntityManager, allianceIds: readonly string[], at: Date): Promise<string[]> {
    if (allianceIds.length === 0) return [];
    const rotas = await manager.getRepository(OnCallRota).findBy({ allianceId: In([...allianceIds]) });
    if (rotas.length === 0) return [];
    const shifts = await manager.getRepository(OnCallShift).findBy({ allianceId: In(rotas.map((rota) => rota.allianceId)) });
    const zoneOf = new Map(rotas.map((rota) => [rota.allianceId, rota.timeZone]));
    const covering = shifts.filter((shift) => {
      const { weekday, minutes } = localWeekTime(at, zoneOf.get(shift.allianceId)!);
      return coversLocally(shift, weekday, minutes);
    });
    const vettings = await this.alliances.vettingsOf(
      manager,
      covering.map((shift) => shift.peerId),
    );
    return [
      ...new Set(
        covering.filter((shift) => (vettings.get(shift.peerId) ?? []).some((vetting) => vetting.allianceId === shift.allianceId)).map((shift) => shift.peerId),
      ),
    ];
  }
}
