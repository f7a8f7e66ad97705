import { useState } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink, ErrorMessage, Form, List, Loading, Notice, Page } from '../../design';
import type { ModerationCaseQuery } from '../../graphql/generated/graphql';
import { useViewer } from '../../session/viewer';
import { CasePerson } from './CasePerson';
import { DecisionFields, useDecisionDraft, type DecidableAction } from './DecisionFields';
import { DecisionList } from './DecisionList';
import { DecideModerationCaseDocument, ModerateContentDocument, ModerationCaseDocument } from './documents';
import { useFormatDate } from './labels';
import { ReasonButton } from './ReasonButton';

type Details = ModerationCaseQuery['moderationCase'];
type ContextEntry = Details['context'][number];

const CASE_ACTIONS = ['DISMISS', 'HIDE', 'WARN', 'SUSPEND', 'BAN'] as const satisfies readonly DecidableAction[];
type CaseAction = (typeof CASE_ACTIONS)[number];

/** Hides a message around the reported one (someone else may have written worse), or shows a hidden one again. */
function ContextEntryDecision({ details, entry, onChanged }: { details: Details; entry: ContextEntry; onChanged: () => void }) {
  const { t } = useTranslation();
  const [moderate, { loading, error }] = useMutation(ModerateContentDocument);
  const action = entry.visibility === 'HIDDEN' ? 'RESTORE' : 'HIDE';
  return (
    <ReasonButton
      label={t(`moderation.case.context${action}`)}
      reasonLabel={t('moderation.case.reason')}
      confirmLabel={t(`moderation.action.${action}`)}
      loading={loading}
      error={error}
      onConfirm={(reason) => moderate({ variables: { kind: details.case.subjectKind, contentId: entry.id, decision: { action, reason } } }).then(onChanged)}
    />
  );
}

/** The words under review, behind a gentle note: the moderator chooses when to read them. */
function Content({ details, onChanged }: { details: Details; onChanged: () => void }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { viewer } = useViewer();
  const [shown, setShown] = useState(false);
  // Nobody decides about their own words: the API refuses it, so the page does not offer it.
  const decidable = (entry: ContextEntry) => !entry.isSubject && entry.authorId !== null && entry.authorId !== viewer?.id && entry.text !== '';
  if (details.case.subjectKind === 'PERSON') return null;
  return (
    <section className="k-stack" aria-labelledby="case-content">
      <h2 id="case-content">{t('moderation.case.content')}</h2>
      <Notice>
        <p>{t('moderation.case.contentNote')}</p>
      </Notice>
      {shown ? (
        <>
          {details.contentText === null ? (
            <p className="k-muted">{t('moderation.case.contentGone')}</p>
          ) : (
            <blockquote className="k-card">
              <p>{details.contentText}</p>
            </blockquote>
          )}
          {details.contentVisibility ? <p className="k-muted">{t(`moderation.visibility.${details.contentVisibility}`)}</p> : null}
          {details.context.length > 0 ? (
            <List
              label={t('moderation.case.context')}
              items={details.context}
              getKey={(entry) => entry.id}
              renderItem={(entry) => (
                <div className="k-stack k-stack--tight">
                  <p className="k-muted">
                    <strong>{entry.authorDisplayName || t('moderation.someone')}</strong> · {formatDate(entry.createdAt)}
                    {entry.isSubject ? ` · ${t('moderation.case.reported')}` : ''}
                  </p>
                  <p>{entry.isSubject ? <strong>{entry.text}</strong> : entry.text || t('moderation.case.deleted')}</p>
                  {entry.visibility !== 'VISIBLE' ? <p className="k-muted">{t(`moderation.visibility.${entry.visibility}`)}</p> : null}
                  {decidable(entry) ? <ContextEntryDecision details={details} entry={entry} onChanged={onChanged} /> : null}
                </div>
              )}
            />
          ) : null}
          <div className="k-row">
            <Button variant="quiet" size="small" onPress={() => setShown(false)}>
              {t('moderation.case.hideContent')}
            </Button>
          </div>
        </>
      ) : (
        <div className="k-row">
          <Button variant="secondary" onPress={() => setShown(true)}>
            {t('moderation.case.showContent')}
          </Button>
        </div>
      )}
    </section>
  );
}

function DecideForm({ details, onDecided }: { details: Details; onDecided: () => void }) {
  const { t } = useTranslation();
  const draft = useDecisionDraft<CaseAction>();
  const [decide, { loading, error }] = useMutation(DecideModerationCaseDocument);
  const actions = CASE_ACTIONS.filter((id) => !(id === 'HIDE' && details.case.subjectKind === 'PERSON'));
  return (
    <Form
      aria-label={t('moderation.case.decide')}
      onSubmit={() => {
        if (!draft.decision) return;
        void decide({ variables: { caseId: details.case.id, decision: draft.decision } })
          .then(onDecided)
          .catch(() => undefined);
      }}
    >
      <h2>{t('moderation.case.decide')}</h2>
      <DecisionFields draft={draft} actions={actions} />
      <ErrorMessage error={error} />
      <div className="k-row">
        <Button type="submit" isDisabled={loading || !draft.decision}>
          {t('moderation.case.submit')}
        </Button>
      </div>
    </Form>
  );
}

export default function ModerationCasePage() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { caseId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ModerationCaseDocument, { variables: { id: caseId }, fetchPolicy: 'cache-and-network' });
  const details = data?.moderationCase;
  const reload = () => void refetch().catch(() => undefined);
  return (
    <Page title={t('moderation.case.title')} width="wide">
      <div className="k-row">
        <ButtonLink href="/moderation" variant="quiet" size="small">
          {t('moderation.case.back')}
        </ButtonLink>
      </div>
      {loading && !data ? <Loading /> : null}
      {error && !data ? <ErrorMessage error={error} onRetry={reload} /> : null}
      {details ? (
        <>
          <section className="k-stack" aria-labelledby="case-summary">
            <h2 id="case-summary">
              {t(`moderation.subject.${details.case.subjectKind}`, { name: details.case.personDisplayName || t('moderation.someone') })}
            </h2>
            <p>
              <span className="k-badge">{t(`moderation.severity.${details.case.severity}`)}</span>{' '}
              <span className="k-badge">{t(`moderation.caseStatus.${details.case.status}`)}</span>{' '}
              {details.case.escalatedAt ? <span className="k-badge">{t('moderation.queue.escalated')}</span> : null}
            </p>
            <p className="k-muted">{t('moderation.queue.opened', { date: formatDate(details.case.openedAt) })}</p>
            {details.case.findings.length > 0 ? (
              <p>
                {t('moderation.case.findings', {
                  list: details.case.findings.map((finding) => t(`moderation.category.${finding.category}`, { defaultValue: finding.category })).join(', '),
                })}
              </p>
            ) : null}
          </section>
          <Content details={details} onChanged={reload} />
          <section className="k-stack" aria-labelledby="case-reports">
            <h2 id="case-reports">{t('moderation.case.reports')}</h2>
            <List
              label={t('moderation.case.reports')}
              items={details.reports}
              getKey={(report) => `${report.createdAt}-${report.reason}`}
              empty={<p className="k-muted">{t('moderation.case.noReports')}</p>}
              renderItem={(report) => (
                <div className="k-stack k-stack--tight">
                  <p>
                    <strong>{t(`moderation.category.${report.reason}`)}</strong> · {formatDate(report.createdAt)}
                  </p>
                  {report.note ? <p>{report.note}</p> : null}
                </div>
              )}
            />
          </section>
          {details.case.status === 'OPEN' ? <DecideForm details={details} onDecided={reload} /> : null}
          {details.decisions.length > 0 ? (
            <section className="k-stack" aria-labelledby="case-decisions">
              <h2 id="case-decisions">{t('moderation.case.decisions')}</h2>
              <DecisionList label={t('moderation.case.decisions')} decisions={details.decisions} onChanged={reload} />
            </section>
          ) : null}
          {details.case.personId ? (
            <CasePerson
              personId={details.case.personId}
              name={details.case.personDisplayName || t('moderation.someone')}
              history={details.personHistory}
              onChanged={reload}
            />
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
