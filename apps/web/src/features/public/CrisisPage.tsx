import { useTranslation } from 'react-i18next';
import { Page } from '../../design';
import { CrisisSupport } from '../crisis/CrisisSupport';

export default function CrisisPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('crisis.title')} intro={t('crisis.intro')}>
      <CrisisSupport />
    </Page>
  );
}
