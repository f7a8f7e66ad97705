import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-aria-components';
import { Button, ButtonLink, EmptyState, ErrorMessage, List, Loading, Page, Select } from '../../design';
import type { ModerationCaseFieldsFragment, ModerationCaseStatus, ModerationSeverity } from '../../graphql/generated/graphql';
import { ModerationQueueDocument } from './documents';
import { REPORT_REASONS, useFormatDate } from './labels';

const ANY = 'ANY';
const SEVERITIES: readonly ModerationSeverity[] = ['HIGH', 'MEDIUM', 'LOW'];

/** One case in the list: what it is about and how urgent, never the words themselves. */
function CaseSummary({ item }: { item: ModerationCaseFieldsFragment }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <div className="k-stack k-stack--tight">
      <h2 className="k-list__title">
        <Link href={`/moderation/cases/${item.id}`}>
          {t(`moderation.subject.${item.subjectKind}`, { name: item.personDisplayName || t('moderation.someone') })}
        </Link>
      </h2>
      <p>
        <span className="k-badge">{t(`moderation.severity.${item.severity}`)}</span>{' '}
        {item.escalatedAt ? <span className="k-badge">{t('moderation.queue.escalated')}</span> : null}
      </p>
      <p className="k-muted">
        {[
          item.categories.map((category) => t(`moderation.category.${category}`, { defaultValue: category })).join(', '),
          t('moderation.queue.reports', { count: item.reportCount }),
          t('moderation.queue.opened', { date: formatDate(item.openedAt) }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
    </div>
  );
}

export default function ModerationQueuePage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ModerationCaseStatus>('OPEN');
  const [severity, setSeverity] = useState<string>(ANY);
  const [category, setCategory] = useState<string>(ANY);
  const [age, setAge] = useState<string>(ANY);
  const [more, setMore] = useState(false);
  const variables = {
    status,
    severity: severity === ANY ? null : (severity as ModerationSeverity),
    category: category === ANY ? null : category,
    minAgeHours: age === ANY ? null : Number(age),
  };
  const { data, loading, error, refetch, fetchMore } = useQuery(ModerationQueueDocument, { variables, fetchPolicy: 'cache-and-network' });
  const connection = data?.moderationQueue;
  return (
    <Page title={t('moderation.queue.title')} intro={t('moderation.queue.intro')} width="wide">
      <div className="k-row">
        <ButtonLink href="/moderation/appeals" variant="secondary" size="small">
          {t('moderation.queue.appeals')}
        </ButtonLink>
        <ButtonLink href="/moderation/stories" variant="secondary" size="small">
          {t('moderation.queue.stories')}
        </ButtonLink>
      </div>
      <section className="k-stack" aria-labelledby="moderation-filters">
        <h2 id="moderation-filters">{t('moderation.queue.filters')}</h2>
        <div className="k-row">
          <Select
            label={t('moderation.queue.show')}
            value={status}
            onChange={(value) => setStatus(value as ModerationCaseStatus)}
            options={[
              { id: 'OPEN', label: t('moderation.queue.open') },
              { id: 'RESOLVED', label: t('moderation.queue.resolved') },
            ]}
          />
          <Select
            label={t('moderation.queue.severity')}
            value={severity}
            onChange={setSeverity}
            options={[{ id: ANY, label: t('moderation.queue.any') }, ...SEVERITIES.map((id) => ({ id, label: t(`moderation.severity.${id}`) }))]}
          />
          <Select
            label={t('moderation.queue.category')}
            value={category}
            onChange={setCategory}
            options={[{ id: ANY, label: t('moderation.queue.any') }, ...REPORT_REASONS.map((id) => ({ id, label: t(`moderation.category.${id}`) }))]}
          />
          <Select
            label={t('moderation.queue.age')}
            value={age}
            onChange={setAge}
            options={[
              { id: ANY, label: t('moderation.queue.anyAge') },
              { id: '24', label: t('moderation.queue.olderThan', { count: 24 }) },
              { id: '48', label: t('moderation.queue.olderThan', { count: 48 }) },
            ]}
          />
        </div>
      </section>
      {loading && !data ? <Loading /> : null}
      {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {connection ? (
        <>
          <List
            items={connection.edges.map((edge) => edge.node)}
            getKey={(item) => item.id}
            label={status === 'OPEN' ? t('moderation.queue.open') : t('moderation.queue.resolved')}
            empty={
              <EmptyState title={status === 'OPEN' ? t('moderation.queue.emptyTitle') : t('moderation.queue.noneDecided')}>
                {status === 'OPEN' ? t('moderation.queue.empty') : t('moderation.queue.noneDecidedBody')}
              </EmptyState>
            }
            renderItem={(item) => <CaseSummary item={item} />}
          />
          {connection.pageInfo.hasNextPage ? (
            <div className="k-row">
              <Button
                variant="secondary"
                isDisabled={more}
                onPress={() => {
                  setMore(true);
                  void fetchMore({
                    variables: { after: connection.pageInfo.endCursor },
                    updateQuery: (previous, { fetchMoreResult }) => ({
                      moderationQueue: {
                        ...fetchMoreResult.moderationQueue,
                        edges: [...previous.moderationQueue.edges, ...fetchMoreResult.moderationQueue.edges],
                      },
                    }),
                  })
                    .catch(() => undefined)
                    .finally(() => setMore(false));
                }}
              >
                {t('moderation.queue.more')}
              </Button>
            </div>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
