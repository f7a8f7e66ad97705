import { useTranslation } from 'react-i18next';
import { ButtonLink, Page } from '../../design';

export default function PublicHomePage() {
  const { t } = useTranslation();
  return (
    <Page title={t('door.title')} intro={t('door.intro')}>
      <div className="k-row">
        <ButtonLink href="/register">{t('door.join')}</ButtonLink>
        <ButtonLink href="/sign-in" variant="secondary">
          {t('door.signIn')}
        </ButtonLink>
      </div>
    </Page>
  );
}
