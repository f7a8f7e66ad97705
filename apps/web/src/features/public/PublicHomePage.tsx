import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ButtonLink, EmptyState, List, Notice, Page } from '../../design';
import { graphql } from '../../graphql/generated';
import { useSession } from '../../session/session-context';
import { AllianceSearch } from '../alliances/AllianceSearch';
import { CrisisSupport } from '../crisis/CrisisSupport';

export const StoriesOfHopeDocument = graphql(`
  query StoriesOfHope {
    stories(first: 3) {
      edges {
        node {
          id
          title
          body
          authorDisplayName
          publishedAt
        }
      }
    }
  }
`);

function StoriesOfHope({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  // The API opens stories to members only for now; visitors are invited in instead.
  const { data } = useQuery(StoriesOfHopeDocument, { skip: !signedIn });
  if (!signedIn) {
    return (
      <EmptyState
        title={t('door.storiesInvite')}
        headingLevel={3}
        action={
          <ButtonLink href="/register" variant="secondary">
            {t('door.join')}
          </ButtonLink>
        }
      >
        <p>{t('door.storiesInviteHint')}</p>
      </EmptyState>
    );
  }
  const stories = data?.stories.edges.map((edge) => edge.node) ?? [];
  return (
    <List
      items={stories}
      getKey={(story) => story.id}
      renderItem={(story) => (
        <article className="k-stack k-stack--tight">
          <h3>{story.title}</h3>
          <p className="k-muted">{t('door.storyBy', { name: story.authorDisplayName })}</p>
          <p>{story.body.length > 280 ? `${story.body.slice(0, 280)}…` : story.body}</p>
        </article>
      )}
      empty={<EmptyState title={t('door.noStories')} headingLevel={3} />}
    />
  );
}

/** The public door: what Kindred is, where to find people nearby, help now, stories of hope. */
export default function PublicHomePage() {
  const { t } = useTranslation();
  const { status } = useSession();
  const signedIn = status === 'signedIn';
  return (
    <Page title={t('door.title')} intro={t('door.intro')}>
      {signedIn ? null : (
        <div className="k-row">
          <ButtonLink href="/register">{t('door.join')}</ButtonLink>
          <ButtonLink href="/sign-in" variant="secondary">
            {t('door.signIn')}
          </ButtonLink>
        </div>
      )}
      <section className="k-stack" aria-labelledby="door-what">
        <h2 id="door-what">{t('door.whatTitle')}</h2>
        <ul className="k-list" role="list">
          <li className="k-card">{t('door.what1')}</li>
          <li className="k-card">{t('door.what2')}</li>
          <li className="k-card">{t('door.what3')}</li>
        </ul>
      </section>
      <section className="k-stack" aria-labelledby="door-find">
        <h2 id="door-find">{t('door.findTitle')}</h2>
        <p>{t('door.findIntro')}</p>
        <AllianceSearch canJoin={signedIn} />
        {signedIn ? null : (
          <Notice>
            <p>{t('door.findSignIn')}</p>
          </Notice>
        )}
      </section>
      <section className="k-stack" aria-labelledby="door-help">
        <h2 id="door-help">{t('door.helpTitle')}</h2>
        <CrisisSupport />
      </section>
      <section className="k-stack" aria-labelledby="door-stories">
        <h2 id="door-stories">{t('door.storiesTitle')}</h2>
        <StoriesOfHope signedIn={signedIn} />
      </section>
    </Page>
  );
}
