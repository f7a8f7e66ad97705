import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink, EmptyState, ErrorMessage, Form, List, Loading, Notice, Page, RadioGroup, TextField } from '../../design';
import type { ModerationAppealsQuery } from '../../graphql/generated/graphql';
import { DecideModerationAppealDocument, ModerationAppealsDocument } from './documents';
import { useFormatDate } from './labels';

type Appeal = ModerationAppealsQuery['moderationAppeals'][number];

function AppealDecision({ appeal, onDecided }: { appeal: Appeal; onDecided: (overturned: boolean) => void }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<'UPHOLD' | 'OVERTURN' | null>(null);
  const [note, setNote] = useState('');
  const [decide, { loading, error }] = useMutation(DecideModerationAppealDocument, {
    refetchQueries: [ModerationAppealsDocument],
    awaitRefetchQueries: true,
  });
  return (
    <Form
      aria-label={t('moderation.appeals.decide')}
      onSubmit={() => {
        if (!choice || !note.trim()) return;
        void decide({ variables: { appealId: appeal.id, overturn: choice === 'OVERTURN', note: note.trim() } })
          .then(() => onDecided(choice === 'OVERTURN'))
          .catch(() => undefined);
      }}
    >
      <RadioGroup
        label={t('moderation.appeals.decide')}
        isRequired
        value={choice}
        onChange={(value) => setChoice(value as 'UPHOLD' | 'OVERTURN')}
        options={[
          { id: 'UPHOLD', label: t('moderation.appeals.uphold') },
          { id: 'OVERTURN', label: t('moderation.appeals.overturn') },
        ]}
      />
      <TextField
        label={t('moderation.appeals.note')}
        description={t('moderation.case.reasonHint')}
        multiline
        isRequired
        maxLength={1000}
        value={note}
        onChange={setNote}
      />
      <ErrorMessage error={error} />
      <div className="k-row">
        <Button type="submit" isDisabled={loading || !choice || !note.trim()}>
          {t('moderation.appeals.submit')}
        </Button>
      </div>
    </Form>
  );
}

/**
 * Appeals waiting for a moderator. The api lists only appeals against other moderators'
 * decisions, so nobody is offered their own; should one slip through, its refusal is shown as written.
 */
export default function ModerationAppealsPage() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [done, setDone] = useState<boolean | null>(null);
  const { data, loading, error, refetch } = useQuery(ModerationAppealsDocument, { fetchPolicy: 'cache-and-network' });
  return (
    <Page title={t('moderation.appeals.title')} intro={t('moderation.appeals.intro')}>
      <div className="k-row">
        <ButtonLink href="/moderation" variant="quiet" size="small">
          {t('moderation.case.back')}
        </ButtonLink>
      </div>
      {done !== null ? (
        <Notice>
          <p>{done ? t('moderation.appeals.overturned') : t('moderation.appeals.upheld')}</p>
        </Notice>
      ) : null}
      {loading && !data ? <Loading /> : null}
      {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {data ? (
        <List
          label={t('moderation.appeals.title')}
          items={data.moderationAppeals}
          getKey={(appeal) => appeal.id}
          empty={<EmptyState title={t('moderation.appeals.emptyTitle')}>{t('moderation.appeals.empty')}</EmptyState>}
          renderItem={(appeal) => (
            <article className="k-stack" aria-label={t('moderation.appeals.label', { date: formatDate(appeal.createdAt) })}>
              <p>
                <strong>{t(`moderation.action.${appeal.decision.action}`)}</strong> · {formatDate(appeal.decision.createdAt)}
              </p>
              <p>{t('moderation.appeals.reasonGiven', { reason: appeal.decision.reason })}</p>
              <div className="k-card">
                <p className="k-muted">{t('moderation.appeals.statement')}</p>
                <p>{appeal.statement}</p>
              </div>
              <AppealDecision appeal={appeal} onDecided={setDone} />
            </article>
          )}
        />
      ) : null}
    </Page>
  );
}
