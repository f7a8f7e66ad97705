import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ButtonLink, EmptyState, List, Loading, Notice, Page } from '../../design';
import { graphql } from '../../graphql/generated';
import { useSession } from '../../session/session-context';
import { AllianceSearch } from '../alliances/AllianceSearch';
import { CrisisSupport } from '../crisis/CrisisSupport';
import { StoryText } from '../stories/StoryText';

export const PublicStoriesDocument = graphql(`
  query PublicStories {
    publicStories(first: 3) {
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

/** Stories their authors shared with everyone, approved by a moderator; members read more inside. */
function StoriesOfHope({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(PublicStoriesDocument);
  const stories = data?.publicStories.edges.map((edge) => edge.node) ?? [];
  const more = signedIn ? (
    <ButtonLink href="/stories" variant="secondary">
      {t('stories.door.readMore')}
    </ButtonLink>
  ) : (
    <ButtonLink href="/register" variant="secondary">
      {t('door.join')}
    </ButtonLink>
  );
  if (loading && !data) return <Loading />;
  return (
    <>
      <List
        items={stories}
        getKey={(story) => story.id}
        label={t('door.storiesTitle')}
        renderItem={(story) => (
          <article className="k-stack k-stack--tight" aria-labelledby={`door-story-${story.id}`}>
            <h3 id={`door-story-${story.id}`}>{story.title}</h3>
            <p className="k-muted">{story.authorDisplayName ? t('stories.by', { name: story.authorDisplayName }) : t('stories.door.byMember')}</p>
            <StoryText body={story.body} preview={280} />
          </article>
        )}
        empty={
          <EmptyState title={t('stories.door.emptyTitle')} headingLevel={3} action={more}>
            <p>{signedIn ? t('stories.door.emptyMember') : t('stories.door.invite')}</p>
          </EmptyState>
        }
      />
      {stories.length > 0 ? (
        <div className="k-stack k-stack--tight">
          <p className="k-muted">{signedIn ? t('stories.door.moreMember') : t('stories.door.invite')}</p>
          <div className="k-row">{more}</div>
        </div>
      ) : null}
    </>
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
