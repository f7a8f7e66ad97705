import { useState } from 'react';
import { useLazyQuery, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink, EmptyState, ErrorMessage, Form, List, Loading, Page, RadioGroup, Select, TextField } from '../../design';
import type { AuditEventsQueryVariables } from '../../graphql/generated/graphql';
import { AuditEventsDocument, PersonByEmailDocument } from './documents';

const ANY = 'ANY';

/** The actions the log records, as the api names them (libs/identity audit-action.ts). */
const ACTIONS = [
  'login.failed',
  'login.succeeded',
  'role.granted',
  'role.revoked',
  'admin.person_looked_up',
  'moderation.decision',
  'moderation.moderator_appointed',
  'moderation.moderator_removed',
  'privacy.sensitive_record_accessed',
  'privacy.export_requested',
  'privacy.erasure_requested',
  'session.refresh_token_reused',
  'password.changed',
  'operations.queue_dashboard_opened',
] as const;

function Filters({ onApply }: { onApply: (variables: AuditEventsQueryVariables) => void }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<string>(ANY);
  const [email, setEmail] = useState('');
  const [side, setSide] = useState<'actor' | 'subject'>('subject');
  const [find, lookup] = useLazyQuery(PersonByEmailDocument, { fetchPolicy: 'network-only' });
  return (
    <Form
      aria-label={t('administration.audit.filters')}
      onSubmit={() => {
        const base = { action: action === ANY ? null : action };
        if (!email.trim()) {
          onApply({ ...base, actorId: null, subjectId: null });
          return;
        }
        void find({ variables: { email: email.trim() } })
          .then((result) => {
            const id = result.data?.personByEmail.id;
            if (id) onApply({ ...base, actorId: side === 'actor' ? id : null, subjectId: side === 'subject' ? id : null });
          })
          .catch(() => undefined);
      }}
    >
      <h2>{t('administration.audit.filters')}</h2>
      <Select
        label={t('administration.audit.action')}
        value={action}
        onChange={setAction}
        options={[{ id: ANY, label: t('administration.audit.anyAction') }, ...ACTIONS.map((id) => ({ id, label: t(`administration.auditAction.${id}`) }))]}
      />
      <TextField label={t('administration.audit.person')} description={t('administration.audit.personHint')} type="email" value={email} onChange={setEmail} />
      {email.trim() ? (
        <RadioGroup
          label={t('administration.audit.side')}
          value={side}
          onChange={(value) => setSide(value as 'actor' | 'subject')}
          options={[
            { id: 'subject', label: t('administration.audit.concerned') },
            { id: 'actor', label: t('administration.audit.acted') },
          ]}
        />
      ) : null}
      <ErrorMessage error={lookup.error} />
      <div className="k-row">
        <Button type="submit" variant="secondary" isDisabled={lookup.loading}>
          {t('administration.audit.apply')}
        </Button>
      </div>
    </Form>
  );
}

/** Facts recorded with an event (ids and small values, never content), as short "name: value" pairs. */
function describeDetails(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
    .join(' · ');
}

export default function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const [variables, setVariables] = useState<AuditEventsQueryVariables>({});
  const [more, setMore] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(AuditEventsDocument, { variables, fetchPolicy: 'cache-and-network' });
  const formatDate = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso));
  const connection = data?.auditEvents;
  return (
    <Page title={t('administration.audit.title')} intro={t('administration.audit.intro')} width="wide">
      <div className="k-row">
        <ButtonLink href="/administration" variant="quiet" size="small">
          {t('administration.back')}
        </ButtonLink>
      </div>
      <Filters onApply={setVariables} />
      {loading && !data ? <Loading /> : null}
      {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {connection ? (
        <>
          <List
            label={t('administration.audit.events')}
            items={connection.edges.map((edge) => edge.node)}
            getKey={(event) => event.id}
            empty={<EmptyState title={t('administration.audit.emptyTitle')}>{t('administration.audit.empty')}</EmptyState>}
            renderItem={(event) => (
              <div className="k-stack k-stack--tight">
                <p>
                  <strong>{t(`administration.auditAction.${event.action}`, { defaultValue: event.action })}</strong> · {formatDate(event.occurredAt)}
                </p>
                <p className="k-muted">
                  {[
                    event.actorDisplayName ? t('administration.audit.by', { name: event.actorDisplayName }) : null,
                    event.subjectDisplayName ? t('administration.audit.about', { name: event.subjectDisplayName }) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                {Object.keys(event.details).length > 0 ? <p className="k-muted">{describeDetails(event.details)}</p> : null}
              </div>
            )}
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
                      auditEvents: { ...fetchMoreResult.auditEvents, edges: [...previous.auditEvents.edges, ...fetchMoreResult.auditEvents.edges] },
                    }),
                  })
                    .catch(() => undefined)
                    .finally(() => setMore(false));
                }}
              >
                {t('administration.audit.more')}
              </Button>
            </div>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
