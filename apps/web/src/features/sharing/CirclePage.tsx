import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, EmptyState, ErrorMessage, Form, List, Loading, Notice, Page, RadioGroup, Select, TextField } from '../../design';
import type { CircleRelationship, MyCircleQuery } from '../../graphql/generated/graphql';
import { useViewer } from '../../session/viewer';
import { DisclosureTimeline } from './DisclosureTimeline';
import {
  InviteByEmailDocument,
  InviteOnKindredDocument,
  MyCircleDocument,
  PeopleITalkWithDocument,
  RemoveFromCircleDocument,
  RenameCircleDocument,
  RevokeSharingDocument,
  WithdrawInvitationDocument,
} from './documents';
import { GrantSharingForm } from './GrantSharingForm';
import { RELATIONSHIPS, useSharingWords } from './sharing-words';

type Circle = MyCircleQuery['mySupportCircle'];
type Member = Circle['members'][number];
type Grant = MyCircleQuery['mySharingGrants'][number];
type Invitation = MyCircleQuery['myCircleInvitations'][number];

function CircleName({ circle }: { circle: Circle }) {
  const { t } = useTranslation();
  const [name, setName] = useState(circle.name);
  const [rename, renamed] = useMutation(RenameCircleDocument);
  return (
    <Dialog
      title={t('sharing.circle.renameTitle')}
      trigger={
        <Button variant="quiet" size="small">
          {t('sharing.circle.rename')}
        </Button>
      }
    >
      {(close) => (
        <Form
          aria-label={t('sharing.circle.renameTitle')}
          onSubmit={() =>
            void rename({ variables: { name: name.trim() } })
              .then(close)
              .catch(() => undefined)
          }
        >
          <TextField label={t('sharing.circle.nameLabel')} isRequired maxLength={60} value={name} onChange={setName} />
          <ErrorMessage error={renamed.error} />
          <Button type="submit" isPending={renamed.loading}>
            {t('sharing.circle.saveName')}
          </Button>
        </Form>
      )}
    </Dialog>
  );
}

/** What is shared with one person, each stopped in one step. */
function GrantList({ name, grants }: { name: string; grants: readonly Grant[] }) {
  const { t } = useTranslation();
  const words = useSharingWords();
  const [stop, stopping] = useMutation(RevokeSharingDocument, { refetchQueries: [MyCircleDocument] });
  const stopped = stopping.data?.revokeSharing;
  return (
    <>
      {grants.length === 0 ? (
        <p>{t('sharing.circle.sharesNothing', { name })}</p>
      ) : (
        <ul className="k-list" role="list" aria-label={t('sharing.circle.whatYouShare', { name })}>
          {grants.map((grant) => (
            <li key={grant.id} className="k-list__item k-card--muted k-stack k-stack--tight">
              <p>
                <strong>{words.scopeTitle(grant.scope)}</strong>
              </p>
              <p className="k-muted">{t('sharing.circle.purpose', { purpose: grant.purpose })}</p>
              <p className="k-muted">{words.until(grant.ends, grant.expiresAt)}</p>
              <div className="k-row">
                <Button
                  variant="secondary"
                  size="small"
                  isDisabled={stopping.loading}
                  aria-label={t('sharing.circle.stop', { what: words.scope(grant.scope), name })}
                  onPress={() => void stop({ variables: { grantId: grant.id } }).catch(() => undefined)}
                >
                  {t('sharing.circle.stopShort')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {stopped ? <Notice>{t('sharing.circle.stopped', { what: words.scope(stopped.scope), name: stopped.granteeDisplayName })}</Notice> : null}
      <ErrorMessage error={stopping.error} />
    </>
  );
}

function MemberCard({ member, grants }: { member: Member; grants: readonly Grant[] }) {
  const { t } = useTranslation();
  const words = useSharingWords();
  const [remove, removing] = useMutation(RemoveFromCircleDocument, { refetchQueries: [MyCircleDocument] });
  return (
    <div className="k-stack k-stack--tight">
      <h3>{member.displayName}</h3>
      <p className="k-muted">{t('sharing.circle.memberSince', { relationship: words.relationship(member.relationship), date: words.day(member.joinedAt) })}</p>
      <GrantList name={member.displayName} grants={grants} />
      <ErrorMessage error={removing.error} />
      <div className="k-row">
        <GrantSharingForm grantee={member} alreadyShared={grants.map((grant) => grant.scope)} />
        <Dialog
          role="alertdialog"
          title={t('sharing.circle.removeTitle', { name: member.displayName })}
          trigger={<Button variant="quiet">{t('sharing.circle.remove', { name: member.displayName })}</Button>}
        >
          {(close) => (
            <>
              <p>{t('sharing.circle.removeExplain', { name: member.displayName })}</p>
              <div className="k-row">
                <Button
                  isDisabled={removing.loading}
                  onPress={() =>
                    void remove({ variables: { userId: member.userId } })
                      .then(close)
                      .catch(close)
                  }
                >
                  {t('sharing.circle.removeConfirm')}
                </Button>
                <Button variant="quiet" onPress={close}>
                  {t('sharing.circle.removeKeep')}
                </Button>
              </div>
            </>
          )}
        </Dialog>
      </div>
    </div>
  );
}

function InviteForm({ circle, invitations }: { circle: Circle; invitations: readonly Invitation[] }) {
  const { t } = useTranslation();
  const words = useSharingWords();
  const { viewer } = useViewer();
  const [how, setHow] = useState<'email' | 'kindred'>('email');
  const [email, setEmail] = useState('');
  const [personId, setPersonId] = useState<string | null>(null);
  const [relationship, setRelationship] = useState<CircleRelationship>('FAMILY');
  const people = useQuery(PeopleITalkWithDocument, { skip: how !== 'kindred' });
  const [byEmail, invitedByEmail] = useMutation(InviteByEmailDocument, { refetchQueries: [MyCircleDocument] });
  const [onKindred, invitedOnKindred] = useMutation(InviteOnKindredDocument, { refetchQueries: [MyCircleDocument] });
  const [sent, setSent] = useState<string | null>(null);

  // Someone already in the circle or already invited is not offered again.
  const taken = new Set([...circle.members.map((member) => member.userId), ...invitations.map((invitation) => invitation.inviteeId ?? '')]);
  const candidates = new Map<string, string>();
  for (const edge of people.data?.myConversations.edges ?? []) {
    for (const participant of edge.node.participants) {
      if (participant.personId !== viewer?.id && !taken.has(participant.personId)) candidates.set(participant.personId, participant.displayName);
    }
  }
  const options = [...candidates].map(([id, label]) => ({ id, label }));
  const pending = invitedByEmail.loading || invitedOnKindred.loading;

  const submit = () => {
    setSent(null);
    if (how === 'email') {
      void byEmail({ variables: { email: email.trim(), relationship } })
        .then(() => {
          setSent(t('sharing.invite.sentEmail', { email: email.trim() }));
          setEmail('');
        })
        .catch(() => undefined);
    } else if (personId) {
      void onKindred({ variables: { userId: personId, relationship } })
        .then(() => {
          setSent(t('sharing.invite.sentKindred', { name: candidates.get(personId) ?? '' }));
          setPersonId(null);
        })
        .catch(() => undefined);
    }
  };

  return (
    <section className="k-stack k-card" aria-labelledby="circle-invite">
      <h2 id="circle-invite">{t('sharing.invite.title')}</h2>
      <p>{t('sharing.invite.intro')}</p>
      <Form aria-labelledby="circle-invite" onSubmit={submit}>
        <RadioGroup
          label={t('sharing.invite.how')}
          value={how}
          onChange={(value) => setHow(value === 'kindred' ? 'kindred' : 'email')}
          options={[
            { id: 'email', label: t('sharing.invite.byEmail') },
            { id: 'kindred', label: t('sharing.invite.onKindred') },
          ]}
        />
        {how === 'email' ? (
          <TextField label={t('sharing.invite.email')} type="email" autoComplete="off" isRequired value={email} onChange={setEmail} />
        ) : options.length > 0 ? (
          <Select
            label={t('sharing.invite.person')}
            options={options}
            value={personId}
            onChange={setPersonId}
            isRequired
            placeholder={t('sharing.invite.choose')}
          />
        ) : people.loading ? (
          <Loading />
        ) : (
          <p className="k-muted">{t('sharing.invite.nobodyOnKindred')}</p>
        )}
        <Select
          label={t('sharing.invite.relationship')}
          options={RELATIONSHIPS.map((id) => ({ id, label: words.relationship(id) }))}
          value={relationship}
          onChange={(value) => setRelationship(RELATIONSHIPS.find((id) => id === value) ?? 'FAMILY')}
        />
        <p className="k-muted">{t('sharing.invite.whatHappens')}</p>
        <ErrorMessage error={invitedByEmail.error ?? invitedOnKindred.error ?? people.error} />
        {sent ? <Notice>{sent}</Notice> : null}
        <Button type="submit" isPending={pending} isDisabled={how === 'kindred' && !personId}>
          {t('sharing.invite.send')}
        </Button>
      </Form>
    </section>
  );
}

function PendingInvitations({ invitations }: { invitations: readonly Invitation[] }) {
  const { t } = useTranslation();
  const words = useSharingWords();
  const [withdraw, withdrawing] = useMutation(WithdrawInvitationDocument, { refetchQueries: [MyCircleDocument] });
  if (invitations.length === 0) return null;
  return (
    <section className="k-stack" aria-labelledby="circle-pending">
      <h2 id="circle-pending">{t('sharing.invitations.title')}</h2>
      <ErrorMessage error={withdrawing.error} />
      <List
        items={invitations}
        getKey={(invitation) => invitation.id}
        label={t('sharing.invitations.title')}
        renderItem={(invitation) => (
          <div className="k-stack k-stack--tight">
            <p>
              <strong>{invitation.email ?? t('sharing.invitations.someoneOnKindred')}</strong> · {words.relationship(invitation.relationship)}
            </p>
            <p className="k-muted">{t('sharing.invitations.waiting', { date: words.day(invitation.expiresAt) })}</p>
            <div className="k-row">
              <Button
                variant="secondary"
                size="small"
                isDisabled={withdrawing.loading}
                onPress={() => void withdraw({ variables: { invitationId: invitation.id } }).catch(() => undefined)}
              >
                {t('sharing.invitations.withdraw')}
              </Button>
            </div>
          </div>
        )}
      />
    </section>
  );
}

/** The member's side of sharing: the circle, its invitations, what is shared with each person, and who saw what. */
export default function CirclePage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyCircleDocument, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) {
    return (
      <Page title={t('sharing.circle.title')}>
        <Loading />
      </Page>
    );
  }
  if (!data) {
    return (
      <Page title={t('sharing.circle.title')}>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }
  const circle = data.mySupportCircle;
  const active = data.mySharingGrants.filter((grant) => grant.active);
  const pending = data.myCircleInvitations.filter((invitation) => invitation.state === 'PENDING');
  const memberIds = new Set(circle.members.map((member) => member.userId));
  // Sharing with someone outside the circle (a mentor) is listed too, so every share can be stopped here.
  const others = new Map<string, Grant[]>();
  for (const grant of active) {
    if (!memberIds.has(grant.granteeId)) others.set(grant.granteeId, [...(others.get(grant.granteeId) ?? []), grant]);
  }
  return (
    <Page title={t('sharing.circle.title')} intro={t('sharing.circle.intro')}>
      <div className="k-row k-row--between">
        <p>
          <strong>{circle.name}</strong>
        </p>
        <CircleName circle={circle} />
      </div>
      <section className="k-stack" aria-labelledby="circle-people">
        <h2 id="circle-people">{t('sharing.circle.peopleTitle')}</h2>
        <List
          items={circle.members}
          getKey={(member) => member.userId}
          label={t('sharing.circle.peopleTitle')}
          empty={
            <EmptyState title={t('sharing.circle.emptyTitle')} headingLevel={3}>
              {t('sharing.circle.empty')}
            </EmptyState>
          }
          renderItem={(member) => <MemberCard member={member} grants={active.filter((grant) => grant.granteeId === member.userId)} />}
        />
      </section>
      {others.size > 0 ? (
        <section className="k-stack" aria-labelledby="circle-others">
          <h2 id="circle-others">{t('sharing.circle.othersTitle')}</h2>
          {[...others].map(([granteeId, grants]) => {
            const name = grants[0]?.granteeDisplayName ?? '';
            return (
              <div key={granteeId} className="k-card k-stack k-stack--tight">
                <h3>{name}</h3>
                <GrantList name={name} grants={grants} />
              </div>
            );
          })}
        </section>
      ) : null}
      <PendingInvitations invitations={pending} />
      <InviteForm circle={circle} invitations={pending} />
      <DisclosureTimeline />
    </Page>
  );
}
