import { useState } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink, ErrorMessage, Form, List, Loading, Notice, Page, TextField } from '../../design';
import type { AdminAllianceQuery } from '../../graphql/generated/graphql';
import { AppointModeratorDocument, RemoveModeratorDocument, UpdateAllianceDocument } from '../coordinator/documents';
import { AdminAllianceDocument, AppointCoordinatorDocument, RemoveCoordinatorDocument } from './documents';
import { PersonLookup, type FoundPerson } from './PersonLookup';

type Alliance = AdminAllianceQuery['alliance'];
type Appointed = { userId: string; displayName: string; appointedAt: string };

function Describe({ alliance }: { alliance: Alliance }) {
  const { t } = useTranslation();
  const [name, setName] = useState(alliance.name);
  const [description, setDescription] = useState(alliance.description);
  const [city, setCity] = useState(alliance.city);
  const [region, setRegion] = useState(alliance.region);
  const [update, { data, loading, error }] = useMutation(UpdateAllianceDocument);
  return (
    <Form
      aria-label={t('administration.alliance.describe')}
      onSubmit={() =>
        void update({
          variables: {
            allianceId: alliance.id,
            input: {
              name: name.trim(),
              description: description.trim(),
              city: city.trim(),
              region: region.trim(),
              postcodePrefixes: alliance.postcodePrefixes,
              languages: alliance.languages,
              currency: alliance.currency,
              crisisResources: alliance.crisisResources.map(({ name: line, phone, hours, languages }) => ({ name: line, phone, hours, languages })),
              partnerOrganisations: alliance.partnerOrganisations.map(({ name: partner, kind, description: about, url }) => ({
                name: partner,
                kind,
                description: about,
                url,
              })),
            },
          },
        }).catch(() => undefined)
      }
    >
      <h2>{t('administration.alliance.describe')}</h2>
      {data ? (
        <Notice>
          <p>{t('administration.alliance.saved')}</p>
        </Notice>
      ) : null}
      <TextField label={t('administration.fields.name')} isRequired value={name} onChange={setName} />
      <TextField label={t('administration.fields.description')} multiline value={description} onChange={setDescription} />
      <TextField label={t('administration.fields.city')} isRequired value={city} onChange={setCity} />
      <TextField label={t('administration.fields.region')} isRequired value={region} onChange={setRegion} />
      <ErrorMessage error={error} />
      <div className="k-row">
        <Button type="submit" isDisabled={loading}>
          {t('common.save')}
        </Button>
      </div>
    </Form>
  );
}

/** Coordinators or moderators of the alliance: who they are, appointing one found by email, and stepping one down. */
function Appointments({
  kind,
  people,
  appoint,
  remove,
  busy,
  error,
}: {
  kind: 'coordinators' | 'moderators';
  people: readonly Appointed[];
  appoint: (userId: string) => Promise<unknown>;
  remove: (userId: string) => Promise<unknown>;
  busy: boolean;
  error: unknown;
}) {
  const { t, i18n } = useTranslation();
  const [found, setFound] = useState<FoundPerson | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const date = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(iso));
  return (
    <section className="k-stack" aria-labelledby={`alliance-${kind}`}>
      <h2 id={`alliance-${kind}`}>{t(`administration.alliance.${kind}.title`)}</h2>
      <p className="k-muted">{t(`administration.alliance.${kind}.intro`)}</p>
      {done ? (
        <Notice>
          <p>{done}</p>
        </Notice>
      ) : null}
      <List
        label={t(`administration.alliance.${kind}.title`)}
        items={people}
        getKey={(person) => person.userId}
        empty={<p className="k-muted">{t(`administration.alliance.${kind}.none`)}</p>}
        renderItem={(person) => (
          <div className="k-row k-row--between">
            <p>
              <strong>{person.displayName}</strong> · {t('administration.alliance.since', { date: date(person.appointedAt) })}
            </p>
            <Button
              variant="quiet"
              size="small"
              isDisabled={busy}
              onPress={() =>
                void remove(person.userId)
                  .then(() => setDone(t(`administration.alliance.${kind}.removed`, { name: person.displayName })))
                  .catch(() => undefined)
              }
            >
              {t(`administration.alliance.${kind}.remove`, { name: person.displayName })}
            </Button>
          </div>
        )}
      />
      <PersonLookup label={t(`administration.alliance.${kind}.lookup`)} onFound={setFound} />
      {found ? (
        <div className="k-card k-stack k-stack--tight">
          <p>{t('administration.lookup.found', { name: found.displayName })}</p>
          <div className="k-row">
            <Button
              isDisabled={busy}
              onPress={() =>
                void appoint(found.id)
                  .then(() => {
                    setDone(t(`administration.alliance.${kind}.appointed`, { name: found.displayName }));
                    setFound(null);
                  })
                  .catch(() => undefined)
              }
            >
              {t(`administration.alliance.${kind}.appoint`, { name: found.displayName })}
            </Button>
          </div>
        </div>
      ) : null}
      <ErrorMessage error={error} />
    </section>
  );
}

export default function AllianceAdminPage() {
  const { t } = useTranslation();
  const { allianceId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(AdminAllianceDocument, { variables: { allianceId }, fetchPolicy: 'cache-and-network' });
  const refresh = { refetchQueries: [AdminAllianceDocument], awaitRefetchQueries: true };
  const [appointCoordinator, appointingCoordinator] = useMutation(AppointCoordinatorDocument, refresh);
  const [removeCoordinator, removingCoordinator] = useMutation(RemoveCoordinatorDocument, refresh);
  const [appointModerator, appointingModerator] = useMutation(AppointModeratorDocument, refresh);
  const [removeModerator, removingModerator] = useMutation(RemoveModeratorDocument, refresh);
  return (
    <Page title={data?.alliance.name ?? t('administration.alliance.title')} width="wide">
      <div className="k-row">
        <ButtonLink href="/administration" variant="quiet" size="small">
          {t('administration.back')}
        </ButtonLink>
      </div>
      {loading && !data ? <Loading /> : null}
      {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {data ? (
        <>
          <Appointments
            kind="coordinators"
            people={data.allianceCoordinators}
            appoint={(userId) => appointCoordinator({ variables: { allianceId, userId } })}
            remove={(userId) => removeCoordinator({ variables: { allianceId, userId } })}
            busy={appointingCoordinator.loading || removingCoordinator.loading}
            error={appointingCoordinator.error ?? removingCoordinator.error}
          />
          <Appointments
            kind="moderators"
            people={data.allianceModerators}
            appoint={(userId) => appointModerator({ variables: { allianceId, userId } })}
            remove={(userId) => removeModerator({ variables: { allianceId, userId } })}
            busy={appointingModerator.loading || removingModerator.loading}
            error={appointingModerator.error ?? removingModerator.error}
          />
          <Describe key={data.alliance.id} alliance={data.alliance} />
        </>
      ) : null}
    </Page>
  );
}
