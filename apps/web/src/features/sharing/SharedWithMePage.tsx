import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink, Dialog, EmptyState, ErrorMessage, List, Loading, Notice, Page } from '../../design';
import { LeaveSupportCircleDocument, SharedWithMeDocument } from './documents';
import { useSharingWords } from './sharing-words';

interface Person {
  id: string;
  name: string;
  /** The circle they invited me into, if I am in it. */
  circle: { id: string; name: string } | null;
  scopes: string[];
  /** What they stopped sharing lately, said plainly rather than left to be found gone. */
  ended: string[];
}

/** Leaving ends every share from that person at once, so the confirmation says so before it happens. */
function LeaveCircle({ person, circle, onLeft }: { person: string; circle: { id: string; name: string }; onLeft: (circle: string) => void }) {
  const { t } = useTranslation();
  const [leave, { loading, error }] = useMutation(LeaveSupportCircleDocument, { refetchQueries: [SharedWithMeDocument], awaitRefetchQueries: true });
  return (
    <Dialog
      role="alertdialog"
      title={t('sharing.withMe.leave.title', { circle: circle.name })}
      trigger={
        <Button variant="quiet" size="small">
          {t('sharing.withMe.leave.button', { circle: circle.name })}
        </Button>
      }
    >
      {(close) => (
        <>
          <p>{t('sharing.withMe.leave.explain', { name: person })}</p>
          <p>{t('sharing.withMe.leave.again', { name: person })}</p>
          <ErrorMessage error={error} />
          <div className="k-row">
            <Button
              isPending={loading}
              onPress={() =>
                void leave({ variables: { circleId: circle.id } })
                  .then(() => {
                    close();
                    onLeft(circle.name);
                  })
                  .catch(() => undefined)
              }
            >
              {t('sharing.withMe.leave.confirm')}
            </Button>
            <Button variant="quiet" onPress={close}>
              {t('sharing.withMe.leave.stay')}
            </Button>
          </div>
        </>
      )}
    </Dialog>
  );
}

/** For families and friends: the people who share something with them, one card each. */
export default function SharedWithMePage() {
  const { t } = useTranslation();
  const words = useSharingWords();
  const [left, setLeft] = useState<string | null>(null);
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
  const people = new Map<string, Person>();
  for (const circle of data.circlesISupport) {
    people.set(circle.ownerId, { id: circle.ownerId, name: circle.ownerDisplayName, circle: { id: circle.id, name: circle.name }, scopes: [], ended: [] });
  }
  for (const grant of data.sharedWithMe) {
    const person = people.get(grant.ownerId) ?? { id: grant.ownerId, name: grant.ownerDisplayName, circle: null, scopes: [], ended: [] };
    person.scopes.push(words.scope(grant.scope));
    people.set(grant.ownerId, person);
  }
  for (const grant of data.sharingEndedWithMe) {
    const person = people.get(grant.ownerId) ?? { id: grant.ownerId, name: grant.ownerDisplayName, circle: null, scopes: [], ended: [] };
    const endedOn = grant.revokedAt ?? grant.expiresAt;
    person.ended.push(
      endedOn
        ? t('sharing.withMe.endedOn', { what: words.scope(grant.scope), date: words.day(endedOn) })
        : t('sharing.withMe.ended', { what: words.scope(grant.scope) }),
    );
    people.set(grant.ownerId, person);
  }
  const invitations = data.circleInvitationsForMe.length;
  return (
    <Page title={t('sharing.withMe.title')} intro={t('sharing.withMe.intro')}>
      {left ? (
        <Notice>
          <p>{t('sharing.withMe.leave.done', { circle: left })}</p>
        </Notice>
      ) : null}
      {invitations > 0 ? (
        <Notice>
          <p>{t('sharing.withMe.invitationsWaiting', { count: invitations })}</p>
          <ButtonLink href="/circles/join" size="small" variant="secondary">
            {t('sharing.withMe.seeInvitations')}
          </ButtonLink>
        </Notice>
      ) : null}
      <List
        items={[...people.values()]}
        getKey={(person) => person.id}
        label={t('sharing.withMe.title')}
        empty={<EmptyState title={t('sharing.withMe.emptyTitle')}>{t('sharing.withMe.empty')}</EmptyState>}
        renderItem={(person) => (
          <div className="k-stack k-stack--tight">
            <h2>{person.name}</h2>
            {person.circle ? <p className="k-muted">{t('sharing.withMe.inCircle', { circle: person.circle.name })}</p> : null}
            <p>{person.scopes.length > 0 ? t('sharing.withMe.shares', { what: person.scopes.join(', ') }) : t('sharing.withMe.sharesNothing')}</p>
            {person.ended.map((line) => (
              <p key={line} className="k-muted">
                {line}
              </p>
            ))}
            <div className="k-row">
              <ButtonLink href={`/shared-with-me/${person.id}`} variant={person.scopes.length > 0 ? 'primary' : 'secondary'}>
                {t('sharing.withMe.open', { name: person.name })}
              </ButtonLink>
              {person.circle ? <LeaveCircle person={person.name} circle={person.circle} onLeft={setLeft} /> : null}
            </div>
          </div>
        )}
      />
    </Page>
  );
}
