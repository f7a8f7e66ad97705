import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink, EmptyState, ErrorMessage, Form, List, Loading, Notice, Page, TextField } from '../../design';
import type { StoriesForReviewQuery } from '../../graphql/generated/graphql';
import { ReviewStoryDocument, StoriesForReviewDocument } from './documents';
import { useFormatDate } from './labels';

type Story = StoriesForReviewQuery['storiesForReview'][number];

function Review({ story, onReviewed }: { story: Story; onReviewed: (approved: boolean) => void }) {
  const { t } = useTranslation();
  const [declining, setDeclining] = useState(false);
  const [note, setNote] = useState('');
  const [review, { loading, error }] = useMutation(ReviewStoryDocument, { refetchQueries: [StoriesForReviewDocument], awaitRefetchQueries: true });
  const send = (approve: boolean) =>
    void review({ variables: { storyId: story.id, approve, note: approve ? null : note.trim() } })
      .then(() => onReviewed(approve))
      .catch(() => undefined);
  return declining ? (
    <Form aria-label={t('moderation.stories.decline')} onSubmit={() => note.trim() && send(false)}>
      <TextField
        label={t('moderation.stories.note')}
        description={t('moderation.stories.noteHint')}
        multiline
        isRequired
        maxLength={1000}
        value={note}
        onChange={setNote}
        autoFocus
      />
      <ErrorMessage error={error} />
      <div className="k-row">
        <Button type="submit" isDisabled={loading || !note.trim()}>
          {t('moderation.stories.sendDecline')}
        </Button>
        <Button variant="quiet" onPress={() => setDeclining(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </Form>
  ) : (
    <>
      <ErrorMessage error={error} />
      <div className="k-row">
        <Button isDisabled={loading} onPress={() => send(true)}>
          {t('moderation.stories.approve')}
        </Button>
        <Button variant="secondary" onPress={() => setDeclining(true)}>
          {t('moderation.stories.decline')}
        </Button>
      </div>
    </>
  );
}

export default function StoryReviewPage() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [done, setDone] = useState<boolean | null>(null);
  const { data, loading, error, refetch } = useQuery(StoriesForReviewDocument, { fetchPolicy: 'cache-and-network' });
  return (
    <Page title={t('moderation.stories.title')} intro={t('moderation.stories.intro')}>
      <div className="k-row">
        <ButtonLink href="/moderation" variant="quiet" size="small">
          {t('moderation.case.back')}
        </ButtonLink>
      </div>
      {done !== null ? (
        <Notice>
          <p>{done ? t('moderation.stories.approved') : t('moderation.stories.declined')}</p>
        </Notice>
      ) : null}
      {loading && !data ? <Loading /> : null}
      {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {data ? (
        <List
          label={t('moderation.stories.title')}
          items={data.storiesForReview}
          getKey={(story) => story.id}
          empty={<EmptyState title={t('moderation.stories.emptyTitle')}>{t('moderation.stories.empty')}</EmptyState>}
          renderItem={(story) => (
            <article className="k-stack" aria-labelledby={`story-${story.id}`}>
              <h2 id={`story-${story.id}`}>{story.title}</h2>
              <p className="k-muted">
                {story.authorDisplayName} · {formatDate(story.createdAt)}
                {story.heldForReview ? ` · ${t('moderation.stories.held')}` : ''}
              </p>
              <p className="k-text-block">{story.body}</p>
              <Review story={story} onReviewed={setDone} />
            </article>
          )}
        />
      ) : null}
    </Page>
  );
}
