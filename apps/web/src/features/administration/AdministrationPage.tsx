import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-aria-components';
import { Button, ButtonLink, EmptyState, ErrorMessage, Form, List, Loading, Notice, Page, TextField } from '../../design';
import { AdminAlliancesDocument, CreateAllianceDocument, OpenQueueDashboardDocument, RequestSystemCheckDocument, SystemCheckDocument } from './documents';

const list = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

function CreateAlliance() {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [region, setRegion] = useState('');
  const [city, setCity] = useState('');
  const [postcodes, setPostcodes] = useState('');
  const [languages, setLanguages] = useState('fr, en');
  const [currency, setCurrency] = useState('EUR');
  const [description, setDescription] = useState('');
  const [create, { data, loading, error }] = useMutation(CreateAllianceDocument, { refetchQueries: [AdminAlliancesDocument] });
  return (
    <section className="k-stack" aria-labelledby="create-alliance">
      <h2 id="create-alliance">{t('administration.create.title')}</h2>
      {data ? (
        <Notice>
          <p>{t('administration.create.done', { name: data.createAlliance.name })}</p>
          <Link href={`/administration/alliances/${data.createAlliance.id}`}>{t('administration.create.open', { name: data.createAlliance.name })}</Link>
        </Notice>
      ) : null}
      <Form
        aria-label={t('administration.create.title')}
        onSubmit={() =>
          void create({
            variables: {
              input: {
                name: name.trim(),
                region: region.trim(),
                city: city.trim(),
                postcodePrefixes: list(postcodes),
                languages: list(languages),
                currency: currency.trim().toUpperCase(),
                description: description.trim() || null,
                crisisResources: [],
                partnerOrganisations: [],
              },
            },
          }).catch(() => undefined)
        }
      >
        <TextField label={t('administration.fields.name')} isRequired value={name} onChange={setName} />
        <TextField label={t('administration.fields.region')} isRequired value={region} onChange={setRegion} />
        <TextField label={t('administration.fields.city')} isRequired value={city} onChange={setCity} />
        <TextField
          label={t('administration.fields.postcodes')}
          description={t('administration.fields.postcodesHint')}
          value={postcodes}
          onChange={setPostcodes}
        />
        <TextField
          label={t('administration.fields.languages')}
          description={t('administration.fields.languagesHint')}
          value={languages}
          onChange={setLanguages}
        />
        <TextField
          label={t('administration.fields.currency')}
          description={t('administration.fields.currencyHint')}
          isRequired
          value={currency}
          onChange={setCurrency}
        />
        <TextField label={t('administration.fields.description')} multiline value={description} onChange={setDescription} />
        <ErrorMessage error={error} />
        <div className="k-row">
          <Button type="submit" isDisabled={loading}>
            {t('administration.create.submit')}
          </Button>
        </div>
      </Form>
    </section>
  );
}

/** The worker's round trip through the queue, and the one-time link to the queue dashboard. */
function SystemHealth() {
  const { t } = useTranslation();
  const [request, requested] = useMutation(RequestSystemCheckDocument);
  const checkId = requested.data?.requestSystemCheck.id;
  const check = useQuery(SystemCheckDocument, { variables: { id: checkId ?? '' }, skip: !checkId, pollInterval: 1000 });
  const status = check.data?.systemCheck;
  const { stopPolling } = check;
  useEffect(() => {
    if (status?.status === 'COMPLETED') stopPolling();
  }, [status?.status, stopPolling]);
  const [openDashboard, dashboard] = useMutation(OpenQueueDashboardDocument);
  return (
    <section className="k-stack" aria-labelledby="system-health">
      <h2 id="system-health">{t('administration.system.title')}</h2>
      <p className="k-muted">{t('administration.system.intro')}</p>
      {status ? (
        <Notice>
          <p>{status.status === 'COMPLETED' ? t('administration.system.completed', { ms: status.roundTripMs ?? 0 }) : t('administration.system.pending')}</p>
        </Notice>
      ) : null}
      {dashboard.data ? (
        <Notice>
          <p>
            <a href={dashboard.data.openQueueDashboard.url} target="_blank" rel="noreferrer">
              {t('administration.system.dashboardLink')}
            </a>
          </p>
          <p className="k-muted">{t('administration.system.dashboardHint')}</p>
        </Notice>
      ) : null}
      <ErrorMessage error={requested.error ?? dashboard.error} />
      <div className="k-row">
        <Button variant="secondary" isDisabled={requested.loading} onPress={() => void request().catch(() => undefined)}>
          {t('administration.system.check')}
        </Button>
        <Button variant="secondary" isDisabled={dashboard.loading} onPress={() => void openDashboard().catch(() => undefined)}>
          {t('administration.system.dashboard')}
        </Button>
      </div>
    </section>
  );
}

export default function AdministrationPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [name, setName] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(AdminAlliancesDocument, { variables: { name }, fetchPolicy: 'cache-and-network' });
  return (
    <Page title={t('administration.title')} intro={t('administration.intro')} width="wide">
      <div className="k-row">
        <ButtonLink href="/administration/roles" variant="secondary" size="small">
          {t('administration.roles.title')}
        </ButtonLink>
        <ButtonLink href="/administration/audit" variant="secondary" size="small">
          {t('administration.audit.title')}
        </ButtonLink>
      </div>
      <section className="k-stack" aria-labelledby="alliances">
        <h2 id="alliances">{t('administration.alliances.title')}</h2>
        <Form aria-label={t('administration.alliances.search')} onSubmit={() => setName(search.trim() || null)}>
          <TextField label={t('administration.alliances.search')} value={search} onChange={setSearch} />
          <div className="k-row">
            <Button type="submit" variant="secondary">
              {t('administration.alliances.find')}
            </Button>
          </div>
        </Form>
        {loading && !data ? <Loading /> : null}
        {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
        {data ? (
          <List
            label={t('administration.alliances.title')}
            items={data.alliances.edges.map((edge) => edge.node)}
            getKey={(alliance) => alliance.id}
            empty={<EmptyState title={t('administration.alliances.emptyTitle')}>{t('administration.alliances.empty')}</EmptyState>}
            renderItem={(alliance) => (
              <div className="k-stack k-stack--tight">
                <h3 className="k-list__title">
                  <Link href={`/administration/alliances/${alliance.id}`}>{alliance.name}</Link>
                </h3>
                <p className="k-muted">
                  {alliance.city} · {alliance.region}
                </p>
              </div>
            )}
          />
        ) : null}
      </section>
      <CreateAlliance />
      <SystemHealth />
    </Page>
  );
}
