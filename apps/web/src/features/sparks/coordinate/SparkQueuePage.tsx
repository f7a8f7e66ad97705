import { useState } from 'react';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, ErrorMessage, Form, List, Loading, Notice, RadioGroup, Select, TextField } from '../../../design';
import type { SparkApplicationFieldsFragment, SparkApplicationStatus, SparkFundFieldsFragment, SparkPaymentMethod } from '../../../graphql/generated/graphql';
import {
  ApproveSparkApplicationDocument,
  AskForSparkInformationDocument,
  DeclineSparkApplicationDocument,
  RecordSparkPaymentDocument,
  SparkApplicationTimelineDocument,
  SparkQueueDocument,
} from '../documents';
import { formatDay, formatMoment, SparkFacts } from '../SparkFacts';
import { useIdempotencyKey } from '../use-idempotency-key';
import { CoordinatorSparksFrame } from './CoordinatorSparksFrame';

type Application = SparkApplicationFieldsFragment;

const STATES: readonly SparkApplicationStatus[] = ['SUBMITTED', 'MORE_INFO_REQUESTED', 'APPROVED', 'DISBURSED', 'RECEIVED', 'DECLINED', 'CANCELLED'];
const METHODS: readonly SparkPaymentMethod[] = ['SUPPLIER_DIRECT', 'VOUCHER', 'BANK_TRANSFER'];
const refetchQueue = { refetchQueries: [SparkQueueDocument], awaitRefetchQueries: true };

/** A question or a reason, written in a dialog and sent with one press. */
function WriteToMember({
  trigger,
  title,
  intro,
  label,
  send,
  pending,
  error,
}: {
  trigger: string;
  title: string;
  intro: string;
  label: string;
  send: (text: string) => Promise<unknown>;
  pending: boolean;
  error: unknown;
}) {
  const [text, setText] = useState('');
  return (
    <Dialog
      title={title}
      trigger={
        <Button variant="secondary" size="small">
          {trigger}
        </Button>
      }
    >
      {(close) => (
        <Form onSubmit={() => void send(text.trim()).then(close, () => undefined)}>
          <p>{intro}</p>
          <TextField label={label} multiline rows={4} maxLength={1000} value={text} onChange={setText} isRequired />
          <ErrorMessage error={error} />
          <Button type="submit" isPending={pending}>
            {trigger}
          </Button>
        </Form>
      )}
    </Dialog>
  );
}

function RecordPayment({ application }: { application: Application }) {
  const { t } = useTranslation();
  const [key, renew] = useIdempotencyKey();
  const [method, setMethod] = useState<SparkPaymentMethod | null>(null);
  const [reference, setReference] = useState('');
  const [record, recording] = useMutation(RecordSparkPaymentDocument, refetchQueue);
  return (
    <Dialog title={t('sparks.queue.payTitle')} trigger={<Button size="small">{t('sparks.queue.pay')}</Button>}>
      {(close) => (
        <Form
          onSubmit={() => {
            if (!method) return;
            void record({ variables: { applicationId: application.id, idempotencyKey: key, input: { method, reference: reference.trim() } } }).then(
              () => {
                renew();
                close();
              },
              () => undefined,
            );
          }}
        >
          <RadioGroup
            label={t('sparks.queue.payMethod')}
            options={METHODS.map((id) => ({ id, label: t(`sparks.paymentMethodOption.${id}`) }))}
            value={method}
            onChange={(value) => setMethod(METHODS.find((id) => id === value) ?? null)}
            isRequired
          />
          <TextField
            label={t('sparks.queue.payReference')}
            description={t('sparks.queue.payReferenceHint')}
            maxLength={200}
            value={reference}
            onChange={setReference}
            isRequired
          />
          <ErrorMessage error={recording.error} />
          <Button type="submit" isPending={recording.loading}>
            {t('sparks.queue.payConfirm')}
          </Button>
        </Form>
      )}
    </Dialog>
  );
}

/** Who did what so far, with names: who approved, who asked, who paid. Loaded when opened. */
function Timeline({ applicationId }: { applicationId: string }) {
  const { t, i18n } = useTranslation();
  const [load, { data, error }] = useLazyQuery(SparkApplicationTimelineDocument, { fetchPolicy: 'network-only' });
  return (
    <details className="k-details" onToggle={(event) => (event.currentTarget.open ? void load({ variables: { applicationId } }) : undefined)}>
      <summary>{t('sparks.queue.timeline')}</summary>
      <ErrorMessage error={error} />
      {data ? (
        <ol className="k-bullets">
          {data.sparkApplicationTimeline.map((entry) => (
            <li key={`${entry.step}-${entry.at}`}>
              {t(`sparks.step.${entry.step}`)} · {entry.byMe ? t('sparks.queue.you') : (entry.actorDisplayName ?? t('sparks.queue.someone'))} ·{' '}
              {formatMoment(entry.at, i18n.language)}
            </li>
          ))}
        </ol>
      ) : null}
    </details>
  );
}

function Decisions({ application, fund }: { application: Application; fund: SparkFundFieldsFragment | undefined }) {
  const { t } = useTranslation();
  const [key, renew] = useIdempotencyKey();
  const [approve, approving] = useMutation(ApproveSparkApplicationDocument, refetchQueue);
  const [ask, asking] = useMutation(AskForSparkInformationDocument, refetchQueue);
  const [decline, declining] = useMutation(DeclineSparkApplicationDocument, refetchQueue);
  if (application.mine) {
    return (
      <Notice>
        <p>{t('sparks.queue.ownCase')}</p>
      </Notice>
    );
  }
  if (application.status === 'SUBMITTED') {
    return (
      <div className="k-stack k-stack--tight">
        {application.approvedByMe ? <p>{t('sparks.queue.waitingForAnother')}</p> : null}
        <ErrorMessage error={approving.error} />
        <div className="k-row">
          {application.approvedByMe ? null : (
            <Button
              size="small"
              isPending={approving.loading}
              onPress={() => void approve({ variables: { applicationId: application.id, idempotencyKey: key } }).then(renew, () => undefined)}
            >
              {t('sparks.queue.approve')}
            </Button>
          )}
          <WriteToMember
            trigger={t('sparks.queue.ask')}
            title={t('sparks.queue.askTitle')}
            intro={t('sparks.queue.askIntro')}
            label={t('sparks.queue.askLabel')}
            send={(question) => ask({ variables: { applicationId: application.id, question } })}
            pending={asking.loading}
            error={asking.error}
          />
          <WriteToMember
            trigger={t('sparks.queue.decline')}
            title={t('sparks.queue.declineTitle')}
            intro={t('sparks.queue.declineIntro')}
            label={t('sparks.queue.declineLabel')}
            send={(reason) => decline({ variables: { applicationId: application.id, reason } })}
            pending={declining.loading}
            error={declining.error}
          />
        </div>
      </div>
    );
  }
  if (application.status === 'APPROVED') {
    if (fund?.separatePaymentFromApproval && application.approvedByMe) return <p>{t('sparks.queue.anotherPays')}</p>;
    return <RecordPayment application={application} />;
  }
  return null;
}

function QueueItem({ application, fund }: { application: Application; fund: SparkFundFieldsFragment | undefined }) {
  const { t, i18n } = useTranslation();
  return (
    <article className="k-stack" aria-labelledby={`queue-${application.id}`}>
      <div className="k-row k-row--between">
        <h3 id={`queue-${application.id}`} className="k-list__title">
          {t('sparks.queue.itemTitle', { name: application.applicantDisplayName, category: t(`sparks.category.${application.category}`) })}
        </h3>
        <span className="k-badge">{t(`sparks.coordinatorStatus.${application.status}`)}</span>
      </div>
      <p className="k-muted">
        {[fund?.name, application.submittedAt ? t('sparks.queue.sent', { date: formatDay(application.submittedAt.slice(0, 10), i18n.language) }) : null]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <SparkFacts application={application} />
      {application.status === 'SUBMITTED' ? (
        <p>
          <strong>{t('sparks.queue.approvals', { given: application.approvalsGiven, count: application.approvalsRequired })}</strong>
          {application.approvedByMe ? ` ${t('sparks.queue.youApproved')}` : null}
        </p>
      ) : null}
      {application.infoRequest ? (
        <>
          <p>{t('sparks.queue.asked')}</p>
          <blockquote className="k-quote k-text-block">{application.infoRequest}</blockquote>
          {application.status === 'MORE_INFO_REQUESTED' ? null : <p className="k-muted">{t('sparks.queue.answered')}</p>}
        </>
      ) : null}
      {application.status === 'DECLINED' && application.declineReason ? (
        <blockquote className="k-quote k-text-block">{application.declineReason}</blockquote>
      ) : null}
      {application.followUpOutcome ? (
        <p>
          {t('sparks.queue.followUp', { outcome: t(`sparks.outcome.${application.followUpOutcome}`) })}
          {application.followUpNote ? ` “${application.followUpNote}”` : null}
        </p>
      ) : null}
      <Decisions application={application} fund={fund} />
      <Timeline applicationId={application.id} />
    </article>
  );
}

function Queue({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<SparkApplicationStatus | 'ALL'>('SUBMITTED');
  const [more, setMore] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(SparkQueueDocument, {
    variables: { allianceId, status: status === 'ALL' ? null : status },
    fetchPolicy: 'cache-and-network',
  });
  const funds = data?.sparkFunds ?? [];
  return (
    <>
      <Select
        label={t('sparks.queue.show')}
        options={[...STATES.map((id) => ({ id, label: t(`sparks.coordinatorStatus.${id}`) })), { id: 'ALL', label: t('sparks.queue.all') }]}
        value={status}
        onChange={(value) => setStatus(STATES.find((id) => id === value) ?? 'ALL')}
      />
      {loading && !data ? <Loading /> : null}
      {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {data ? (
        <List
          items={data.sparkApplications.edges.map((edge) => edge.node)}
          getKey={(application) => application.id}
          label={t('sparks.queue.label')}
          empty={<p className="k-muted">{t('sparks.queue.empty')}</p>}
          renderItem={(application) => <QueueItem application={application} fund={funds.find((fund) => fund.id === application.fundId)} />}
        />
      ) : null}
      {data?.sparkApplications.pageInfo.hasNextPage ? (
        <div className="k-row">
          <Button
            variant="secondary"
            isPending={more}
            onPress={() => {
              setMore(true);
              void fetchMore({
                variables: { after: data.sparkApplications.pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  ...fetchMoreResult,
                  sparkApplications: {
                    ...fetchMoreResult.sparkApplications,
                    edges: [...previous.sparkApplications.edges, ...fetchMoreResult.sparkApplications.edges],
                  },
                }),
              })
                .catch(() => undefined)
                .finally(() => setMore(false));
            }}
          >
            {t('sparks.queue.more')}
          </Button>
        </div>
      ) : null}
    </>
  );
}

export default function SparkQueuePage() {
  const { t } = useTranslation();
  return <CoordinatorSparksFrame title={t('sparks.queue.title')}>{(alliance) => <Queue allianceId={alliance.id} />}</CoordinatorSparksFrame>;
}
