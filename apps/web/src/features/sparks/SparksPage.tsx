import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink, Dialog, EmptyState, ErrorMessage, Form, List, Loading, Notice, Page, RadioGroup, Select, TextField } from '../../design';
import type {
  SparkApplicationFieldsFragment,
  SparkApplicationInput,
  SparkApplicationStatus,
  SparkFollowUpOutcome,
  SparkFundFieldsFragment,
} from '../../graphql/generated/graphql';
import { ApplicationForm } from './ApplicationForm';
import {
  CancelSparkApplicationDocument,
  ConfirmSparkReceiptDocument,
  DraftSparkApplicationDocument,
  MySparksDocument,
  ShareSparkFollowUpDocument,
  SparkFundsForMemberDocument,
  SparkPaymentDetailsDocument,
  SubmitSparkApplicationDocument,
  UpdateSparkApplicationDocument,
} from './documents';
import { formatMoney } from './money';
import { formatDay, SparkFacts } from './SparkFacts';
import { useIdempotencyKey } from './use-idempotency-key';

type Application = SparkApplicationFieldsFragment;

const OUTCOMES: readonly SparkFollowUpOutcome[] = ['HELPED', 'HELPED_A_LITTLE', 'TOO_EARLY_TO_SAY', 'DID_NOT_HELP'];

const refetchMine = { refetchQueries: [MySparksDocument], awaitRefetchQueries: true };

/** What the member can change: their draft, or their application once the coordinators asked a question. */
const EDITABLE: readonly SparkApplicationStatus[] = ['DRAFT', 'MORE_INFO_REQUESTED'];
/** What the member can still cancel: anything not paid yet. */
const CANCELLABLE: readonly SparkApplicationStatus[] = ['DRAFT', 'SUBMITTED', 'MORE_INFO_REQUESTED', 'APPROVED'];

function CancelApplication({ application }: { application: Application }) {
  const { t } = useTranslation();
  const [key, renew] = useIdempotencyKey();
  const [cancel, cancelling] = useMutation(CancelSparkApplicationDocument, refetchMine);
  return (
    <Dialog
      role="alertdialog"
      title={t('sparks.mine.cancelTitle')}
      trigger={
        <Button variant="quiet" size="small">
          {t('sparks.mine.cancel')}
        </Button>
      }
    >
      {(close) => (
        <>
          <p>{t('sparks.mine.cancelBody')}</p>
          <ErrorMessage error={cancelling.error} />
          <div className="k-row">
            <Button
              isPending={cancelling.loading}
              onPress={() =>
                void cancel({ variables: { applicationId: application.id, idempotencyKey: key } })
                  .then(() => {
                    renew();
                    close();
                  })
                  .catch(() => undefined)
              }
            >
              {t('sparks.mine.cancelConfirm')}
            </Button>
            <Button variant="secondary" onPress={close}>
              {t('sparks.mine.keep')}
            </Button>
          </div>
        </>
      )}
    </Dialog>
  );
}

/** Changing the application: a draft is saved; after a question, the answer is sent straight back. */
function EditApplication({ application, fund, onDone }: { application: Application; fund: SparkFundFieldsFragment | undefined; onDone: () => void }) {
  const { t } = useTranslation();
  const [update, updating] = useMutation(UpdateSparkApplicationDocument);
  const [submit, submitting] = useMutation(SubmitSparkApplicationDocument, refetchMine);
  const answering = application.status === 'MORE_INFO_REQUESTED';
  const save = async (input: SparkApplicationInput) => {
    await update({ variables: { applicationId: application.id, input } });
    if (answering) await submit({ variables: { applicationId: application.id } });
    onDone();
  };
  return (
    <div className="k-stack">
      <ErrorMessage error={updating.error ?? submitting.error} />
      <ApplicationForm
        currency={application.currency}
        perGrantCap={fund?.perGrantCap ?? application.amount}
        initial={application}
        submitLabel={answering ? t('sparks.mine.sendAnswer') : t('sparks.mine.saveChanges')}
        pending={updating.loading || submitting.loading}
        onSubmit={(input) => void save(input).catch(() => undefined)}
      />
      <Button variant="secondary" onPress={onDone}>
        {t('common.cancel')}
      </Button>
    </div>
  );
}

function PaymentDetails({ applicationId }: { applicationId: string }) {
  const { t, i18n } = useTranslation();
  const { data, error } = useQuery(SparkPaymentDetailsDocument, { variables: { applicationId } });
  if (error) return <ErrorMessage error={error} />;
  if (!data) return null;
  const payment = data.sparkPaymentDetails;
  return (
    <p>
      {t('sparks.payment.how', {
        method: t(`sparks.paymentMethod.${payment.method}`),
        date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(payment.recordedAt)),
      })}
      {payment.reference ? ` ${t('sparks.payment.reference', { reference: payment.reference })}` : null}
    </p>
  );
}

function FollowUp({ application }: { application: Application }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<SparkFollowUpOutcome | null>(application.followUpOutcome ?? null);
  const [note, setNote] = useState(application.followUpNote ?? '');
  const [shared, setShared] = useState(false);
  const [share, sharing] = useMutation(ShareSparkFollowUpDocument, refetchMine);
  return (
    <Form
      onSubmit={() => {
        if (!outcome) return;
        void share({ variables: { applicationId: application.id, outcome, note: note.trim() || null } })
          .then(() => setShared(true))
          .catch(() => undefined);
      }}
    >
      <RadioGroup
        label={t('sparks.followUp.question')}
        description={t('sparks.followUp.hint')}
        options={OUTCOMES.map((id) => ({ id, label: t(`sparks.outcome.${id}`) }))}
        value={outcome}
        onChange={(value) => setOutcome(OUTCOMES.find((id) => id === value) ?? null)}
        isRequired
      />
      <TextField label={t('sparks.followUp.note')} multiline rows={2} maxLength={500} value={note} onChange={setNote} />
      {shared ? (
        <Notice>
          <p>{t('sparks.followUp.thanks')}</p>
        </Notice>
      ) : null}
      <ErrorMessage error={sharing.error} />
      <Button type="submit" variant="secondary" isPending={sharing.loading}>
        {application.followUpOutcome ? t('sparks.followUp.change') : t('sparks.followUp.share')}
      </Button>
    </Form>
  );
}

function MyApplication({ application, fund }: { application: Application; fund: SparkFundFieldsFragment | undefined }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [submit, submitting] = useMutation(SubmitSparkApplicationDocument, refetchMine);
  const [confirm, confirming] = useMutation(ConfirmSparkReceiptDocument, refetchMine);
  const status = application.status;
  return (
    <article className="k-stack" aria-labelledby={`spark-${application.id}`}>
      <div className="k-row k-row--between">
        <h3 id={`spark-${application.id}`} className="k-list__title">
          {t(`sparks.category.${application.category}`)}
        </h3>
        <span className="k-badge">{t(`sparks.status.${status}`)}</span>
      </div>
      {fund ? <p className="k-muted">{fund.name}</p> : null}
      {status === 'MORE_INFO_REQUESTED' && application.infoRequest ? (
        <Notice>
          <p>{t('sparks.mine.question')}</p>
          <blockquote className="k-quote k-text-block">{application.infoRequest}</blockquote>
          <p>{t('sparks.mine.questionHint')}</p>
        </Notice>
      ) : null}
      {editing ? (
        <EditApplication application={application} fund={fund} onDone={() => setEditing(false)} />
      ) : (
        <>
          <SparkFacts application={application} />
          <p className="k-muted">{t(`sparks.mine.explain.${status}`)}</p>
          {status === 'DECLINED' && application.declineReason ? <blockquote className="k-quote k-text-block">{application.declineReason}</blockquote> : null}
          {status === 'DISBURSED' || status === 'RECEIVED' ? <PaymentDetails applicationId={application.id} /> : null}
          <ErrorMessage error={submitting.error ?? confirming.error} />
          <div className="k-row">
            {status === 'DRAFT' ? (
              <Button isPending={submitting.loading} onPress={() => void submit({ variables: { applicationId: application.id } }).catch(() => undefined)}>
                {t('sparks.mine.send')}
              </Button>
            ) : null}
            {EDITABLE.includes(status) ? (
              <Button variant={status === 'DRAFT' ? 'secondary' : 'primary'} onPress={() => setEditing(true)}>
                {status === 'DRAFT' ? t('sparks.mine.change') : t('sparks.mine.answer')}
              </Button>
            ) : null}
            {status === 'DISBURSED' ? (
              <Button isPending={confirming.loading} onPress={() => void confirm({ variables: { applicationId: application.id } }).catch(() => undefined)}>
                {t('sparks.mine.received')}
              </Button>
            ) : null}
            {CANCELLABLE.includes(status) ? <CancelApplication application={application} /> : null}
          </div>
          {status === 'RECEIVED' ? <FollowUp application={application} /> : null}
        </>
      )}
    </article>
  );
}

/** A new application to one of the alliance's open funds, saved as a draft only the member sees. */
function NewApplication({ funds }: { funds: readonly SparkFundFieldsFragment[] }) {
  const { t, i18n } = useTranslation();
  const open = funds.filter((fund) => fund.acceptingApplications);
  const [fundId, setFundId] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const [draft, drafting] = useMutation(DraftSparkApplicationDocument, refetchMine);
  const fund = open.find((each) => each.id === fundId) ?? open[0];
  if (!fund) {
    return (
      <EmptyState title={t('sparks.apply.noFundTitle')} headingLevel={3}>
        {t('sparks.apply.noFund')}
      </EmptyState>
    );
  }
  return (
    <div className="k-stack">
      {open.length > 1 ? (
        <Select label={t('sparks.apply.fund')} options={open.map((each) => ({ id: each.id, label: each.name }))} value={fund.id} onChange={setFundId} />
      ) : (
        <p>{t('sparks.apply.oneFund', { name: fund.name })}</p>
      )}
      <p className="k-muted">
        {t('sparks.apply.rules', {
          cap: formatMoney(fund.perGrantCap, fund.currency, i18n.language),
          end: formatDay(fund.periodEnd, i18n.language),
        })}
      </p>
      {saved ? (
        <Notice>
          <p>{t('sparks.apply.saved')}</p>
        </Notice>
      ) : null}
      <ErrorMessage error={drafting.error} />
      <ApplicationForm
        key={formKey}
        currency={fund.currency}
        perGrantCap={fund.perGrantCap}
        submitLabel={t('sparks.apply.save')}
        pending={drafting.loading}
        onSubmit={(input) =>
          void draft({ variables: { fundId: fund.id, input } })
            .then(() => {
              setSaved(true);
              setFormKey((value) => value + 1);
            })
            .catch(() => undefined)
        }
      />
    </div>
  );
}

function AllianceSparks({ allianceId, applications }: { allianceId: string; applications: readonly Application[] }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(SparkFundsForMemberDocument, { variables: { allianceId } });
  const funds = data?.sparkFunds ?? [];
  const mine = applications.filter((application) => application.allianceId === allianceId);
  return (
    <>
      <section className="k-stack" aria-labelledby="spark-mine">
        <h2 id="spark-mine">{t('sparks.mine.title')}</h2>
        <List
          items={mine}
          getKey={(application) => application.id}
          label={t('sparks.mine.title')}
          empty={<p className="k-muted">{t('sparks.mine.empty')}</p>}
          renderItem={(application) => <MyApplication application={application} fund={funds.find((fund) => fund.id === application.fundId)} />}
        />
      </section>
      <section className="k-stack" aria-labelledby="spark-apply">
        <h2 id="spark-apply">{t('sparks.apply.title')}</h2>
        <p>{t('sparks.apply.intro')}</p>
        {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
        {data ? <NewApplication funds={funds} /> : error ? null : <Loading />}
      </section>
    </>
  );
}

export default function SparksPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MySparksDocument, { fetchPolicy: 'cache-and-network' });
  const [chosen, setChosen] = useState<string | null>(null);
  const alliances = (data?.myAllianceMemberships ?? []).filter((membership) => membership.status === 'ACTIVE' && membership.capacity === 'MEMBER');
  const alliance = alliances.find((membership) => membership.allianceId === chosen) ?? alliances[0];
  return (
    <Page title={t('sparks.title')} intro={t('sparks.intro')}>
      {loading && !data ? <Loading /> : null}
      {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {data && !alliance ? (
        <EmptyState
          title={t('sparks.noAlliance.title')}
          action={
            <ButtonLink href="/home" variant="secondary">
              {t('sparks.noAlliance.action')}
            </ButtonLink>
          }
        >
          {t('sparks.noAlliance.body')}
        </EmptyState>
      ) : null}
      {data && alliance ? (
        <>
          {alliances.length > 1 ? (
            <Select
              label={t('sparks.alliance')}
              options={alliances.map((membership) => ({ id: membership.allianceId, label: membership.allianceName }))}
              value={alliance.allianceId}
              onChange={setChosen}
            />
          ) : (
            <p className="k-muted">{t('sparks.fromAlliance', { name: alliance.allianceName })}</p>
          )}
          <AllianceSparks key={alliance.allianceId} allianceId={alliance.allianceId} applications={data.mySparkApplications.edges.map((edge) => edge.node)} />
        </>
      ) : null}
    </Page>
  );
}
