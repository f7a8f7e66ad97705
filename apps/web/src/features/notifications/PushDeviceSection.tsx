import { useEffect, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, ErrorMessage, Notice } from '../../design';
import { SubscribeToPushDocument, UnsubscribeFromPushDocument } from './documents';
import { currentDeviceSubscription, pushAvailability, PushPermissionRefused, subscribeThisDevice, unsubscribeThisDevice } from './push-device';

type DeviceState = 'checking' | 'unsupported' | 'blocked' | 'on' | 'off';
type Outcome = 'turnedOn' | 'turnedOff' | 'refused' | 'failed' | null;

/**
 * Turns notifications on this device on or off: the browser's permission and subscription
 * first, then the API learns the subscription (or forgets it). Says plainly what a
 * notification will show before the person says yes.
 */
export function PushDeviceSection({ applicationServerKey, deviceCount }: { applicationServerKey: string; deviceCount: number }) {
  const { t } = useTranslation();
  // Known at once when the browser cannot push at all; otherwise the subscription is looked up.
  const [state, setState] = useState<DeviceState>(() => {
    const availability = pushAvailability();
    return availability === 'available' ? 'checking' : availability;
  });
  const [count, setCount] = useState(deviceCount);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const [subscribe, subscribing] = useMutation(SubscribeToPushDocument);
  const [unsubscribe, unsubscribing] = useMutation(UnsubscribeFromPushDocument);

  useEffect(() => {
    if (pushAvailability() !== 'available') return;
    let current = true;
    currentDeviceSubscription()
      .then((subscription) => current && setState(subscription ? 'on' : 'off'))
      .catch(() => current && setState('off'));
    return () => {
      current = false;
    };
  }, []);

  const turnOn = async () => {
    setOutcome(null);
    setBusy(true);
    try {
      let subscription;
      try {
        subscription = await subscribeThisDevice(applicationServerKey);
      } catch (error) {
        const refused = error instanceof PushPermissionRefused;
        setState(pushAvailability() === 'blocked' ? 'blocked' : 'off');
        setOutcome(refused ? 'refused' : 'failed');
        return;
      }
      try {
        const result = await subscribe({ variables: { subscription } });
        if (result.data) setCount(result.data.subscribeToPush.deviceCount);
        setState('on');
        setOutcome('turnedOn');
      } catch {
        // The API's refusal is shown by ErrorMessage; the browser's half is undone so both agree.
        await unsubscribeThisDevice().catch(() => null);
        setState('off');
      }
    } finally {
      setBusy(false);
    }
  };

  const turnOff = async () => {
    setOutcome(null);
    setBusy(true);
    try {
      const endpoint = await unsubscribeThisDevice();
      if (endpoint) {
        const result = await unsubscribe({ variables: { endpoint } });
        if (result.data) setCount(result.data.unsubscribeFromPush.deviceCount);
      }
      setState('off');
      setOutcome('turnedOff');
    } catch {
      setOutcome('failed');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="k-stack" aria-labelledby="push-device">
      <h2 id="push-device">{t('notifications.push.title')}</h2>
      <p>{t('notifications.push.intro')}</p>
      {state === 'unsupported' ? <Notice>{t('notifications.push.unsupported')}</Notice> : null}
      {state === 'blocked' ? <Notice>{t('notifications.push.blocked')}</Notice> : null}
      {state === 'on' || state === 'off' ? <p className="k-muted">{t(state === 'on' ? 'notifications.push.on' : 'notifications.push.off')}</p> : null}
      {count > 0 ? <p className="k-muted">{t('notifications.push.devices', { count })}</p> : null}
      {outcome ? (
        <Notice>
          <p>{t(`notifications.push.${outcome}`)}</p>
        </Notice>
      ) : null}
      <ErrorMessage error={subscribing.error ?? unsubscribing.error} />
      {state === 'off' ? (
        <div className="k-row">
          <Button onPress={() => void turnOn()} isDisabled={busy}>
            {busy ? t('notifications.push.working') : t('notifications.push.turnOn')}
          </Button>
        </div>
      ) : null}
      {state === 'on' ? (
        <div className="k-row">
          <Button variant="secondary" onPress={() => void turnOff()} isDisabled={busy}>
            {busy ? t('notifications.push.working') : t('notifications.push.turnOff')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
