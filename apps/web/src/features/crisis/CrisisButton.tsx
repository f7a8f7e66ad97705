import { useTranslation } from 'react-i18next';
import { Button, ButtonLink, Dialog } from '../../design';
import { CrisisSupport } from './CrisisSupport';

/** In the header of every page: one tap opens the crisis lines. */
export function CrisisButton() {
  const { t } = useTranslation();
  return (
    <Dialog
      trigger={
        <Button variant="crisis" size="small">
          {t('crisis.button')}
        </Button>
      }
      title={t('crisis.title')}
    >
      <CrisisSupport />
      <ButtonLink href="/help" variant="secondary">
        {t('crisis.morePage')}
      </ButtonLink>
    </Dialog>
  );
}
