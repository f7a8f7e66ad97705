import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink, Dialog, EmptyState, ErrorMessage, List, Loading, Notice, Page } from '../../design';
import { graphql } from '../../graphql/generated';
import type { MyAlliancesQuery } from '../../graphql/generated/graphql';
import { AllianceSearch } from './AllianceSearch';

export const MyAlliancesDocument = graphql(`
  query MyAlliances {
    myAllianceMemberships {
      id
      allianceId
      allianceName
      capacity
      status
      requestedAt
      declineReason
    }
  }
`);

export const SupporterCornerDocument = graphql(`
  query SupporterCorner($allianceId: ID!) {
    supporterGroups(allianceId: $allianceId) {
      id
      title
      participantCount
      joined
    }
    allianceResources(allianceId: $allianceId) {
      id
      name
      kind
      audience
      description
      phone
      url
      hours
    }
  }
`);

export const JoinSupporterGroupDocument = graphql(`
  mutation JoinSupporterGroup($conversationId: ID!) {
    joinSupporterGroup(conversationId: $conversationId) {
      id
    }
  }
`);

export const LeaveAllianceDocument = graphql(`
  mutation LeaveAlliance($allianceId: ID!) {
    leaveAlliance(allianceId: $allianceId) {
      id
      allianceId
      allianceName
      capacity
      status
      requestedAt
      declineReason
    }
  }
`);

type Membership = MyAlliancesQuery['myAllianceMemberships'][number];

/** For an alliance someone supports in: its groups for families and friends, and its resources. */
function SupporterCorner({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(SupporterCornerDocument, { variables: { allianceId: membership.allianceId } });
  const [join, joining] = useMutation(JoinSupporterGroupDocument, { refetchQueries: [SupporterCornerDocument] });
  if (loading && !data) return <Loading />;
  if (!data) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  // Resources meant for families and friends first: that is what a supporter came for.
  const resources = [...data.allianceResources].sort((a, b) => Number(b.audience === 'SUPPORTERS') - Number(a.audience === 'SUPPORTERS'));
  return (
    <div className="k-stack">
      <h3>{t('sharing.alliances.groupsTitle')}</h3>
      <ErrorMessage error={joining.error} />
      <List
        items={data.supporterGroups}
        getKey={(group) => group.id}
        label={t('sharing.alliances.groupsOf', { name: membership.allianceName })}
        empty={<p className="k-muted">{t('sharing.alliances.noGroups')}</p>}
        renderItem={(group) => (
          <div className="k-stack k-stack--tight">
            <p>
              <strong>{group.title}</strong>
            </p>
            <p className="k-muted">{t('sharing.alliances.people', { count: group.participantCount })}</p>
            <div className="k-row">
              {group.joined ? (
                <ButtonLink href={`/messages/${group.id}`} variant="secondary" size="small">
                  {t('sharing.alliances.openGroup')}
                </ButtonLink>
              ) : (
                <Button size="small" isPending={joining.loading} onPress={() => void join({ variables: { conversationId: group.id } }).catch(() => undefined)}>
                  {t('sharing.alliances.joinGroup', { title: group.title })}
                </Button>
              )}
            </div>
          </div>
        )}
      />
      <h3>{t('sharing.alliances.resourcesTitle')}</h3>
      <List
        items={resources}
        getKey={(resource) => resource.id}
        label={t('sharing.alliances.resourcesOf', { name: membership.allianceName })}
        empty={<p className="k-muted">{t('sharing.alliances.noResources')}</p>}
        renderItem={(resource) => (
          <div className="k-stack k-stack--tight">
            <p>
              <strong>{resource.name}</strong>
              {resource.audience === 'SUPPORTERS' ? <span className="k-badge">{t('sharing.alliances.forFamilies')}</span> : null}
            </p>
            <p>{resource.description}</p>
            {resource.hours ? <p className="k-muted">{resource.hours}</p> : null}
            {resource.phone ? (
              <p>
                <a href={`tel:${resource.phone}`}>{resource.phone}</a>
              </p>
            ) : null}
            {resource.url ? (
              <p>
                <a href={resource.url} rel="noopener noreferrer" target="_blank">
                  {t('sharing.alliances.website', { name: resource.name })}
                </a>
              </p>
            ) : null}
          </div>
        )}
      />
    </div>
  );
}

/** Leaving is in every capacity at once, so the confirmation names what ends, mentoring included. */
function LeaveAlliance({ membership, mentors, onLeft }: { membership: Membership; mentors: boolean; onLeft: (name: string) => void }) {
  const { t } = useTranslation();
  const [leave, { loading, error }] = useMutation(LeaveAllianceDocument, {
    update: (cache, { data }) => {
      if (data) cache.writeQuery({ query: MyAlliancesDocument, data: { myAllianceMemberships: data.leaveAlliance } });
    },
  });
  const name = membership.allianceName;
  return (
    <div className="k-row">
      <Dialog
        role="alertdialog"
        title={t('sharing.alliances.leave.title', { name })}
        trigger={
          <Button variant="secondary" size="small">
            {t('sharing.alliances.leave.button', { name })}
          </Button>
        }
      >
        {(close) => (
          <>
            <p>{t('sharing.alliances.leave.explain', { name })}</p>
            {mentors ? <p>{t('sharing.alliances.leave.mentor')}</p> : null}
            <p>{t('sharing.alliances.leave.again')}</p>
            <ErrorMessage error={error} />
            <div className="k-row">
              <Button
                isPending={loading}
                onPress={() =>
                  void leave({ variables: { allianceId: membership.allianceId } })
                    .then(() => {
                      close();
                      onLeft(name);
                    })
                    .catch(() => undefined)
                }
              >
                {t('sharing.alliances.leave.confirm', { name })}
              </Button>
              <Button variant="quiet" onPress={close}>
                {t('sharing.alliances.leave.stay')}
              </Button>
            </div>
          </>
        )}
      </Dialog>
    </div>
  );
}

/** A person's alliances: where they belong, what waits for an answer, and, for supporters, their groups and resources. */
export default function MyAlliancesPage() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyAlliancesDocument, { fetchPolicy: 'cache-and-network' });
  const day = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(iso));
  const [left, setLeft] = useState<string | null>(null);
  const memberships = data?.myAllianceMemberships.filter((membership) => membership.status !== 'LEFT') ?? [];
  const mentorsIn = new Set(memberships.filter((membership) => membership.capacity === 'PEER_MENTOR').map((membership) => membership.allianceId));
  return (
    <Page title={t('sharing.alliances.title')} intro={t('sharing.alliances.intro')}>
      {loading && !data ? <Loading /> : null}
      {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {left ? (
        <Notice>
          <p>{t('sharing.alliances.leave.done', { name: left })}</p>
        </Notice>
      ) : null}
      {data ? (
        <List
          items={memberships}
          getKey={(membership) => membership.id}
          label={t('sharing.alliances.title')}
          empty={<EmptyState title={t('sharing.alliances.emptyTitle')}>{t('sharing.alliances.empty')}</EmptyState>}
          renderItem={(membership) => (
            <div className="k-stack">
              <h2>{membership.allianceName}</h2>
              <p className="k-muted">
                {t(`sharing.alliances.capacity.${membership.capacity}`)} ·{' '}
                {t(`sharing.alliances.status.${membership.status}`, { date: day(membership.requestedAt) })}
              </p>
              {membership.status === 'DECLINED' && membership.declineReason ? (
                <p>{t('sharing.alliances.declineReason', { reason: membership.declineReason })}</p>
              ) : null}
              {membership.status === 'ACTIVE' && membership.capacity === 'SUPPORTER' ? <SupporterCorner membership={membership} /> : null}
              {membership.status === 'ACTIVE' || membership.status === 'REQUESTED' ? (
                <LeaveAlliance membership={membership} mentors={mentorsIn.has(membership.allianceId)} onLeft={setLeft} />
              ) : null}
            </div>
          )}
        />
      ) : null}
      <section className="k-stack" aria-labelledby="alliances-find">
        <h2 id="alliances-find">{t('sharing.alliances.findTitle')}</h2>
        <p>{t('sharing.alliances.findIntro')}</p>
        <AllianceSearch canJoin capacity="SUPPORTER" onJoined={() => void refetch()} />
      </section>
    </Page>
  );
}
