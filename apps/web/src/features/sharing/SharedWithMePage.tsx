import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ButtonLink, EmptyState, ErrorMessage, List, Loading, Notice, Page } from '../../design';
import { SharedWithMeDocument } from './documents';
import { useSharingWords } from './sharing-words';

interface Person {
  id: string;
  name: string;
  /** The circle they invited me into, if I am in it. */
  circleName: string | null;
  scopes: string[];
  /** What they stopped sharing lately, said plainly rather than left to be found gone. */
  ended: string[];
}

/** For families and friends: the people who share something with them, one card each. */
export default function SharedWithMePage() {
  const { t } = useTranslation();
  const words = useSharingWords();
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
    people.set(circle.ownerId, { id: circle.ownerId, name: circle.ownerDisplayName, circleName: circle.name, scopes: [], ended: [] });
  }
  for (const grant of data.sharedWithMe) {
    const person = people.get(grant.ownerId) ?? { id: grant.ownerId, name: grant.ownerDisplayName, circleName: null, scopes: [], ended: [] };
    person.scopes.push(words.scope(grant.scope));
    people.set(grant.ownerId, person);
  }
  for (const grant of data.sharingEndedWithMe) {
    const person = people.get(grant.ownerId) ?? { id: grant.ownerId, name: grant.ownerDisplayName, circleName: null, scopes: [], ended: [] };
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
            {person.circleName ? <p className="k-muted">{t('sharing.withMe.inCircle', { circle: person.circleName })}</p> : null}
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
            </div>
          </div>
        )}
      />
    </Page>
  );
}
