import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, EmptyState, ErrorMessage, Form, List, Loading, Notice, Page, Select, TextField } from '../../design';
import type { MyOnCallRotasQuery } from '../../graphql/generated/graphql';
import { AddOnCallShiftDocument, MyOnCallRotasDocument, RemoveOnCallShiftDocument, SetOnCallTimeZoneDocument } from './documents';

type Rota = MyOnCallRotasQuery['myOnCallRotas'][number];

const WEEKDAYS = ['0', '1', '2', '3', '4', '5', '6'] as const;

function RotaSection({ rota, onChanged }: { rota: Rota; onChanged: () => void }) {
  const { t } = useTranslation();
  const [timeZone, setTimeZone] = useState(rota.timeZone ?? '');
  const [peerId, setPeerId] = useState(rota.vettedPeers[0]?.userId ?? '');
  const [weekday, setWeekday] = useState('0');
  const [startsAt, setStartsAt] = useState('18:00');
  const [endsAt, setEndsAt] = useState('23:00');
  const [saveZone, savingZone] = useMutation(SetOnCallTimeZoneDocument, { onCompleted: onChanged });
  const [addShift, adding] = useMutation(AddOnCallShiftDocument, { onCompleted: onChanged });
  const [removeShift, removing] = useMutation(RemoveOnCallShiftDocument, { onCompleted: onChanged });
  const day = (value: number) => t(`onCall.weekdays.${WEEKDAYS[value] ?? '0'}`);
  return (
    <section className="k-stack" aria-labelledby={`rota-${rota.allianceId}`}>
      <h2 id={`rota-${rota.allianceId}`}>{rota.allianceName}</h2>
      <Form onSubmit={() => void saveZone({ variables: { allianceId: rota.allianceId, timeZone } }).catch(() => undefined)}>
        <TextField label={t('onCall.timeZone')} description={t('onCall.timeZoneHelp')} value={timeZone} onChange={setTimeZone} />
        <Button type="submit" variant="secondary" isPending={savingZone.loading}>
          {t('onCall.saveTimeZone')}
        </Button>
      </Form>
      <ErrorMessage error={savingZone.error} />
      {/* Saving changes nothing else on the page: the coordinator is told it was kept. */}
      {savingZone.data && !savingZone.loading ? (
        <Notice>
          <p>{t('onCall.timeZoneSaved', { timeZone: savingZone.data.setOnCallTimeZone.timeZone })}</p>
        </Notice>
      ) : null}
      {rota.shifts.length === 0 ? (
        <EmptyState title={t('onCall.noShifts')} headingLevel={3} />
      ) : (
        <List
          items={rota.shifts}
          getKey={(shift) => shift.id}
          label={t('onCall.shiftsLabel', { name: rota.allianceName })}
          renderItem={(shift) => (
            <div className="k-stack k-stack--tight">
              <p>
                <strong>{shift.peerDisplayName}</strong> · {t('onCall.shiftTimes', { day: day(shift.weekday), start: shift.startsAt, end: shift.endsAt })}
              </p>
              <Button
                variant="secondary"
                size="small"
                isPending={removing.loading}
                onPress={() => void removeShift({ variables: { shiftId: shift.id } }).catch(() => undefined)}
              >
                {t('onCall.remove', { name: shift.peerDisplayName })}
              </Button>
            </div>
          )}
        />
      )}
      <ErrorMessage error={removing.error} />
      <h3>{t('onCall.addTitle')}</h3>
      {rota.vettedPeers.length === 0 ? (
        <p className="k-muted">{t('onCall.noVettedPeers')}</p>
      ) : (
        <Form
          onSubmit={() =>
            void addShift({ variables: { allianceId: rota.allianceId, peerId, weekday: Number(weekday), startsAt, endsAt } }).catch(() => undefined)
          }
        >
          <Select
            label={t('onCall.peer')}
            value={peerId}
            onChange={setPeerId}
            options={rota.vettedPeers.map((peer) => ({ id: peer.userId, label: peer.displayName }))}
          />
          <Select label={t('onCall.day')} value={weekday} onChange={setWeekday} options={WEEKDAYS.map((value, index) => ({ id: value, label: day(index) }))} />
          <TextField label={t('onCall.startsAt')} description={t('onCall.startsAtHelp')} value={startsAt} onChange={setStartsAt} />
          <TextField label={t('onCall.endsAt')} description={t('onCall.endsAtHelp')} value={endsAt} onChange={setEndsAt} />
          <Button type="submit" isPending={adding.loading}>
            {t('onCall.add')}
          </Button>
        </Form>
      )}
      <ErrorMessage error={adding.error} />
    </section>
  );
}

/** For coordinators: who is on call, when, for each alliance they coordinate. */
export default function OnCallRotaPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyOnCallRotasDocument);
  const rotas = data?.myOnCallRotas;
  return (
    <Page title={t('onCall.title')} intro={t('onCall.intro')}>
      {loading && !rotas ? <Loading /> : null}
      <ErrorMessage error={error} onRetry={() => void refetch()} />
      {rotas && rotas.length === 0 ? <EmptyState title={t('onCall.noAlliances')} /> : null}
      {rotas?.map((rota) => (
        <RotaSection key={rota.allianceId} rota={rota} onChanged={() => void refetch()} />
      ))}
    </Page>
  );
}
