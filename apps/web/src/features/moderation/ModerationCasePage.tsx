import { useState } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink, ErrorMessage, Form, List, Loading, Notice, Page, RadioGroup, TextField } from '../../design';
import type { ModerationAction, ModerationCaseQuery, ModerationDecisionFieldsFragment } from '../../graphql/generated/graphql';
import { DecideModerationCaseDocument, ModerationCaseDocument, ReverseModerationDecisionDocument } from './documents';
import { useFormatDate } from './labels';

type Details = ModerationCaseQuery['moderationCase'];

const CASE_ACTIONS = ['DISMISS', 'HIDE', 'WARN', 'SUSPEND', 'BAN'] as const satisfies readonly ModerationAction[];
type CaseAction = (typeof CASE_ACTIONS)[number];
/** Decisions that can be undone; an undo itself is not undone again (a new decision is made instead). */
const UNDOABLE: readonly ModerationAction[] = ['HIDE', 'RESTORE', 'WARN', 'SUSPEND', 'BAN'];

/** The words under review, behind a gentle note: the moderator chooses when to read them. */
function Content({ details }: { details: Details }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [shown, setShown] = useState(false);
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
  const [action, setAction] = useState<CaseAction | null>(null);
  const [reason, setReason] = useState('');
  const [days, setDays] = useState('7');
  const [decide, { loading, error }] = useMutation(DecideModerationCaseDocument);
  const actions = CASE_ACTIONS.filter((id) => !(id === 'HIDE' && details.case.subjectKind === 'PERSON'));
  return (
    <Form
      aria-label={t('moderation.case.decide')}
      onSubmit={() => {
        if (!action || !reason.trim()) return;
        const decision = { action, reason: reason.trim(), ...(action === 'SUSPEND' ? { suspendDays: Number(days) } : {}) };
        void decide({ variables: { caseId: details.case.id, decision } })
          .then(onDecided)
          .catch(() => undefined);
      }}
    >
      <h2>{t('moderation.case.decide')}</h2>
      <RadioGroup
        label={t('moderation.case.action')}
        isRequired
        value={action}
        onChange={(value) => setAction(value as CaseAction)}
        options={actions.map((id) => ({ id, label: t(`moderation.action.${id}`), description: t(`moderation.actionHint.${id}`) }))}
      />
      {action === 'SUSPEND' ? (
        <TextField label={t('moderation.case.days')} type="number" inputMode="numeric" isRequired value={days} onChange={setDays} />
      ) : null}
      <TextField
        label={t('moderation.case.reason')}
        description={t('moderation.case.reasonHint')}
        multiline
        isRequired
        maxLength={1000}
        value={reason}
        onChange={setReason}
      />
      <ErrorMessage error={error} />
      <div className="k-row">
        <Button type="submit" isDisabled={loading || !action || !reason.trim()}>
          {t('moderation.case.submit')}
        </Button>
      </div>
    </Form>
  );
}

function UndoForm({ decision, onUndone }: { decision: ModerationDecisionFieldsFragment; onUndone: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [reverse, { loading, error }] = useMutation(ReverseModerationDecisionDocument);
  if (!open)
    return (
      <div className="k-row">
        <Button variant="secondary" size="small" onPress={() => setOpen(true)}>
          {t('moderation.case.undo')}
        </Button>
      </div>
    );
  return (
    <Form
      aria-label={t('moderation.case.undo')}
      onSubmit={() => {
        if (!reason.trim()) return;
        void reverse({ variables: { decisionId: decision.id, reason: reason.trim() } })
          .then(onUndone)
          .catch(() => undefined);
      }}
    >
      <TextField
        label={t('moderation.case.undoReason')}
        description={t('moderation.case.reasonHint')}
        multiline
        isRequired
        maxLength={1000}
        value={reason}
        onChange={setReason}
        autoFocus
      />
      <ErrorMessage error={error} />
      <div className="k-row">
        <Button type="submit" isDisabled={loading || !reason.trim()}>
          {t('moderation.case.undoConfirm')}
        </Button>
        <Button variant="quiet" onPress={() => setOpen(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </Form>
  );
}

function Decisions({ decisions, onChanged }: { decisions: readonly ModerationDecisionFieldsFragment[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  if (decisions.length === 0) return null;
  const undone = new Set(decisions.flatMap((decision) => (decision.reversesId ? [decision.reversesId] : [])));
  return (
    <section className="k-stack" aria-labelledby="case-decisions">
      <h2 id="case-decisions">{t('moderation.case.decisions')}</h2>
      <List
        label={t('moderation.case.decisions')}
        items={decisions}
        getKey={(decision) => decision.id}
        renderItem={(decision) => (
          <div className="k-stack k-stack--tight">
            <p>
              <strong>{t(`moderation.action.${decision.action}`)}</strong> · {formatDate(decision.createdAt)}
              {undone.has(decision.id) ? ` · ${t('moderation.case.undone')}` : ''}
            </p>
            <p>{decision.reason}</p>
            {decision.suspendedUntil ? <p className="k-muted">{t('moderation.case.until', { date: formatDate(decision.suspendedUntil) })}</p> : null}
            {!decision.reversesId && !undone.has(decision.id) && UNDOABLE.includes(decision.action) ? (
              <UndoForm decision={decision} onUndone={onChanged} />
            ) : null}
          </div>
        )}
      />
    </section>
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
          <Content details={details} />
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
          <Decisions decisions={details.decisions} onChanged={reload} />
        </>
      ) : null}
    </Page>
  );
}
