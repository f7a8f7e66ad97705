import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink, Dialog, EmptyState, ErrorMessage, Form, List, Loading, Notice, RadioGroup, Select, TextField } from '../../design';
import type { AllianceGroupsQuery } from '../../graphql/generated/graphql';
import { useViewer } from '../../session/viewer';
import { ConsolePage, LoadProblem, useAllianceId } from './ConsolePage';
import {
  AddGroupParticipantDocument,
  AllianceGroupsDocument,
  CreateMembersGroupDocument,
  CreateSupporterGroupDocument,
  RemoveGroupParticipantDocument,
} from './documents';

type Group = AllianceGroupsQuery['allianceGroups'][number];
type Person = Group['participants'][number];
type AlliancePerson = AllianceGroupsQuery['allianceMembers']['edges'][number]['node'];

const KINDS = ['MEMBERS', 'SUPPORTERS'] as const;
type Kind = (typeof KINDS)[number];

/**
 * Whom a group can take: families and friends for a supporter group, members and peer mentors
 * for a members' group, so nobody lands by mistake among people they did not sign up to meet.
 */
function candidatesFor(group: Group, people: readonly AlliancePerson[]): { id: string; label: string }[] {
  const inGroup = new Set(group.participants.map((person) => person.personId));
  const fits = (person: AlliancePerson) => (group.supporterGroup ? person.capacity === 'SUPPORTER' : person.capacity !== 'SUPPORTER');
  const byPerson = new Map(
    people.filter((person) => fits(person) && !inGroup.has(person.personId)).map((person) => [person.personId, person.personDisplayName]),
  );
  return [...byPerson].map(([id, label]) => ({ id, label })).sort((a, b) => a.label.localeCompare(b.label));
}

/** Asks before taking someone out of a group: they stop receiving it at once. */
function RemovePerson({ group, person, onRemoved }: { group: Group; person: Person; onRemoved: (name: string) => Promise<unknown> }) {
  const { t } = useTranslation();
  const [remove, removing] = useMutation(RemoveGroupParticipantDocument);
  const words = { name: person.displayName, group: group.title };
  return (
    <Dialog
      role="alertdialog"
      title={t('coordinator.groups.removeTitle', words)}
      trigger={
        <Button variant="quiet" size="small">
          {t('coordinator.groups.remove', words)}
        </Button>
      }
    >
      {(close) => (
        <>
          <p>{t('coordinator.groups.removeExplain', words)}</p>
          <ErrorMessage error={removing.error} />
          <div className="k-row k-wrap-buttons">
            <Button
              isPending={removing.loading}
              onPress={() =>
                void remove({ variables: { conversationId: group.id, userId: person.personId } })
                  .then(() => {
                    close();
                    return onRemoved(person.displayName);
                  })
                  .catch(() => undefined)
              }
            >
              {t('coordinator.groups.removeConfirm', words)}
            </Button>
            <Button variant="secondary" onPress={close} isDisabled={removing.loading}>
              {t('common.cancel')}
            </Button>
          </div>
        </>
      )}
    </Dialog>
  );
}

/** Chooses one of the alliance's people who fits the group, and adds them. */
function AddPerson({ group, people, onAdded }: { group: Group; people: readonly AlliancePerson[]; onAdded: (name: string) => Promise<unknown> }) {
  const { t } = useTranslation();
  const [add, adding] = useMutation(AddGroupParticipantDocument);
  const [chosen, setChosen] = useState<string | null>(null);
  const candidates = candidatesFor(group, people);
  const hint = t(group.supporterGroup ? 'coordinator.groups.addHintSupporters' : 'coordinator.groups.addHintMembers');
  if (candidates.length === 0) return <p className="k-muted">{t('coordinator.groups.nobodyToAdd', { hint })}</p>;
  return (
    <Form
      aria-label={t('coordinator.groups.addTo', { group: group.title })}
      onSubmit={() => {
        const person = candidates.find((candidate) => candidate.id === chosen);
        if (!person) return;
        void add({ variables: { conversationId: group.id, userId: person.id } })
          .then(() => {
            setChosen(null);
            return onAdded(person.label);
          })
          .catch(() => undefined);
      }}
    >
      <Select
        label={t('coordinator.groups.addLabel', { group: group.title })}
        description={hint}
        placeholder={t('coordinator.groups.choosePerson')}
        options={candidates}
        value={chosen}
        onChange={setChosen}
      />
      <ErrorMessage error={adding.error} />
      <div className="k-row">
        <Button type="submit" variant="secondary" size="small" isDisabled={!chosen} isPending={adding.loading}>
          {t('coordinator.groups.add')}
        </Button>
      </div>
    </Form>
  );
}

/** Starts a members' or a families' group; the coordinator who starts it owns it. */
function StartGroup({ allianceId, onStarted }: { allianceId: string; onStarted: (title: string) => Promise<unknown> }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind>('MEMBERS');
  const [title, setTitle] = useState('');
  const [createMembersGroup, creatingMembers] = useMutation(CreateMembersGroupDocument);
  const [createSupporterGroup, creatingSupporters] = useMutation(CreateSupporterGroupDocument);
  const busy = creatingMembers.loading || creatingSupporters.loading;
  const problem = kind === 'MEMBERS' ? creatingMembers.error : creatingSupporters.error;
  return (
    <section className="k-card k-stack" aria-labelledby="start-group">
      <h2 id="start-group">{t('coordinator.groups.startTitle')}</h2>
      <Form
        aria-labelledby="start-group"
        onSubmit={() => {
          const variables = { allianceId, title: title.trim() };
          void (kind === 'MEMBERS' ? createMembersGroup({ variables }) : createSupporterGroup({ variables }))
            .then(() => {
              setTitle('');
              return onStarted(variables.title);
            })
            .catch(() => undefined);
        }}
      >
        <RadioGroup
          label={t('coordinator.groups.kindLabel')}
          options={KINDS.map((id) => ({ id, label: t(`coordinator.groups.kind.${id}`), description: t(`coordinator.groups.kindHint.${id}`) }))}
          value={kind}
          onChange={(value) => setKind(KINDS.find((candidate) => candidate === value) ?? 'MEMBERS')}
        />
        <TextField
          label={t('coordinator.groups.titleLabel')}
          description={t('coordinator.groups.titleHint')}
          isRequired
          maxLength={100}
          value={title}
          onChange={setTitle}
        />
        <ErrorMessage error={problem} />
        <div className="k-row">
          <Button type="submit" isPending={busy}>
            {t('coordinator.groups.start')}
          </Button>
        </div>
      </Form>
    </section>
  );
}

/** The alliance's groups: who is in each, adding and removing people, and starting new ones. */
export default function GroupsPage() {
  const { t } = useTranslation();
  const allianceId = useAllianceId();
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useQuery(AllianceGroupsDocument, { variables: { allianceId }, fetchPolicy: 'cache-and-network' });
  const [done, setDone] = useState<string | null>(null);
  const people = data?.allianceMembers.edges.map((edge) => edge.node) ?? [];

  const after = (message: string) => {
    setDone(message);
    return refetch();
  };

  return (
    <ConsolePage section="groups">
      <p>{t('coordinator.groups.intro')}</p>
      {done ? (
        <Notice>
          <p>{done}</p>
        </Notice>
      ) : null}
      {loading && !data ? <Loading /> : null}
      {error && !data ? <LoadProblem error={error} onRetry={() => void refetch()} /> : null}
      {data ? (
        <>
          <section className="k-stack" aria-labelledby="groups-list">
            <h2 id="groups-list">{t('coordinator.groups.listTitle')}</h2>
            <List
              items={data.allianceGroups}
              getKey={(group) => group.id}
              empty={
                <EmptyState headingLevel={3} title={t('coordinator.groups.emptyTitle')}>
                  {t('coordinator.groups.empty')}
                </EmptyState>
              }
              renderItem={(group) => {
                const words = { group: group.title };
                return (
                  <article className="k-stack k-stack--tight" aria-labelledby={`group-${group.id}`}>
                    <div className="k-row k-row--between">
                      <h3 id={`group-${group.id}`} className="k-list__title">
                        {group.title}
                      </h3>
                      <span className="k-badge">{t(group.supporterGroup ? 'coordinator.groups.kind.SUPPORTERS' : 'coordinator.groups.kind.MEMBERS')}</span>
                    </div>
                    <p>{t('coordinator.groups.people', { count: group.participantCount })}</p>
                    {group.participants.some((person) => person.personId === viewer?.id) ? (
                      <div className="k-row k-wrap-buttons">
                        <ButtonLink href={`/messages/${group.id}`} variant="secondary" size="small">
                          {t('coordinator.groups.open', words)}
                        </ButtonLink>
                      </div>
                    ) : null}
                    <ul className="k-stack k-stack--tight k-plain-list" role="list" aria-label={t('coordinator.groups.whoIsIn', words)}>
                      {group.participants.map((person) => (
                        <li key={person.personId} className="k-row k-row--between">
                          <span>
                            {person.personId === viewer?.id ? t('coordinator.team.you', { name: person.displayName }) : person.displayName}
                            {person.role === 'OWNER' ? <span className="k-muted"> · {t('coordinator.groups.startedIt')}</span> : null}
                          </span>
                          {person.personId === viewer?.id ? null : (
                            <RemovePerson
                              group={group}
                              person={person}
                              onRemoved={(name) => after(t('coordinator.groups.removed', { name, group: group.title }))}
                            />
                          )}
                        </li>
                      ))}
                    </ul>
                    <AddPerson group={group} people={people} onAdded={(name) => after(t('coordinator.groups.added', { name, group: group.title }))} />
                  </article>
                );
              }}
            />
          </section>
          <StartGroup allianceId={allianceId} onStarted={(title) => after(t('coordinator.groups.started', { group: title }))} />
        </>
      ) : null}
    </ConsolePage>
  );
}
