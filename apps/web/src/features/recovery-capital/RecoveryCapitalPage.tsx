import { useTranslation } from 'react-i18next';
import { Page } from '../../design';
import { Barc10Section } from './Barc10Section';
import { ChoicesSection } from './ChoicesSection';
import { DomainRatingsSection } from './DomainRatingsSection';

export default function RecoveryCapitalPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('recoveryCapital.title')} intro={t('recoveryCapital.intro')}>
      {/* A long page on a phone: plain in-page links let a person jump to the part they came for. */}
      <nav aria-labelledby="capital-contents" className="k-contents">
        <h2 id="capital-contents" className="k-contents__title">
          {t('recoveryCapital.onThisPage')}
        </h2>
        <ul role="list">
          <li>
            <a href="#areas">{t('recoveryCapital.areasLink')}</a>
          </li>
          <li>
            <a href="#rate">{t('recoveryCapital.rateLink')}</a>
          </li>
          <li>
            <a href="#barc">{t('recoveryCapital.barcLink')}</a>
          </li>
          <li>
            <a href="#choices">{t('recoveryCapital.choicesLink')}</a>
          </li>
        </ul>
      </nav>
      <DomainRatingsSection />
      <Barc10Section />
      <ChoicesSection />
    </Page>
  );
}
