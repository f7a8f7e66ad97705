import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, Chart, EmptyState, ErrorMessage, Form, Loading, Notice, RadioGroup } from '../../design';
import { graphql } from '../../graphql/generated';

export const RecoveryCapitalDocument = graphql(`
  query RecoveryCapital {
    barc10Statements {
      version
      minimumTotal
      maximumTotal
      statements {
        number
        text
        translations {
          locale
          official
          text
        }
      }
      scale {
        value
        label
        translations {
          locale
          official
          text
        }
      }
      referencePoint {
        total
        explanation
        translations {
          locale
          official
          text
        }
      }
    }
    myRecoveryCapital {
      barc10History(first: 12) {
        edges {
          node {
            id
            total
            takenAt
            changeSincePrevious
          }
        }
      }
    }
  }
`);

export const RecordBarc10Document = graphql(`
  mutation RecordBarc10($answers: [Int!]!) {
    recordBarc10(answers: $answers) {
      id
      total
      takenAt
      changeSincePrevious
    }
  }
`);

interface Translatable {
  text: string;
  translations: readonly { locale: string; official: boolean; text: string }[];
}

/** The text in the reader's language when there is one, and whether it is Kindred's own translation. */
function inLanguage(item: Translatable, language: string): { text: string; unofficial: boolean } {
  if (language === 'en') return { text: item.text, unofficial: false };
  const translation = item.translations.find((candidate) => candidate.locale === language);
  return translation ? { text: translation.text, unofficial: !translation.official } : { text: item.text, unofficial: false };
}

/** BARC-10: research's short questionnaire, with its reference point given as information only. */
export function Barc10Section() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  const { data, loading, error, refetch } = useQuery(RecoveryCapitalDocument);
  const [record, recording] = useMutation(RecordBarc10Document);
  const [answers, setAnswers] = useState<Record<number, number>>({});
  const [showMissing, setShowMissing] = useState(false);
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });

  const heading = (
    <>
      <h2 id="barc">{t('recoveryCapital.barcTitle')}</h2>
      <p className="k-muted">{t('recoveryCapital.barcIntro')}</p>
    </>
  );
  if (loading && !data) {
    return (
      <section className="k-stack" aria-labelledby="barc">
        {heading}
        <Loading />
      </section>
    );
  }
  if (!data) {
    return (
      <section className="k-stack" aria-labelledby="barc">
        {heading}
        <ErrorMessage error={error} action={<Button onPress={() => void refetch()}>{t('recoveryCapital.tryAgain')}</Button>} />
      </section>
    );
  }

  const questionnaire = data.barc10Statements;
  const history = data.myRecoveryCapital.barc10History.edges.map((edge) => edge.node);
  const latest = history[0];
  const reference = inLanguage({ text: questionnaire.referencePoint.explanation, translations: questionnaire.referencePoint.translations }, language);
  const statements = questionnaire.statements.map((statement) => ({ number: statement.number, ...inLanguage(statement, language) }));
  const scale = questionnaire.scale.map((point) => ({
    id: String(point.value),
    label: `${point.value} · ${inLanguage({ text: point.label, translations: point.translations }, language).text}`,
  }));
  const unofficial = statements.some((statement) => statement.unofficial);
  const complete = statements.every((statement) => answers[statement.number] !== undefined);
  const totalOf = (value: number) => t('recoveryCapital.outOf', { value, max: questionnaire.maximumTotal });

  const submit = () => {
    if (!complete) {
      setShowMissing(true);
      return;
    }
    void record({ variables: { answers: statements.map((statement) => answers[statement.number] ?? 0) } })
      .then(() => {
        setAnswers({});
        setShowMissing(false);
        return refetch();
      })
      .catch(() => undefined);
  };

  // Oldest first, so the bars read as a path through time.
  const trend = [...history].reverse().map((assessment) => ({ id: assessment.id, label: date.format(new Date(assessment.takenAt)), value: assessment.total }));

  return (
    <section className="k-stack" aria-labelledby="barc">
      {heading}
      <section className="k-stack" aria-labelledby="barc-result">
        <h3 id="barc-result">{t('recoveryCapital.resultTitle')}</h3>
        {latest ? (
          <>
            <p>
              {t('recoveryCapital.latest', { total: totalOf(latest.total), date: date.format(new Date(latest.takenAt)) })}{' '}
              {latest.changeSincePrevious === null || latest.changeSincePrevious === undefined
                ? t('recoveryCapital.firstOne')
                : latest.changeSincePrevious > 0
                  ? t('recoveryCapital.grew', { count: latest.changeSincePrevious })
                  : latest.changeSincePrevious < 0
                    ? t('recoveryCapital.lower', { count: -latest.changeSincePrevious })
                    : t('recoveryCapital.same')}
            </p>
            <Chart
              title={t('recoveryCapital.chartTitle')}
              summary={t('recoveryCapital.chartSummary', { count: history.length, total: totalOf(latest.total) })}
              data={trend}
              max={questionnaire.maximumTotal}
              formatValue={totalOf}
            />
          </>
        ) : (
          <EmptyState title={t('recoveryCapital.emptyTitle')} headingLevel={3}>
            {t('recoveryCapital.emptyBody')}
          </EmptyState>
        )}
        <Notice>
          <p>{t('recoveryCapital.referenceTitle', { total: questionnaire.referencePoint.total })}</p>
          <p>{reference.text}</p>
          <p>{t('recoveryCapital.referenceNotJudgement')}</p>
        </Notice>
      </section>

      <section className="k-stack" aria-labelledby="barc-form">
        <h3 id="barc-form">{t('recoveryCapital.formTitle')}</h3>
        <p className="k-muted">{t('recoveryCapital.formIntro')}</p>
        {unofficial ? <p className="k-muted">{t('recoveryCapital.unofficial')}</p> : null}
        <Form onSubmit={submit} aria-labelledby="barc-form">
          {statements.map((statement) => (
            <RadioGroup
              key={statement.number}
              label={`${statement.number}. ${statement.text}`}
              options={scale}
              value={answers[statement.number] === undefined ? null : String(answers[statement.number])}
              onChange={(value) => setAnswers((all) => ({ ...all, [statement.number]: Number(value) }))}
              errorMessage={showMissing && answers[statement.number] === undefined ? t('recoveryCapital.pickOne') : null}
            />
          ))}
          {showMissing && !complete ? <p role="alert">{t('recoveryCapital.missing')}</p> : null}
          <ErrorMessage error={recording.error} />
          {recording.data && !recording.loading ? (
            <Notice>
              <p>{t('recoveryCapital.saved')}</p>
            </Notice>
          ) : null}
          <div className="k-row">
            <Button type="submit" isPending={recording.loading}>
              {t('recoveryCapital.save')}
            </Button>
          </div>
        </Form>
        <p className="k-muted">{t('recoveryCapital.onlyYou')}</p>
      </section>
    </section>
  );
}
