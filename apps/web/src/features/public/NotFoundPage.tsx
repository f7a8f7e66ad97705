import { useTranslation } from 'react-i18next';
import { ButtonLink, EmptyState, Page } from '../../design';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')}>
      <EmptyState
        title={t('notFound.heading')}
        action={
          <ButtonLink href="/" variant="primary">
            {t('notFound.back')}
          </ButtonLink>
        }
      >
        <p>{t('notFound.body')}</p>
      </EmptyState>
    </Page>
  );
}
