import { useState } from 'react';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Dialog, EmptyState, ErrorMessage, Form, List, Loading, Notice, TextField } from '../../../design';
import type { CoordinatorSparkFundsQuery } from '../../../graphql/generated/graphql';
import {
  AddSparkFundBudgetDocument,
  CloseSparkFundDocument,
  CoordinatorSparkFundsDocument,
  OpenSparkFundDocument,
  SparkFundLedgerDocument,
} from '../documents';
import { formatMoney, parseMoney } from '../money';
import { formatDay, formatMoment } from '../SparkFacts';
import { useIdempotencyKey } from '../use-idempotency-key';
import { CoordinatorSparksFrame, type CoordinatedAlliance } from './CoordinatorSparksFrame';

type Fund = CoordinatorSparkFundsQuery['sparkFunds'][number];
const refetchFunds = { refetchQueries: [CoordinatorSparkFundsDocument], awaitRefetchQueries: true };

/** An amount field that reads money in the person's way and says kindly when it cannot. */
function MoneyField({
  label,
  description,
  currency,
  value,
  onChange,
  checked,
  optional = false,
}: {
  label: string;
  description?: string;
  currency: string;
  value: string;
  onChange: (value: string) => void;
  checked: boolean;
  optional?: boolean;
}) {
  const { t } = useTranslation();
  const blank = value.trim() === '';
  const invalid = checked && !(optional && blank) && !((parseMoney(value, currency) ?? 0) > 0);
  return (
    <TextField
      label={`${label} (${currency})`}
      description={description}
      inputMode="decimal"
      value={value}
      onChange={onChange}
      isRequired={!optional}
      errorMessage={invalid ? t('sparks.form.amountInvalid') : null}
    />
  );
}

function TopUp({ fund }: { fund: Fund }) {
  const { t } = useTranslation();
  const [key, renew] = useIdempotencyKey();
  const [amount, setAmount] = useState('');
  const [checked, setChecked] = useState(false);
  const [add, adding] = useMutation(AddSparkFundBudgetDocument, refetchFunds);
  return (
    <Dialog
      title={t('sparks.funds.topUpTitle', { name: fund.name })}
      trigger={
        <Button variant="secondary" size="small">
          {t('sparks.funds.topUp')}
        </Button>
      }
    >
      {(close) => (
        <Form
          onSubmit={() => {
            setChecked(true);
            const minor = parseMoney(amount, fund.currency);
            if (!minor) return;
            void add({ variables: { fundId: fund.id, amount: minor, idempotencyKey: key } }).then(
              () => {
                renew();
                close();
              },
              () => undefined,
            );
          }}
        >
          <MoneyField label={t('sparks.funds.topUpAmount')} currency={fund.currency} value={amount} onChange={setAmount} checked={checked} />
          <ErrorMessage error={adding.error} />
          <Button type="submit" isPending={adding.loading}>
            {t('sparks.funds.topUp')}
          </Button>
        </Form>
      )}
    </Dialog>
  );
}

function CloseFund({ fund }: { fund: Fund }) {
  const { t } = useTranslation();
  const [closeFund, closing] = useMutation(CloseSparkFundDocument, refetchFunds);
  return (
    <Dialog
      role="alertdialog"
      title={t('sparks.funds.closeTitle', { name: fund.name })}
      trigger={
        <Button variant="quiet" size="small">
          {t('sparks.funds.close')}
        </Button>
      }
    >
      {(close) => (
        <>
          <p>{t('sparks.funds.closeBody')}</p>
          <ErrorMessage error={closing.error} />
          <div className="k-row">
            <Button isPending={closing.loading} onPress={() => void closeFund({ variables: { fundId: fund.id } }).then(close, () => undefined)}>
              {t('sparks.funds.closeConfirm')}
            </Button>
            <Button variant="secondary" onPress={close}>
              {t('sparks.funds.keepOpen')}
            </Button>
          </div>
        </>
      )}
    </Dialog>
  );
}

function Ledger({ fundId }: { fundId: string }) {
  const { t, i18n } = useTranslation();
  const [load, { data, error }] = useLazyQuery(SparkFundLedgerDocument, { fetchPolicy: 'network-only' });
  return (
    <details className="k-details" onToggle={(event) => (event.currentTarget.open ? void load({ variables: { fundId } }) : undefined)}>
      <summary>{t('sparks.funds.ledger')}</summary>
      <ErrorMessage error={error} />
      {data ? (
        <ol className="k-bullets">
          {data.sparkFundLedger.edges.map(({ node }) => (
            <li key={node.id}>
              {t(`sparks.ledger.${node.kind}`)} · {formatMoney(node.amount, node.currency, i18n.language)} · {formatMoment(node.at, i18n.language)}
            </li>
          ))}
        </ol>
      ) : null}
    </details>
  );
}

function FundCard({ fund }: { fund: Fund }) {
  const { t, i18n } = useTranslation();
  const money = (minor: number) => formatMoney(minor, fund.currency, i18n.language);
  return (
    <article className="k-stack" aria-labelledby={`fund-${fund.id}`}>
      <div className="k-row k-row--between">
        <h3 id={`fund-${fund.id}`} className="k-list__title">
          {fund.name}
        </h3>
        <span className="k-badge">
          {fund.acceptingApplications ? t('sparks.funds.taking') : fund.status === 'CLOSED' ? t('sparks.funds.closed') : t('sparks.funds.outsidePeriod')}
        </span>
      </div>
      <p className="k-muted">
        {t('sparks.funds.period', { start: formatDay(fund.periodStart, i18n.language), end: formatDay(fund.periodEnd, i18n.language) })}
      </p>
      {fund.balance ? (
        <dl className="k-definitions">
          <div>
            <dt>{t('sparks.funds.available')}</dt>
            <dd>{money(fund.balance.available)}</dd>
          </div>
          <div>
            <dt>{t('sparks.funds.money')}</dt>
            <dd>
              {t('sparks.funds.moneyLine', {
                budget: money(fund.balance.budget),
                reserved: money(fund.balance.reserved),
                disbursed: money(fund.balance.disbursed),
              })}
            </dd>
          </div>
        </dl>
      ) : null}
      <p>
        {[
          t('sparks.funds.perGrant', { cap: money(fund.perGrantCap) }),
          t('sparks.funds.perPerson', { cap: money(fund.perPersonCap) }),
          fund.dualApprovalThreshold === null || fund.dualApprovalThreshold === undefined
            ? t('sparks.funds.oneApproval')
            : t('sparks.funds.twoApprovals', { threshold: money(fund.dualApprovalThreshold) }),
          fund.separatePaymentFromApproval ? t('sparks.funds.separate') : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {fund.status === 'OPEN' ? (
        <div className="k-row">
          <TopUp fund={fund} />
          <CloseFund fund={fund} />
        </div>
      ) : null}
      <Ledger fundId={fund.id} />
    </article>
  );
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

function OpenFund({ alliance }: { alliance: CoordinatedAlliance }) {
  const { t } = useTranslation();
  const now = new Date();
  const [name, setName] = useState('');
  const [budget, setBudget] = useState('');
  const [perGrant, setPerGrant] = useState('');
  const [perPerson, setPerPerson] = useState('');
  const [threshold, setThreshold] = useState('');
  const [start, setStart] = useState(isoDay(now));
  // A year by default, so a fund opened late in December does not close days later.
  const [end, setEnd] = useState(() => isoDay(new Date(Date.UTC(now.getUTCFullYear() + 1, now.getUTCMonth(), now.getUTCDate() - 1))));
  const [separate, setSeparate] = useState(true);
  const [checked, setChecked] = useState(false);
  const [opened, setOpened] = useState(false);
  const [open, opening] = useMutation(OpenSparkFundDocument, refetchFunds);
  const currency = alliance.currency;
  return (
    <Form
      aria-labelledby="open-fund"
      onSubmit={() => {
        setChecked(true);
        const [budgetMinor, perGrantMinor, perPersonMinor] = [budget, perGrant, perPerson].map((value) => parseMoney(value, currency));
        const thresholdMinor = threshold.trim() === '' ? null : parseMoney(threshold, currency);
        if (!budgetMinor || !perGrantMinor || !perPersonMinor || thresholdMinor === 0 || (threshold.trim() !== '' && thresholdMinor === null)) return;
        void open({
          variables: {
            allianceId: alliance.id,
            input: {
              name: name.trim(),
              currency,
              budget: budgetMinor,
              perGrantCap: perGrantMinor,
              perPersonCap: perPersonMinor,
              dualApprovalThreshold: thresholdMinor,
              periodStart: start,
              periodEnd: end,
              separatePaymentFromApproval: separate,
            },
          },
        }).then(
          () => {
            setOpened(true);
            setChecked(false);
            for (const clear of [setName, setBudget, setPerGrant, setPerPerson, setThreshold]) clear('');
            setSeparate(true);
          },
          () => undefined,
        );
      }}
    >
      <h2 id="open-fund">{t('sparks.funds.openTitle')}</h2>
      <TextField label={t('sparks.funds.name')} maxLength={120} value={name} onChange={setName} isRequired />
      <MoneyField label={t('sparks.funds.budget')} currency={currency} value={budget} onChange={setBudget} checked={checked} />
      <MoneyField label={t('sparks.funds.perGrantLabel')} currency={currency} value={perGrant} onChange={setPerGrant} checked={checked} />
      <MoneyField
        label={t('sparks.funds.perPersonLabel')}
        description={t('sparks.funds.perPersonHint')}
        currency={currency}
        value={perPerson}
        onChange={setPerPerson}
        checked={checked}
      />
      <MoneyField
        label={t('sparks.funds.thresholdLabel')}
        description={t('sparks.funds.thresholdHint')}
        currency={currency}
        value={threshold}
        onChange={setThreshold}
        checked={checked}
        optional
      />
      <TextField label={t('sparks.funds.start')} type="date" value={start} onChange={setStart} isRequired />
      <TextField label={t('sparks.funds.end')} type="date" value={end} onChange={setEnd} isRequired />
      <Checkbox isSelected={separate} onChange={setSeparate}>
        {t('sparks.funds.separateLabel')}
      </Checkbox>
      {opened ? (
        <Notice>
          <p>{t('sparks.funds.opened')}</p>
        </Notice>
      ) : null}
      <ErrorMessage error={opening.error} />
      <Button type="submit" isPending={opening.loading}>
        {t('sparks.funds.open')}
      </Button>
    </Form>
  );
}

function Funds({ alliance }: { alliance: CoordinatedAlliance }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CoordinatorSparkFundsDocument, {
    variables: { allianceId: alliance.id },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <>
      <section className="k-stack" aria-labelledby="spark-funds">
        <h2 id="spark-funds">{t('sparks.funds.listTitle')}</h2>
        {loading && !data ? <Loading /> : null}
        {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
        {data ? (
          <List
            items={data.sparkFunds}
            getKey={(fund) => fund.id}
            label={t('sparks.funds.listTitle')}
            empty={
              <EmptyState title={t('sparks.funds.emptyTitle')} headingLevel={3}>
                {t('sparks.funds.empty')}
              </EmptyState>
            }
            renderItem={(fund) => <FundCard fund={fund} />}
          />
        ) : null}
      </section>
      <section className="k-card">
        <OpenFund alliance={alliance} />
      </section>
    </>
  );
}

export default function SparkFundsPage() {
  const { t } = useTranslation();
  return <CoordinatorSparksFrame title={t('sparks.funds.title')}>{(alliance) => <Funds alliance={alliance} />}</CoordinatorSparksFrame>;
}
