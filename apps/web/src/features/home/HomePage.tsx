import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ButtonLink, EmptyState, ErrorMessage, List, Loading, Page } from '../../design';
import { graphql } from '../../graphql/generated';
import { MentorAlerts } from '../crisis/MentorAlerts';

export const HomeDocument = graphql(`
  query Home {
    me {
      id
      displayName
      pronouns
    }
    myRecoveryPreferences {
      updatedAt
    }
    myAllianceMemberships {
      id
      allianceName
      status
      capacity
    }
  }
`);

export default function HomePage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(HomeDocument);

  if (loading && !data) return <Loading />;
  if (!data) {
    return (
      <Page title={t('home.titleAnonymous')}>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }

  const memberships = data.myAllianceMemberships.filter((m) => m.status === 'ACTIVE' || m.status === 'REQUESTED');
  return (
    <Page title={t('home.title', { name: data.me.displayName })} intro={t('home.intro')}>
      <ErrorMessage error={error} />
      {/* Until the first steps are saved once, they are offered first. */}
      {data.myRecoveryPreferences.updatedAt ? null : (
        <section className="k-card k-stack" aria-labelledby="home-start">
          <h2 id="home-start">{t('home.startTitle')}</h2>
          <p>{t('home.startHint')}</p>
          <ButtonLink href="/welcome">{t('home.start')}</ButtonLink>
        </section>
      )}
      <MentorAlerts />
      <section className="k-stack" aria-labelledby="home-alliances">
        <h2 id="home-alliances">{t('home.alliances')}</h2>
        <List
          items={memberships}
          getKey={(m) => m.id}
          renderItem={(m) => (
            <>
              <h3>{m.allianceName}</h3>
              <p className="k-muted">{t(`home.membership.${m.status === 'ACTIVE' ? 'active' : 'requested'}`)}</p>
            </>
          )}
          empty={
            <EmptyState title={t('home.noAlliance')} headingLevel={3}>
              <p>{t('home.noAllianceHint')}</p>
            </EmptyState>
          }
        />
      </section>
    </Page>
  );
}
