import { useState, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-aria-components';
import { Button, EmptyState, ErrorMessage, Loading, Notice, Page } from '../../design';
import { domainName, listOf } from '../recovery-capital/words';
import { GoalCard } from './GoalCard';
import { GoalForm } from './GoalForm';
import { MyRecoveryPlanDocument } from './plan-documents';
import { DOMAINS, type PlanSuggestion } from './plan-words';
import { SuggestionCard } from './SuggestionCard';

export default function PlanPage() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyRecoveryPlanDocument);
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const page = (children: ReactNode) => (
    <Page title={t('recoveryPlan.title')} intro={t('recoveryPlan.intro')}>
      {children}
    </Page>
  );
  if (!data) {
    return page(loading ? <Loading /> : <ErrorMessage error={error} action={<Button onPress={() => void refetch()}>{t('recoveryPlan.tryAgain')}</Button>} />);
  }

  const plan = data.myRecoveryPlan;
  const sharedWith = data.mySharingGrants.filter((grant) => grant.active && grant.scope === 'PLAN').map((grant) => grant.granteeDisplayName);
  const pending = plan.suggestions.filter((suggestion) => suggestion.state === 'PENDING');
  const answered = plan.suggestions.filter((suggestion) => suggestion.state !== 'PENDING');
  const progress = new Map(plan.progress.map((entry) => [entry.domain, entry]));
  const areas = DOMAINS.map((domain) => ({ domain, goals: plan.goals.filter((goal) => goal.domain === domain) })).filter((area) => area.goals.length > 0);

  return page(
    <>
      <p className="k-muted">
        {sharedWith.length > 0 ? t('recoveryPlan.sharedWith', { names: listOf(i18n.language, sharedWith) }) : t('recoveryPlan.onlyYou')}{' '}
        <Link href="/circle">{t('recoveryPlan.manageSharing')}</Link>
      </p>
      {message ? (
        <Notice>
          <p>{message}</p>
        </Notice>
      ) : null}

      {pending.length > 0 ? (
        <section className="k-stack" aria-labelledby="plan-suggestions">
          <div className="k-stack k-stack--tight">
            <h2 id="plan-suggestions">{t('recoveryPlan.suggestionsTitle')}</h2>
            <p className="k-muted">{t('recoveryPlan.suggestionsIntro')}</p>
          </div>
          <ul className="k-list" role="list" aria-labelledby="plan-suggestions">
            {pending.map((suggestion) => (
              <li key={suggestion.id}>
                <SuggestionCard suggestion={suggestion} onAnswered={setMessage} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="k-stack" aria-labelledby="plan-goals">
        <h2 id="plan-goals">{t('recoveryPlan.goalsTitle')}</h2>
        {adding ? (
          <GoalForm
            onDone={() => {
              setAdding(false);
              setMessage(t('recoveryPlan.goalSaved'));
            }}
            onCancel={() => setAdding(false)}
          />
        ) : (
          <Button
            onPress={() => {
              setMessage(null);
              setAdding(true);
            }}
          >
            {t('recoveryPlan.addGoal')}
          </Button>
        )}
        {areas.length === 0 && !adding ? (
          <EmptyState title={t('recoveryPlan.emptyTitle')} headingLevel={3}>
            {t('recoveryPlan.emptyBody')}
          </EmptyState>
        ) : null}
        {areas.map(({ domain, goals }) => {
          const area = progress.get(domain);
          return (
            <section key={domain} className="k-stack" aria-labelledby={`plan-area-${domain}`}>
              <div className="k-stack k-stack--tight">
                <h3 id={`plan-area-${domain}`}>{domainName(t, domain)}</h3>
                {area && area.stepsTotal > 0 ? (
                  <p className="k-muted">{t('recoveryPlan.areaProgress', { done: area.stepsDone, count: area.stepsTotal })}</p>
                ) : null}
              </div>
              <ul className="k-list" role="list" aria-labelledby={`plan-area-${domain}`}>
                {goals.map((goal) => (
                  <li key={goal.id}>
                    <GoalCard goal={goal} />
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </section>

      {answered.length > 0 ? <Answered suggestions={answered} /> : null}
    </>,
  );
}

/** What the member already said to suggestions: kept in view, so nothing happens behind their back. */
function Answered({ suggestions }: { suggestions: readonly PlanSuggestion[] }) {
  const { t } = useTranslation();
  return (
    <section className="k-stack" aria-labelledby="plan-answered">
      <h2 id="plan-answered">{t('recoveryPlan.answeredTitle')}</h2>
      <ul className="k-list" role="list" aria-labelledby="plan-answered">
        {suggestions.map((suggestion) => (
          <li key={suggestion.id} className="k-list__item k-stack k-stack--tight">
            <p>
              <strong>{suggestion.title}</strong>
            </p>
            <p className="k-muted">{t('recoveryPlan.suggestedBy', { name: suggestion.suggestedByDisplayName })}</p>
            <p>
              {suggestion.state === 'ACCEPTED'
                ? t('recoveryPlan.stateAccepted')
                : suggestion.state === 'NOT_FOR_NOW'
                  ? t('recoveryPlan.stateNotForNow')
                  : t('recoveryPlan.stateWithdrawn', { name: suggestion.suggestedByDisplayName })}
            </p>
            {suggestion.note ? <p className="k-muted">{t('recoveryPlan.yourNote', { note: suggestion.note })}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
