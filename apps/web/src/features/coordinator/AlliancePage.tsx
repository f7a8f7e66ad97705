import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, ErrorMessage, Form, List, Loading, Select, TextField } from '../../design';
import type { AllianceSettingsQuery, ResourceAudience, ResourceKind } from '../../graphql/generated/graphql';
import { useViewer } from '../../session/viewer';
import { ConsolePage, LoadProblem, useAllianceId } from './ConsolePage';
import {
  AddAllianceResourceDocument,
  AllianceResourcesDocument,
  AllianceSettingsDocument,
  AllianceTeamDocument,
  AppointModeratorDocument,
  RemoveAllianceResourceDocument,
  RemoveModeratorDocument,
  UpdateAllianceDocument,
} from './documents';

type Alliance = AllianceSettingsQuery['alliance'];

interface CrisisLine {
  name: string;
  phone: string;
  hours: string;
  languages: string;
}

/** "fr, en" → ['fr', 'en']: lists are typed as words separated by commas. */
const splitList = (text: string): string[] =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);

const RESOURCE_KINDS: readonly ResourceKind[] = ['DROP_IN_CENTRE', 'HELPLINE', 'MEETING', 'SERVICE', 'FAMILY_GROUP', 'GUIDE'];
const AUDIENCES: readonly ResourceAudience[] = ['EVERYONE', 'SUPPORTERS'];

/** How the alliance describes itself to everyone, and the crisis lines it publishes. */
function AllianceForm({ alliance }: { alliance: Alliance }) {
  const { t } = useTranslation();
  const [fields, setFields] = useState({
    name: alliance.name,
    description: alliance.description,
    region: alliance.region,
    city: alliance.city,
    postcodePrefixes: alliance.postcodePrefixes.join(', '),
    languages: alliance.languages.join(', '),
  });
  const [lines, setLines] = useState<CrisisLine[]>(
    alliance.crisisResources.map((line) => ({ name: line.name, phone: line.phone, hours: line.hours, languages: line.languages.join(', ') })),
  );
  const [saved, setSaved] = useState(false);
  const [update, updating] = useMutation(UpdateAllianceDocument);
  const field = (key: keyof typeof fields) => ({
    value: fields[key],
    onChange: (value: string) => {
      setSaved(false);
      setFields({ ...fields, [key]: value });
    },
  });
  const changeLine = (index: number, key: keyof CrisisLine, value: string) => {
    setSaved(false);
    setLines(lines.map((line, at) => (at === index ? { ...line, [key]: value } : line)));
  };

  return (
    <Form
      aria-labelledby="alliance-page"
      onSubmit={() =>
        void update({
          variables: {
            allianceId: alliance.id,
            input: {
              name: fields.name.trim(),
              description: fields.description.trim(),
              region: fields.region.trim(),
              city: fields.city.trim(),
              postcodePrefixes: splitList(fields.postcodePrefixes),
              languages: splitList(fields.languages),
              currency: alliance.currency,
              crisisResources: lines.map((line) => ({
                name: line.name.trim(),
                phone: line.phone.trim(),
                hours: line.hours.trim(),
                languages: splitList(line.languages),
              })),
              partnerOrganisations: alliance.partnerOrganisations.map((partner) => ({
                name: partner.name,
                kind: partner.kind,
                description: partner.description,
                url: partner.url ?? null,
              })),
            },
          },
        })
          .then(() => setSaved(true))
          .catch(() => undefined)
      }
    >
      <h2 id="alliance-page">{t('coordinator.alliance.pageTitle')}</h2>
      <p className="k-muted">{t('coordinator.alliance.pageHint')}</p>
      <TextField label={t('coordinator.alliance.name')} isRequired {...field('name')} />
      <TextField label={t('coordinator.alliance.description')} multiline rows={4} {...field('description')} />
      <TextField label={t('coordinator.alliance.region')} isRequired {...field('region')} />
      <TextField label={t('coordinator.alliance.city')} isRequired {...field('city')} />
      <TextField label={t('coordinator.alliance.postcodes')} description={t('coordinator.alliance.postcodesHint')} {...field('postcodePrefixes')} />
      <TextField label={t('coordinator.alliance.languages')} description={t('coordinator.alliance.languagesHint')} {...field('languages')} />

      <fieldset className="k-fieldset k-stack">
        <legend>{t('coordinator.alliance.crisisTitle')}</legend>
        <p className="k-muted">{t('coordinator.alliance.crisisHint')}</p>
        {lines.map((line, index) => (
          <div key={index} className="k-card k-stack">
            <TextField
              label={t('coordinator.alliance.lineName', { number: index + 1 })}
              isRequired
              value={line.name}
              onChange={(value) => changeLine(index, 'name', value)}
            />
            <TextField
              label={t('coordinator.alliance.linePhone', { number: index + 1 })}
              isRequired
              value={line.phone}
              onChange={(value) => changeLine(index, 'phone', value)}
            />
            <TextField
              label={t('coordinator.alliance.lineHours', { number: index + 1 })}
              isRequired
              value={line.hours}
              onChange={(value) => changeLine(index, 'hours', value)}
            />
            <TextField
              label={t('coordinator.alliance.lineLanguages', { number: index + 1 })}
              description={t('coordinator.alliance.languagesHint')}
              value={line.languages}
              onChange={(value) => changeLine(index, 'languages', value)}
            />
            <div className="k-row">
              <Button variant="quiet" size="small" onPress={() => setLines(lines.filter((_, at) => at !== index))}>
                {t('coordinator.alliance.removeLine', { name: line.name || t('coordinator.alliance.thisLine') })}
              </Button>
            </div>
          </div>
        ))}
        <div className="k-row">
          <Button variant="secondary" size="small" onPress={() => setLines([...lines, { name: '', phone: '', hours: '', languages: '' }])}>
            {t('coordinator.alliance.addLine')}
          </Button>
        </div>
      </fieldset>

      <ErrorMessage error={updating.error} />
      <div className="k-row">
        <Button type="submit" isPending={updating.loading}>
          {t('coordinator.alliance.save')}
        </Button>
        {saved ? <p role="status">{t('coordinator.alliance.saved')}</p> : null}
      </div>
    </Form>
  );
}

/** The alliance's directory: places and services members and families can turn to. */
function Resources({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(AllianceResourcesDocument, { variables: { allianceId }, fetchPolicy: 'cache-and-network' });
  const [add, adding] = useMutation(AddAllianceResourceDocument);
  const [remove, removing] = useMutation(RemoveAllianceResourceDocument);
  const empty = { name: '', description: '', phone: '', url: '', address: '', hours: '' };
  const [fields, setFields] = useState(empty);
  const [kind, setKind] = useState<ResourceKind>('DROP_IN_CENTRE');
  const [audience, setAudience] = useState<ResourceAudience>('EVERYONE');
  const field = (key: keyof typeof empty) => ({ value: fields[key], onChange: (value: string) => setFields({ ...fields, [key]: value }) });
  const optional = (value: string) => (value.trim() ? value.trim() : null);

  return (
    <section className="k-stack" aria-labelledby="resources">
      <h2 id="resources">{t('coordinator.resources.title')}</h2>
      <p className="k-muted">{t('coordinator.resources.intro')}</p>
      {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      <ErrorMessage error={removing.error} />
      {data ? (
        <List
          items={data.allianceResources}
          getKey={(resource) => resource.id}
          label={t('coordinator.resources.title')}
          empty={<p className="k-muted">{t('coordinator.resources.empty')}</p>}
          renderItem={(resource) => (
            <div className="k-stack k-stack--tight">
              <h3 className="k-list__title">{resource.name}</h3>
              <p className="k-muted">
                {[t(`coordinator.resources.kind.${resource.kind}`), t(`coordinator.resources.audience.${resource.audience}`)].join(' · ')}
              </p>
              {resource.description ? <p>{resource.description}</p> : null}
              {[resource.phone, resource.address, resource.hours, resource.url].filter(Boolean).map((detail) => (
                <p key={detail} className="k-muted">
                  {detail}
                </p>
              ))}
              <div className="k-row">
                <Button
                  variant="quiet"
                  size="small"
                  isDisabled={removing.loading}
                  onPress={() =>
                    void remove({ variables: { resourceId: resource.id } })
                      .then(() => refetch())
                      .catch(() => undefined)
                  }
                >
                  {t('coordinator.resources.remove', { name: resource.name })}
                </Button>
              </div>
            </div>
          )}
        />
      ) : null}
      <div className="k-card">
        <Form
          aria-labelledby="add-resource"
          onSubmit={() =>
            void add({
              variables: {
                allianceId,
                input: {
                  kind,
                  audience,
                  name: fields.name.trim(),
                  description: optional(fields.description),
                  phone: optional(fields.phone),
                  url: optional(fields.url),
                  address: optional(fields.address),
                  hours: optional(fields.hours),
                  languages: [],
                },
              },
            })
              .then(() => {
                setFields(empty);
                return refetch();
              })
              .catch(() => undefined)
          }
        >
          <h3 id="add-resource">{t('coordinator.resources.addTitle')}</h3>
          <Select
            label={t('coordinator.resources.kindLabel')}
            options={RESOURCE_KINDS.map((id) => ({ id, label: t(`coordinator.resources.kind.${id}`) }))}
            value={kind}
            onChange={(value) => setKind(RESOURCE_KINDS.find((candidate) => candidate === value) ?? 'DROP_IN_CENTRE')}
          />
          <TextField label={t('coordinator.resources.name')} isRequired {...field('name')} />
          <TextField label={t('coordinator.resources.description')} multiline rows={2} {...field('description')} />
          <TextField label={t('coordinator.resources.phone')} {...field('phone')} />
          <TextField label={t('coordinator.resources.address')} {...field('address')} />
          <TextField label={t('coordinator.resources.hours')} {...field('hours')} />
          <TextField label={t('coordinator.resources.url')} description={t('coordinator.resources.urlHint')} {...field('url')} />
          <Select
            label={t('coordinator.resources.audienceLabel')}
            options={AUDIENCES.map((id) => ({ id, label: t(`coordinator.resources.audience.${id}`) }))}
            value={audience}
            onChange={(value) => setAudience(AUDIENCES.find((candidate) => candidate === value) ?? 'EVERYONE')}
          />
          <ErrorMessage error={adding.error} />
          <div className="k-row">
            <Button type="submit" variant="secondary" isPending={adding.loading}>
              {t('coordinator.resources.add')}
            </Button>
          </div>
        </Form>
      </div>
    </section>
  );
}

/** Who runs the alliance with you, and who moderates its conversations. */
function Team({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { data, error, refetch } = useQuery(AllianceTeamDocument, { variables: { allianceId }, fetchPolicy: 'cache-and-network' });
  const [appoint, appointing] = useMutation(AppointModeratorDocument);
  const [remove, removing] = useMutation(RemoveModeratorDocument);
  const [chosen, setChosen] = useState<string | null>(null);
  const moderatorIds = new Set(data?.allianceModerators.map((moderator) => moderator.userId));
  const candidates = new Map(
    (data?.allianceMembers.edges ?? [])
      .map((edge) => edge.node)
      .filter((member) => member.capacity === 'MEMBER' && !moderatorIds.has(member.personId) && member.personId !== viewer?.id)
      .map((member) => [member.personId, member.personDisplayName]),
  );
  return (
    <section className="k-stack" aria-labelledby="team">
      <h2 id="team">{t('coordinator.team.title')}</h2>
      {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {data ? (
        <>
          <h3>{t('coordinator.team.coordinators')}</h3>
          <ul className="k-bullets">
            {data.allianceCoordinators.map((coordinator) => (
              <li key={coordinator.userId}>
                {coordinator.userId === viewer?.id ? t('coordinator.team.you', { name: coordinator.displayName }) : coordinator.displayName}
              </li>
            ))}
          </ul>
          <h3>{t('coordinator.team.moderators')}</h3>
          <ErrorMessage error={removing.error ?? appointing.error} />
          <List
            items={data.allianceModerators}
            getKey={(moderator) => moderator.userId}
            label={t('coordinator.team.moderators')}
            empty={<p className="k-muted">{t('coordinator.team.noModerators')}</p>}
            renderItem={(moderator) => (
              <div className="k-row k-row--between">
                <p>{moderator.displayName}</p>
                <Button
                  variant="quiet"
                  size="small"
                  isDisabled={removing.loading}
                  onPress={() =>
                    void remove({ variables: { allianceId, userId: moderator.userId } })
                      .then(() => refetch())
                      .catch(() => undefined)
                  }
                >
                  {t('coordinator.team.removeModerator', { name: moderator.displayName })}
                </Button>
              </div>
            )}
          />
          {candidates.size > 0 ? (
            <Form
              aria-label={t('coordinator.team.appoint')}
              onSubmit={() => {
                if (!chosen) return;
                void appoint({ variables: { allianceId, userId: chosen } })
                  .then(() => {
                    setChosen(null);
                    return refetch();
                  })
                  .catch(() => undefined);
              }}
            >
              <Select
                label={t('coordinator.team.appointLabel')}
                description={t('coordinator.team.appointHint')}
                options={[...candidates].map(([id, label]) => ({ id, label }))}
                value={chosen}
                onChange={setChosen}
              />
              <div className="k-row">
                <Button type="submit" variant="secondary" isDisabled={!chosen} isPending={appointing.loading}>
                  {t('coordinator.team.appoint')}
                </Button>
              </div>
            </Form>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

/** The alliance's page, its crisis lines, its directory and its team. */
export default function AlliancePage() {
  const allianceId = useAllianceId();
  const { data, loading, error, refetch } = useQuery(AllianceSettingsDocument, { variables: { allianceId }, fetchPolicy: 'network-only' });
  return (
    <ConsolePage section="alliancePage">
      {loading && !data ? <Loading /> : null}
      {error && !data ? <LoadProblem error={error} onRetry={() => void refetch()} /> : null}
      {data ? (
        <>
          <section className="k-card">
            <AllianceForm key={data.alliance.id} alliance={data.alliance} />
          </section>
          <Resources allianceId={allianceId} />
          <Team allianceId={allianceId} />
        </>
      ) : null}
    </ConsolePage>
  );
}
