import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button, ButtonLink, Dialog, ErrorMessage } from '../design';
import { useSignOut } from '../session/session-context';

/** My profile; sign out here, or on every device (a lost phone), the second asking first. */
export function AccountMenu() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const run = async (scope: 'thisDevice' | 'everywhere') => {
    setPending(true);
    setFailure(null);
    try {
      await signOut(scope);
      await navigate('/', { replace: true });
    } catch (error) {
      setFailure(error);
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="k-row">
      <ButtonLink href="/profile" variant="quiet" size="small">
        {t('nav.profile')}
      </ButtonLink>
      <Button variant="secondary" size="small" isPending={pending} onPress={() => void run('thisDevice')}>
        {t('account.signOut')}
      </Button>
      <Dialog
        role="alertdialog"
        title={t('account.signOutEverywhereTitle')}
        trigger={
          <Button variant="quiet" size="small">
            {t('account.signOutEverywhere')}
          </Button>
        }
      >
        {(close) => (
          <>
            <p>{t('account.signOutEverywhereExplain')}</p>
            <ErrorMessage error={failure} />
            <div className="k-row">
              <Button isPending={pending} onPress={() => void run('everywhere').then(close)}>
                {t('account.signOutEverywhereConfirm')}
              </Button>
              <Button variant="secondary" onPress={close}>
                {t('common.cancel')}
              </Button>
            </div>
          </>
        )}
      </Dialog>
    </div>
  );
}
