import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EmptyState, List, Loading, Notice } from '../../design';
import type { JoinRequestsQuery } from '../../graphql/generated/graphql';
import { useViewer } from '../../session/viewer';
import { ConsolePage, LoadProblem, useAllianceId, useDate } from './ConsolePage';
import { DecisionPanel } from './DecisionPanel';
import { DecideMembershipDocument, JoinRequestsDocument } from './documents';

type JoinRequest = JoinRequestsQuery['allianceMembers']['edges'][number]['node'];

/** Requests to join, oldest decision first: welcome the person, or decline with a kind reason they will read. */
export default function JoinRequestsPage() {
  const { t } = useTranslation();
  const allianceId = useAllianceId();
  const { viewer } = useViewer();
  const date = useDate();
  const { data, loading, error, refetch } = useQuery(JoinRequestsDocument, { variables: { allianceId }, fetchPolicy: 'cache-and-network' });
  const [decideMembership] = useMutation(DecideMembershipDocument);
  const [done, setDone] = useState<string | null>(null);
  const [elsewhere, setElsewhere] = useState<string | null>(null);

  const decide = async (request: JoinRequest, decision: string, reason: string | null) => {
    setDone(null);
    setElsewhere(null);
    const approve = decision === 'APPROVE';
    await decideMembership({ variables: { membershipId: request.id, decision: approve ? 'APPROVE' : 'DECLINE', reason } });
    setDone(t(approve ? 'coordinator.joinRequests.approved' : 'coordinator.joinRequests.declined', { name: request.personDisplayName }));
    await refetch();
  };

  const requests = data?.allianceMembers.edges.map((edge) => edge.node) ?? [];
  return (
    <ConsolePage section="joinRequests">
      <p>{t('coordinator.joinRequests.intro')}</p>
      {done ? (
        <Notice>
          <p>{done}</p>
        </Notice>
      ) : null}
      {elsewhere ? (
        // Not an error of theirs: a colleague got there first, said calmly.
        <Notice>
          <p>{elsewhere}</p>
        </Notice>
      ) : null}
      {loading && !data ? <Loading /> : null}
      {error && !data ? <LoadProblem error={error} onRetry={() => void refetch()} /> : null}
      {data ? (
        <List
          items={requests}
          getKey={(request) => request.id}
          label={t('coordinator.joinRequests.listLabel')}
          empty={<EmptyState title={t('coordinator.joinRequests.emptyTitle')}>{t('coordinator.joinRequests.empty')}</EmptyState>}
          renderItem={(request) => (
            <article className="k-stack k-stack--tight" aria-labelledby={`request-${request.id}`}>
              <h2 id={`request-${request.id}`} className="k-list__title">
                {request.personDisplayName}
              </h2>
              <p className="k-muted">
                {t(`coordinator.capacity.${request.capacity}`)} · {t('coordinator.joinRequests.asked', { date: date(request.requestedAt) })}
              </p>
              {request.personId === viewer?.id ? (
                <p>{t('coordinator.ownCase.joinRequest')}</p>
              ) : (
                <DecisionPanel
                  choices={[
                    { id: 'APPROVE', label: t('coordinator.joinRequests.approve', { name: request.personDisplayName }), variant: 'primary' },
                    {
                      id: 'DECLINE',
                      label: t('coordinator.joinRequests.decline', { name: request.personDisplayName }),
                      reason: {
                        label: t('coordinator.joinRequests.reasonLabel'),
                        description: t('coordinator.reasonHint'),
                        send: t('coordinator.joinRequests.sendDecline'),
                      },
                    },
                  ]}
                  onDecide={(decision, reason) => decide(request, decision, reason)}
                  onDecidedElsewhere={(explanation) => {
                    setDone(null);
                    setElsewhere(explanation);
                    void refetch();
                  }}
                />
              )}
            </article>
          )}
        />
      ) : null}
    </ConsolePage>
  );
}
