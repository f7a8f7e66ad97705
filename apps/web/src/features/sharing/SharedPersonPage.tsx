import { createContext, useContext, useState, type ComponentType, type ReactNode } from 'react';
import { useLazyQuery, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-aria-components';
import { useParams } from 'react-router';
import { Button, Chart, Dialog, ErrorMessage, Form, List, Loading, Notice, Page, Select, TextField } from '../../design';
import { errorCode, errorText } from '../../graphql/errors';
import type { RecoveryDomain, SharedPlanQuery, SharedWithMeQuery, SharingScope } from '../../graphql/generated/graphql';
import { domainName } from '../recovery-capital/words';
import { DOMAINS } from '../recovery-plan/plan-words';
import {
  DiaryEntriesSharedWithMeDocument,
  SharedCapitalDocument,
  SharedCapitalUpdatesDocument,
  SharedCheckinsDocument,
  SharedDiaryEntryDocument,
  SharedMilestonesDocument,
  SharedPlanDocument,
  SharedWithMeDocument,
  SuggestGoalDocument,
  SuggestStepDocument,
  WithdrawSuggestionDocument,
} from './documents';
import { SCOPES, useSharingWords } from './sharing-words';
import { weeklyAverages } from './weekly-averages';

type Grant = SharedWithMeQuery['sharedWithMe'][number];

/** The grant a section shows, so each part says why and until when it is shared. */
const GrantContext = createContext<Grant | null>(null);

/** The redisclosure notice, beside what was shared: its gist in a line, the whole text a tap away. */
function Confidence({ notice }: { notice: string }) {
  const { t } = useTranslation();
  return (
    <details className="k-details">
      <summary>{t('sharing.person.confidence')}</summary>
      <p className="k-muted">{notice}</p>
    </details>
  );
}

/** Refused because nothing of this kind was ever shared with me: nothing to show, nothing to say. */
const NEVER_SHARED = new Set(['NOT_FOUND', 'FORBIDDEN']);

/**
 * One kind of shared information. While it loads or was never shared, nothing shows; when the
 * sharing ended, the API's own kind words say so; otherwise the content, beside the notice that
 * it is shared in confidence.
 */
function Shared({
  title,
  loading,
  error,
  onRetry,
  notice,
  children,
}: {
  title: string;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  notice?: string | null;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const words = useSharingWords();
  const grant = useContext(GrantContext);
  const code = errorCode(error);
  if (loading && !children) return null;
  if (error && code && NEVER_SHARED.has(code)) return null;
  return (
    <section className="k-stack k-card" aria-label={title}>
      <h2>{title}</h2>
      {code === 'SHARING_ENDED' ? (
        <Notice>
          <p>{errorText(error, t)}</p>
        </Notice>
      ) : error ? (
        <ErrorMessage error={error} onRetry={onRetry} />
      ) : (
        <>
          {grant ? (
            <div className="k-stack k-stack--tight">
              <p className="k-muted">{t('sharing.person.why', { purpose: grant.purpose })}</p>
              <p className="k-muted">{words.until(grant.ends, grant.expiresAt)}</p>
            </div>
          ) : null}
          {notice ? <Confidence notice={notice} /> : null}
          {children}
        </>
      )}
    </section>
  );
}

function Checkins({ ownerId, name }: { ownerId: string; name: string }) {
  const { t, i18n } = useTranslation();
  const words = useSharingWords();
  const { data, loading, error, refetch } = useQuery(SharedCheckinsDocument, { variables: { ownerId }, fetchPolicy: 'network-only' });
  const summary = data?.sharedCheckins;
  const weeks = summary ? weeklyAverages(summary.checkins) : [];
  const number = (value: number) => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(value);
  return (
    <Shared title={words.scopeTitle('CHECKINS')} loading={loading} error={error} onRetry={() => void refetch()} notice={summary?.redisclosureNotice}>
      {summary ? (
        summary.checkins.length === 0 ? (
          <p>{t('sharing.person.noCheckins', { name, count: summary.days })}</p>
        ) : (
          <>
            <Chart
              title={t('sharing.person.moodChart')}
              summary={t('sharing.person.checkinSummary', {
                name,
                days: summary.days,
                count: summary.checkins.length,
                mood: number(summary.averageMood ?? 0),
                cravings: number(summary.averageCravings ?? 0),
              })}
              data={weeks.map((week) => ({
                id: week.start,
                label: t('sharing.person.weekOf', { date: words.day(`${week.start}T12:00:00`) }),
                value: week.mood,
              }))}
              max={5}
              formatValue={(value) => t('sharing.person.ofFive', { value: number(value) })}
            />
            <Chart
              title={t('sharing.person.cravingsChart')}
              summary={t('sharing.person.cravingsSummary', { name, cravings: number(summary.averageCravings ?? 0) })}
              data={weeks.map((week) => ({
                id: week.start,
                label: t('sharing.person.weekOf', { date: words.day(`${week.start}T12:00:00`) }),
                value: week.cravings,
              }))}
              max={10}
              formatValue={(value) => t('sharing.person.ofTen', { value: number(value) })}
            />
          </>
        )
      ) : null}
    </Shared>
  );
}

function Milestones({ ownerId, name }: { ownerId: string; name: string }) {
  const { t, i18n } = useTranslation();
  const words = useSharingWords();
  const { data, loading, error, refetch } = useQuery(SharedMilestonesDocument, { variables: { ownerId }, fetchPolicy: 'network-only' });
  const shared = data?.sharedMilestones;
  const day = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(`${iso}T12:00:00`));
  return (
    <Shared title={words.scopeTitle('MILESTONES')} loading={loading} error={error} onRetry={() => void refetch()} notice={shared?.redisclosureNotice}>
      {shared ? (
        <>
          <p>{t('sharing.person.days', { name, count: shared.totalDays })}</p>
          <List
            items={[...shared.milestones].reverse()}
            getKey={(milestone) => String(milestone.days)}
            label={t('sharing.person.milestonesReached', { name })}
            empty={<p>{t('sharing.person.noMilestones', { name })}</p>}
            renderItem={(milestone) => (
              <p>
                <strong>{t('sharing.person.milestone', { count: milestone.days })}</strong> · {day(milestone.reachedOn)}
              </p>
            )}
          />
        </>
      ) : null}
    </Shared>
  );
}

type Goal = SharedPlanQuery['sharedRecoveryPlan']['goals'][number];

function SuggestStep({ goal, name }: { goal: Goal; name: string }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [why, setWhy] = useState('');
  const [suggest, suggesting] = useMutation(SuggestStepDocument, { refetchQueries: [SharedPlanDocument] });
  return (
    <Dialog
      title={t('sharing.person.suggestTitle', { goal: goal.title })}
      trigger={
        <Button variant="secondary" size="small">
          {t('sharing.person.suggest')}
        </Button>
      }
    >
      {(close) => (
        <Form
          aria-label={t('sharing.person.suggestTitle', { goal: goal.title })}
          onSubmit={() =>
            void suggest({ variables: { goalId: goal.id, input: { title: title.trim() }, why: why.trim() || null } })
              .then(() => {
                setTitle('');
                setWhy('');
                close();
              })
              .catch(() => undefined)
          }
        >
          <p>{t('sharing.person.suggestIntro', { name })}</p>
          <TextField label={t('sharing.person.stepLabel')} isRequired maxLength={200} value={title} onChange={setTitle} />
          <TextField label={t('sharing.person.whyLabel')} multiline rows={3} maxLength={2000} value={why} onChange={setWhy} />
          <ErrorMessage error={suggesting.error} />
          <Button type="submit" isPending={suggesting.loading}>
            {t('sharing.person.suggestSend')}
          </Button>
        </Form>
      )}
    </Dialog>
  );
}

function SuggestGoal({ ownerId, name }: { ownerId: string; name: string }) {
  const { t } = useTranslation();
  const [domain, setDomain] = useState<RecoveryDomain | null>(null);
  const [title, setTitle] = useState('');
  const [why, setWhy] = useState('');
  const [showMissing, setShowMissing] = useState(false);
  const [suggest, suggesting] = useMutation(SuggestGoalDocument, { refetchQueries: [SharedPlanDocument] });
  return (
    <Dialog
      title={t('sharing.person.suggestGoalTitle', { name })}
      trigger={
        <Button variant="secondary" size="small">
          {t('sharing.person.suggestGoal')}
        </Button>
      }
    >
      {(close) => (
        <Form
          aria-label={t('sharing.person.suggestGoalTitle', { name })}
          onSubmit={() => {
            if (!domain) {
              setShowMissing(true);
              return;
            }
            void suggest({ variables: { ownerId, input: { domain, title: title.trim(), why: why.trim() || null } } })
              .then(() => {
                setDomain(null);
                setTitle('');
                setWhy('');
                setShowMissing(false);
                close();
              })
              .catch(() => undefined);
          }}
        >
          <p>{t('sharing.person.suggestIntro', { name })}</p>
          <Select
            label={t('recoveryPlan.domainLabel')}
            options={DOMAINS.map((id) => ({ id, label: domainName(t, id) }))}
            value={domain}
            onChange={(value) => setDomain(DOMAINS.find((id) => id === value) ?? null)}
            errorMessage={showMissing && !domain ? t('recoveryPlan.pickDomain') : null}
          />
          <TextField label={t('sharing.person.goalLabel')} isRequired maxLength={200} value={title} onChange={setTitle} />
          <TextField label={t('sharing.person.whyGoalLabel')} multiline rows={3} maxLength={2000} value={why} onChange={setWhy} />
          <ErrorMessage error={suggesting.error} />
          <Button type="submit" isPending={suggesting.loading}>
            {t('sharing.person.suggestSend')}
          </Button>
        </Form>
      )}
    </Dialog>
  );
}

function WithdrawSuggestion({ suggestionId, title }: { suggestionId: string; title: string }) {
  const { t } = useTranslation();
  const [withdraw, withdrawing] = useMutation(WithdrawSuggestionDocument);
  return (
    <>
      <Button
        variant="quiet"
        size="small"
        aria-label={t('sharing.person.withdrawNamed', { title })}
        isPending={withdrawing.loading}
        onPress={() => void withdraw({ variables: { suggestionId } }).catch(() => undefined)}
      >
        {t('sharing.person.withdraw')}
      </Button>
      <ErrorMessage error={withdrawing.error} />
    </>
  );
}

function Plan({ ownerId, name }: { ownerId: string; name: string }) {
  const { t } = useTranslation();
  const words = useSharingWords();
  const { data, loading, error, refetch } = useQuery(SharedPlanDocument, { variables: { ownerId }, fetchPolicy: 'network-only' });
  const plan = data?.sharedRecoveryPlan;
  return (
    <Shared title={words.scopeTitle('PLAN')} loading={loading} error={error} onRetry={() => void refetch()} notice={plan?.redisclosureNotice}>
      {plan ? (
        <>
          <List
            items={plan.goals}
            getKey={(goal) => goal.id}
            label={t('sharing.person.goals', { name })}
            empty={<p>{t('sharing.person.noGoals', { name })}</p>}
            renderItem={(goal) => (
              <div className="k-stack k-stack--tight">
                <h3>{goal.title}</h3>
                {goal.steps.length > 0 ? <p className="k-muted">{t('sharing.person.stepsDone', { done: goal.stepsDone, count: goal.steps.length })}</p> : null}
                {goal.steps.length > 0 ? (
                  <ul>
                    {goal.steps.map((step) => (
                      <li key={step.id}>{step.done ? t('sharing.person.stepDone', { step: step.title }) : step.title}</li>
                    ))}
                  </ul>
                ) : null}
                <div className="k-row">
                  <SuggestStep goal={goal} name={name} />
                </div>
              </div>
            )}
          />
          <div className="k-row">
            <SuggestGoal ownerId={ownerId} name={name} />
          </div>
          {plan.suggestions.length > 0 ? (
            <div className="k-stack k-stack--tight">
              <h3>{t('sharing.person.mySuggestions')}</h3>
              <ul>
                {plan.suggestions.map((suggestion) => (
                  <li key={suggestion.id}>
                    {suggestion.title} · {t(`sharing.person.suggestionState.${suggestion.state}`, { name })}
                    {suggestion.state === 'PENDING' ? <WithdrawSuggestion suggestionId={suggestion.id} title={suggestion.title} /> : null}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      ) : null}
    </Shared>
  );
}

function Capital({ ownerId, name }: { ownerId: string; name: string }) {
  const { t } = useTranslation();
  const words = useSharingWords();
  const { data, loading, error, refetch } = useQuery(SharedCapitalDocument, { variables: { ownerId }, fetchPolicy: 'network-only' });
  // The stream's last word when the sharing ends (SHARING_ENDED) takes the figures' place.
  const [ended, setEnded] = useState<unknown>(null);
  useSubscription(SharedCapitalUpdatesDocument, {
    variables: { ownerId },
    skip: !data || Boolean(ended),
    onData: ({ client, data: event }) => {
      const update = event.data?.sharedRecoveryCapitalUpdates;
      if (update) client.cache.writeQuery({ query: SharedCapitalDocument, variables: { ownerId }, data: { sharedRecoveryCapital: update } });
    },
    onError: (failure) => {
      if (errorCode(failure) === 'SHARING_ENDED') setEnded(failure);
    },
  });
  const capital = ended ? undefined : data?.sharedRecoveryCapital;
  const latest = capital?.latestDomainRatings;
  return (
    <Shared title={words.scopeTitle('CAPITAL')} loading={loading} error={ended ?? error} onRetry={() => void refetch()} notice={capital?.redisclosureNotice}>
      {capital ? (
        latest ? (
          <Chart
            title={t('sharing.person.capitalChart', { date: words.day(latest.takenAt) })}
            summary={t('sharing.person.capitalSummary', { name })}
            data={latest.scores.map((score) => ({ id: score.domain, label: t(`recoveryCapital.domains.${score.domain}.name`), value: score.score }))}
            max={10}
            formatValue={(value) => t('sharing.person.ofTen', { value })}
          />
        ) : (
          <p>{t('sharing.person.noCapital', { name })}</p>
        )
      ) : null}
    </Shared>
  );
}

function DiaryEntry({ entryId }: { entryId: string }) {
  const { t } = useTranslation();
  const [read, entry] = useLazyQuery(SharedDiaryEntryDocument, { fetchPolicy: 'network-only' });
  const shown = entry.data?.sharedDiaryEntry;
  if (!shown) {
    return (
      <>
        <ErrorMessage error={entry.error} />
        <Button variant="secondary" size="small" isPending={entry.loading} onPress={() => void read({ variables: { id: entryId } }).catch(() => undefined)}>
          {t('sharing.person.readEntry')}
        </Button>
      </>
    );
  }
  return (
    <div className="k-stack k-stack--tight">
      <p className="k-text-block">{shown.body}</p>
      <Confidence notice={shown.redisclosureNotice} />
    </div>
  );
}

function Diary({ ownerId, name }: { ownerId: string; name: string }) {
  const { t } = useTranslation();
  const words = useSharingWords();
  const { data, loading, error, refetch } = useQuery(DiaryEntriesSharedWithMeDocument, { variables: { ownerId }, fetchPolicy: 'network-only' });
  const entries = data?.diaryEntriesSharedWithMe.edges.map((edge) => edge.node);
  return (
    <Shared title={words.scopeTitle('DIARY_SHARED')} loading={loading} error={error} onRetry={() => void refetch()}>
      {entries ? (
        <>
          <p className="k-muted">{t('sharing.person.diaryIntro', { name })}</p>
          <List
            items={entries}
            getKey={(entry) => entry.id}
            label={t('sharing.person.diaryEntries', { name })}
            empty={<p>{t('sharing.person.noDiary', { name })}</p>}
            renderItem={(entry) => (
              <div className="k-stack k-stack--tight">
                <h3>{words.day(`${entry.entryDate}T12:00:00`)}</h3>
                <p className="k-muted">{t('sharing.person.sharedOn', { date: words.day(entry.sharedAt) })}</p>
                <DiaryEntry entryId={entry.id} />
              </div>
            )}
          />
        </>
      ) : null}
    </Shared>
  );
}

const SECTIONS: Record<SharingScope, ComponentType<{ ownerId: string; name: string }>> = {
  MILESTONES: Milestones,
  CHECKINS: Checkins,
  PLAN: Plan,
  CAPITAL: Capital,
  DIARY_SHARED: Diary,
};

/** For a supporter: what one person shares with them, why and until when, each part kept to its own sharing. */
export default function SharedPersonPage() {
  const { t } = useTranslation();
  const { personId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(SharedWithMeDocument, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) {
    return (
      <Page title={t('sharing.withMe.title')}>
        <Loading />
      </Page>
    );
  }
  if (!data) {
    return (
      <Page title={t('sharing.withMe.title')}>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }
  const grants = data.sharedWithMe.filter((grant) => grant.ownerId === personId);
  const circle = data.circlesISupport.find((supported) => supported.ownerId === personId);
  const name = grants[0]?.ownerDisplayName ?? circle?.ownerDisplayName ?? '';
  return (
    <Page title={name ? t('sharing.person.title', { name }) : t('sharing.withMe.title')} intro={name ? t('sharing.person.intro', { name }) : undefined}>
      <p>
        <Link href="/shared-with-me">{t('sharing.person.back')}</Link>
      </p>
      {grants.length === 0 ? (
        <Notice>
          <p>{name ? t('sharing.person.nothingNow', { name }) : t('sharing.person.nothingNowAnonymous')}</p>
        </Notice>
      ) : null}
      {SCOPES.map((scope) => {
        const Section = SECTIONS[scope];
        return (
          <GrantContext.Provider key={scope} value={grants.find((grant) => grant.scope === scope) ?? null}>
            <Section ownerId={personId} name={name} />
          </GrantContext.Provider>
        );
      })}
    </Page>
  );
}
