import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink, ErrorMessage, Notice, Page } from '../../design';
import type { PlatformRole } from '../../graphql/generated/graphql';
import { GrantRoleDocument, RevokeRoleDocument } from './documents';
import { PersonLookup, type FoundPerson } from './PersonLookup';

/** Roles an administrator gives by hand; mentors and coordinators come through vetting and appointments. */
const GRANTABLE: readonly PlatformRole[] = ['MODERATOR', 'ADMIN', 'SUPPORTER'];

export default function RolesPage() {
  const { t } = useTranslation();
  const [person, setPerson] = useState<FoundPerson | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [grant, granting] = useMutation(GrantRoleDocument);
  const [revoke, revoking] = useMutation(RevokeRoleDocument);
  const busy = granting.loading || revoking.loading;
  const change = (role: PlatformRole, give: boolean) => {
    if (!person) return;
    const run = give ? grant({ variables: { userId: person.id, role } }) : revoke({ variables: { userId: person.id, role } });
    void run
      .then((result) => {
        const roles = result.data && ('grantRole' in result.data ? result.data.grantRole.roles : result.data.revokeRole.roles);
        if (roles) setPerson({ ...person, roles });
        setDone(
          t(give ? 'administration.roles.granted' : 'administration.roles.revoked', { name: person.displayName, role: t(`administration.role.${role}`) }),
        );
      })
      .catch(() => undefined);
  };
  return (
    <Page title={t('administration.roles.title')} intro={t('administration.roles.intro')}>
      <div className="k-row">
        <ButtonLink href="/administration" variant="quiet" size="small">
          {t('administration.back')}
        </ButtonLink>
      </div>
      <PersonLookup
        label={t('administration.roles.lookup')}
        onFound={(found) => {
          setPerson(found);
          setDone(null);
        }}
      />
      {done ? (
        <Notice>
          <p>{done}</p>
        </Notice>
      ) : null}
      {person ? (
        <section className="k-stack" aria-labelledby="person-roles">
          <h2 id="person-roles">{t('administration.roles.of', { name: person.displayName })}</h2>
          <p>{person.roles.map((role) => t(`administration.role.${role}`)).join(', ')}</p>
          <ErrorMessage error={granting.error ?? revoking.error} />
          <div className="k-row">
            {GRANTABLE.map((role) =>
              person.roles.includes(role) ? (
                <Button key={role} variant="secondary" isDisabled={busy} onPress={() => change(role, false)}>
                  {t('administration.roles.revoke', { role: t(`administration.role.${role}`) })}
                </Button>
              ) : (
                <Button key={role} isDisabled={busy} onPress={() => change(role, true)}>
                  {t('administration.roles.grant', { role: t(`administration.role.${role}`) })}
                </Button>
              ),
            )}
          </div>
        </section>
      ) : null}
    </Page>
  );
}
