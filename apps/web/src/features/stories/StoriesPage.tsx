import { useId, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, EmptyState, ErrorMessage, List, Loading, Notice, Page } from '../../design';
import { graphql } from '../../graphql/generated';
import type { EncouragementKind, StoryStatus } from '../../graphql/generated/graphql';
import { StoryForm, type StoryDraft } from './StoryForm';
import { StoryText } from './StoryText';

export const StoriesPageDocument = graphql(`
  query StoriesPage($first: Int!) {
    me {
      id
      displayName
    }
    myAllianceMemberships {
      id
      allianceId
      allianceName
      status
    }
    myStories {
      id
      title
      body
      status
      allianceId
      isPublic
      showNamePublicly
      heldForReview
      heldReason
      reviewNote
      publishedAt
      createdAt
      encouragements {
        kind
        count
      }
    }
    stories(first: $first) {
      edges {
        node {
          id
          title
          body
          authorId
          authorDisplayName
          publishedAt
          encouragements {
            kind
            count
          }
          myEncouragements
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export const WriteStoryDocument = graphql(`
  mutation WriteStory($input: StoryInput!) {
    writeStory(input: $input) {
      story {
        id
        status
      }
      languageSuggestions {
        matchedText
        message
      }
    }
  }
`);

export const EditStoryDocument = graphql(`
  mutation EditStory($storyId: ID!, $input: StoryInput!) {
    editStory(storyId: $storyId, input: $input) {
      story {
        id
        title
        body
        status
        publishedAt
        reviewNote
        heldForReview
        heldReason
      }
      languageSuggestions {
        matchedText
        message
      }
    }
  }
`);

export const WithdrawStoryDocument = graphql(`
  mutation WithdrawStory($storyId: ID!) {
    withdrawStory(storyId: $storyId) {
      id
      status
      publishedAt
    }
  }
`);

export const EncourageStoryDocument = graphql(`
  mutation EncourageStory($storyId: ID!, $kind: EncouragementKind!, $on: Boolean!) {
    encourageStory(storyId: $storyId, kind: $kind, on: $on) {
      id
      encouragements {
        kind
        count
      }
      myEncouragements
    }
  }
`);

const KINDS: readonly EncouragementKind[] = ['HEART', 'STRENGTH', 'HOPE', 'SOLIDARITY'];
const PAGE = 20;

type Suggestions = readonly { matchedText: string; message: string }[];

function useDate() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language === 'fr' ? 'fr' : 'en', { dateStyle: 'long' });
  return (value: string) => format.format(new Date(value));
}

/** Gentle words the person may prefer; their story was kept as written. */
function SuggestionsNotice({ suggestions }: { suggestions: Suggestions }) {
  const { t } = useTranslation();
  if (suggestions.length === 0) return null;
  return (
    <Notice>
      <p>{t('stories.suggestions')}</p>
      <ul>
        {suggestions.map((suggestion) => (
          <li key={`${suggestion.matchedText}-${suggestion.message}`}>{suggestion.message}</li>
        ))}
      </ul>
    </Notice>
  );
}

function WriteSection({ alliances, displayName }: { alliances: readonly { id: string; name: string }[]; displayName: string }) {
  const { t } = useTranslation();
  const [writing, setWriting] = useState(false);
  const [write, { data, loading, error, reset }] = useMutation(WriteStoryDocument, { refetchQueries: ['StoriesPage'], awaitRefetchQueries: true });
  const submit = (draft: StoryDraft) =>
    void write({ variables: { input: draft } })
      .then(() => setWriting(false))
      .catch(() => undefined);
  return (
    <section className="k-stack" aria-labelledby="stories-write">
      <h2 id="stories-write">{t('stories.writeTitle')}</h2>
      {writing ? (
        <StoryForm
          labelledBy="stories-write"
          alliances={alliances}
          displayName={displayName}
          pending={loading}
          error={error}
          onSubmit={submit}
          onCancel={() => setWriting(false)}
        />
      ) : (
        <>
          {data ? (
            <Notice>
              <p>{t('stories.sent')}</p>
            </Notice>
          ) : (
            <p>{t('stories.writeInvite')}</p>
          )}
          <SuggestionsNotice suggestions={data?.writeStory.languageSuggestions ?? []} />
          <div className="k-row">
            <Button
              variant={data ? 'secondary' : 'primary'}
              onPress={() => {
                reset();
                setWriting(true);
              }}
            >
              {data ? t('stories.writeAnother') : t('stories.write')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

interface MyStory {
  id: string;
  title: string;
  body: string;
  status: StoryStatus;
  allianceId?: string | null;
  isPublic: boolean;
  showNamePublicly: boolean;
  heldForReview: boolean;
  heldReason?: string | null;
  reviewNote?: string | null;
  publishedAt?: string | null;
  encouragements: readonly { kind: EncouragementKind; count: number }[];
}

function MyStoryCard({ story, allianceName }: { story: MyStory; allianceName: (id: string) => string }) {
  const { t } = useTranslation();
  const date = useDate();
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [edit, changing] = useMutation(EditStoryDocument);
  const [withdraw, withdrawing] = useMutation(WithdrawStoryDocument);
  const audience = story.allianceId ? t('stories.forAlliance', { alliance: allianceName(story.allianceId) }) : t('stories.forEveryone');
  const encouraged = story.encouragements.reduce((sum, entry) => sum + entry.count, 0);
  return (
    <article className="k-stack k-stack--tight" aria-labelledby={headingId}>
      <h3 id={headingId}>{story.title}</h3>
      <p>{t(`stories.status.${story.status}`, { date: story.publishedAt ? date(story.publishedAt) : '' })}</p>
      <p className="k-muted">
        {audience}
        {story.isPublic ? ` ${story.showNamePublicly ? t('stories.alsoPublicNamed') : t('stories.alsoPublic')}` : ''}
      </p>
      {story.heldForReview && story.heldReason ? (
        <Notice>
          <p>{story.heldReason}</p>
        </Notice>
      ) : null}
      {story.status === 'DECLINED' && story.reviewNote ? (
        <Notice>
          <p>{t('stories.declinedNote', { note: story.reviewNote })}</p>
          <p>{t('stories.declinedNext')}</p>
        </Notice>
      ) : null}
      {editing ? (
        <StoryForm
          labelledBy={headingId}
          initial={{ title: story.title, body: story.body }}
          pending={changing.loading}
          error={changing.error}
          onSubmit={(draft) =>
            void edit({ variables: { storyId: story.id, input: { title: draft.title, body: draft.body } } })
              .then(() => setEditing(false))
              .catch(() => undefined)
          }
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <StoryText body={story.body} />
          {story.status === 'PUBLISHED' ? <p className="k-muted">{t('stories.encouraged', { count: encouraged })}</p> : null}
          <SuggestionsNotice suggestions={changing.data?.editStory.languageSuggestions ?? []} />
          <ErrorMessage error={withdrawing.error} />
          {story.status === 'WITHDRAWN' ? null : (
            <div className="k-row">
              <Button
                variant="secondary"
                size="small"
                onPress={() => {
                  changing.reset();
                  setEditing(true);
                }}
              >
                {t('stories.edit')}
              </Button>
              <Dialog
                role="alertdialog"
                title={t('stories.withdrawTitle')}
                trigger={
                  <Button variant="quiet" size="small">
                    {t('stories.withdraw')}
                  </Button>
                }
              >
                {(close) => (
                  <>
                    <p>{t('stories.withdrawExplain')}</p>
                    <div className="k-row">
                      <Button
                        isPending={withdrawing.loading}
                        onPress={() =>
                          void withdraw({ variables: { storyId: story.id } })
                            .then(close)
                            .catch(close)
                        }
                      >
                        {t('stories.withdrawConfirm')}
                      </Button>
                      <Button variant="quiet" onPress={close}>
                        {t('stories.keep')}
                      </Button>
                    </div>
                  </>
                )}
              </Dialog>
            </div>
          )}
        </>
      )}
    </article>
  );
}

interface CommunityStory {
  id: string;
  title: string;
  body: string;
  authorId?: string | null;
  authorDisplayName: string;
  publishedAt?: string | null;
  encouragements: readonly { kind: EncouragementKind; count: number }[];
  myEncouragements: readonly EncouragementKind[];
}

function StoryCard({ story, own }: { story: CommunityStory; own: boolean }) {
  const { t } = useTranslation();
  const date = useDate();
  const headingId = useId();
  const [encourage, { loading, error }] = useMutation(EncourageStoryDocument);
  const count = (kind: EncouragementKind) => story.encouragements.find((entry) => entry.kind === kind)?.count ?? 0;
  return (
    <article className="k-stack k-stack--tight" aria-labelledby={headingId}>
      <h3 id={headingId}>{story.title}</h3>
      <p className="k-muted">
        {story.publishedAt
          ? t('stories.byOn', { name: story.authorDisplayName, date: date(story.publishedAt) })
          : t('stories.by', { name: story.authorDisplayName })}
      </p>
      <StoryText body={story.body} />
      {own ? (
        <p className="k-muted">{t('stories.yours')}</p>
      ) : (
        <div className="k-row" role="group" aria-label={t('stories.encourageLabel', { name: story.authorDisplayName })}>
          {KINDS.map((kind) => {
            const pressed = story.myEncouragements.includes(kind);
            return (
              <Button
                key={kind}
                variant={pressed ? 'primary' : 'secondary'}
                size="small"
                aria-pressed={pressed}
                isDisabled={loading}
                onPress={() => void encourage({ variables: { storyId: story.id, kind, on: !pressed } }).catch(() => undefined)}
              >
                {pressed ? '✓ ' : ''}
                {t(`stories.kind.${kind}`)}
                {count(kind) > 0 ? ` (${count(kind)})` : ''}
              </Button>
            );
          })}
        </div>
      )}
      <ErrorMessage error={error} />
    </article>
  );
}

/** Stories of hope: read and encourage them, write one, follow one's own through review. */
export default function StoriesPage() {
  const { t } = useTranslation();
  const [first, setFirst] = useState(PAGE);
  const { data, loading, error, refetch } = useQuery(StoriesPageDocument, { variables: { first } });

  if (loading && !data) return <Loading />;
  if (!data) {
    return (
      <Page title={t('stories.title')}>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }

  const alliances = data.myAllianceMemberships.filter((membership) => membership.status === 'ACTIVE');
  const allianceName = (id: string) => alliances.find((membership) => membership.allianceId === id)?.allianceName ?? t('stories.anAlliance');
  const stories = data.stories.edges.map((edge) => edge.node);
  return (
    <Page title={t('stories.title')} intro={t('stories.intro')}>
      <WriteSection
        alliances={alliances.map((membership) => ({ id: membership.allianceId, name: membership.allianceName }))}
        displayName={data.me.displayName}
      />
      {data.myStories.length > 0 ? (
        <section className="k-stack" aria-labelledby="stories-mine">
          <h2 id="stories-mine">{t('stories.mineTitle')}</h2>
          <List
            items={data.myStories}
            getKey={(story) => story.id}
            label={t('stories.mineTitle')}
            renderItem={(story) => <MyStoryCard story={story} allianceName={allianceName} />}
          />
        </section>
      ) : null}
      <section className="k-stack" aria-labelledby="stories-read">
        <h2 id="stories-read">{t('stories.readTitle')}</h2>
        <List
          items={stories}
          getKey={(story) => story.id}
          label={t('stories.readTitle')}
          renderItem={(story) => <StoryCard story={story} own={story.authorId === data.me.id} />}
          empty={
            <EmptyState title={t('stories.emptyTitle')} headingLevel={3}>
              <p>{t('stories.empty')}</p>
            </EmptyState>
          }
        />
        {data.stories.pageInfo.hasNextPage && first < 100 ? (
          <div className="k-row">
            <Button variant="secondary" isPending={loading} onPress={() => setFirst((shown) => Math.min(100, shown + PAGE))}>
              {t('stories.more')}
            </Button>
          </div>
        ) : null}
      </section>
    </Page>
  );
}
