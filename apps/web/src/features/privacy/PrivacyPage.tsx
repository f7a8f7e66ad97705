import { useState } from 'react';
import { useApolloClient, useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button, Dialog, EmptyState, ErrorMessage, Form, List, Loading, Notice, Page, TextField } from '../../design';
import { graphql } from '../../graphql/generated';
import type { DataExportStatus } from '../../graphql/generated/graphql';
import { useSessionClient } from '../../session/session-context';

export const PrivacyDocument = graphql(`
  query Privacy {
    mySharingGrants {
      id
      scope
      granteeDisplayName
      relationship
      grantedAt
      expiresAt
      active
    }
    myDisclosureLog(first: 50) {
      edges {
        node {
          id
          viewerDisplayName
          what
          scope
          accessedAt
        }
      }
    }
  }
`);

export const StopSharingDocument = graphql(`
  mutation StopSharing($grantId: ID!) {
    revokeSharing(grantId: $grantId) {
      id
      active
    }
  }
`);

export const RequestDataExportDocument = graphql(`
  mutation RequestDataExport {
    requestDataExport {
      id
      status
      requestedAt
      readyAt
      expiresAt
    }
  }
`);

export const DataExportStatusDocument = graphql(`
  query DataExportStatus($id: ID!) {
    myDataExport(id: $id) {
      id
      status
      requestedAt
      readyAt
      expiresAt
    }
  }
`);

export const DataExportContentDocument = graphql(`
  query DataExportContent($id: ID!) {
    myDataExport(id: $id) {
      id
      status
      content
    }
  }
`);

export const DeleteMyAccountDocument = graphql(`
  mutation DeleteMyAccount($password: String!) {
    deleteMyAccount(password: $password) {
      message
    }
  }
`);

/** How often the page looks again while a copy is being prepared. */
const EXPORT_POLL_MS = 3000;

function useDate() {
  const { i18n } = useTranslation();
  return (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

function Sharing() {
  const { t } = useTranslation();
  const formatDate = useDate();
  const { data, loading, error, refetch } = useQuery(PrivacyDocument);
  const [stop, stopping] = useMutation(StopSharingDocument, { refetchQueries: [PrivacyDocument] });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  const grants = (data?.mySharingGrants ?? []).filter((grant) => grant.active);
  const log = data?.myDisclosureLog.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      <section className="k-stack" aria-labelledby="privacy-sharing">
        <h2 id="privacy-sharing">{t('privacy.sharingTitle')}</h2>
        <ErrorMessage error={stopping.error} />
        <List
          items={grants}
          getKey={(grant) => grant.id}
          label={t('privacy.sharingTitle')}
          empty={
            <EmptyState title={t('privacy.sharingEmptyTitle')} headingLevel={3}>
              {t('privacy.sharingEmpty')}
            </EmptyState>
          }
          renderItem={(grant) => (
            <div className="k-stack k-stack--tight">
              <p>
                <strong>{t('privacy.sharedItem', { scope: t(`privacy.scope.${grant.scope}`), name: grant.granteeDisplayName })}</strong>
              </p>
              <p className="k-muted">{grant.expiresAt ? t('privacy.until', { date: formatDate(grant.expiresAt) }) : t('privacy.untilRelationshipEnds')}</p>
              <Dialog
                role="alertdialog"
                title={t('privacy.stopTitle', { name: grant.granteeDisplayName })}
                trigger={<Button variant="secondary">{t('privacy.stop', { name: grant.granteeDisplayName })}</Button>}
              >
                {(close) => (
                  <>
                    <p>{t('privacy.stopExplain', { name: grant.granteeDisplayName })}</p>
                    <div className="k-row">
                      <Button
                        onPress={() =>
                          void stop({ variables: { grantId: grant.id } })
                            .then(close)
                            .catch(close)
                        }
                        isDisabled={stopping.loading}
                      >
                        {t('privacy.stopConfirm')}
                      </Button>
                      <Button variant="quiet" onPress={close}>
                        {t('privacy.keepSharing')}
                      </Button>
                    </div>
                  </>
                )}
              </Dialog>
            </div>
          )}
        />
      </section>
      <section className="k-stack" aria-labelledby="privacy-log">
        <h2 id="privacy-log">{t('privacy.logTitle')}</h2>
        <List
          items={log}
          getKey={(entry) => entry.id}
          label={t('privacy.logTitle')}
          empty={
            <EmptyState title={t('privacy.logEmptyTitle')} headingLevel={3}>
              {t('privacy.logEmpty')}
            </EmptyState>
          }
          renderItem={(entry) => (
            <p>{t('privacy.logEntry', { name: entry.viewerDisplayName, scope: t(`privacy.scope.${entry.scope}`), date: formatDate(entry.accessedAt) })}</p>
          )}
        />
      </section>
    </>
  );
}

function downloadJson(content: unknown, fileName: string) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(content, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

function DataCopy() {
  const { t } = useTranslation();
  const formatDate = useDate();
  const [exportId, setExportId] = useState<string | null>(null);
  const [request, requested] = useMutation(RequestDataExportDocument);
  const status = useQuery(DataExportStatusDocument, {
    variables: { id: exportId ?? '' },
    skip: exportId === null,
    pollInterval: EXPORT_POLL_MS,
    fetchPolicy: 'network-only',
  });
  const [fetchContent, content] = useLazyQuery(DataExportContentDocument, { fetchPolicy: 'network-only' });
  const copy = status.data?.myDataExport ?? requested.data?.requestDataExport;
  const state: DataExportStatus | null = copy?.status ?? null;
  if (state !== 'REQUESTED' && status.data) status.stopPolling();
  return (
    <section className="k-stack" aria-labelledby="privacy-copy">
      <h2 id="privacy-copy">{t('privacy.copyTitle')}</h2>
      <p>{t('privacy.copyExplain')}</p>
      {state === 'REQUESTED' ? <Notice>{t('privacy.copyPreparing')}</Notice> : null}
      {state === 'READY' && copy ? (
        <Notice>
          <p>{t('privacy.copyReady', { date: copy.expiresAt ? formatDate(copy.expiresAt) : '' })}</p>
        </Notice>
      ) : null}
      {state === 'EXPIRED' ? <Notice>{t('privacy.copyExpired')}</Notice> : null}
      <ErrorMessage error={requested.error ?? status.error ?? content.error} />
      <div className="k-row">
        {state === 'READY' && copy ? (
          <Button
            isDisabled={content.loading}
            onPress={() =>
              void fetchContent({ variables: { id: copy.id } })
                .then((result) => {
                  if (result.data?.myDataExport.content) downloadJson(result.data.myDataExport.content, `kindred-data-${copy.id}.json`);
                })
                .catch(() => undefined)
            }
          >
            {t('privacy.copyDownload')}
          </Button>
        ) : null}
        {state !== 'REQUESTED' ? (
          <Button
            variant={state === 'READY' ? 'secondary' : 'primary'}
            isDisabled={requested.loading}
            onPress={() =>
              void request()
                .then((result) => setExportId(result.data?.requestDataExport.id ?? null))
                .catch(() => undefined)
            }
          >
            {t('privacy.copyAsk')}
          </Button>
        ) : null}
      </div>
    </section>
  );
}

function DeleteAccount() {
  const { t } = useTranslation();
  const session = useSessionClient();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [remove, removing] = useMutation(DeleteMyAccountDocument);
  return (
    <section className="k-stack" aria-labelledby="privacy-delete">
      <h2 id="privacy-delete">{t('privacy.deleteTitle')}</h2>
      <p>{t('privacy.deleteIntro')}</p>
      <Dialog role="alertdialog" title={t('privacy.deleteDialogTitle')} trigger={<Button variant="secondary">{t('privacy.deleteOpen')}</Button>}>
        {(close) => (
          <Form
            aria-label={t('privacy.deleteDialogTitle')}
            onSubmit={() =>
              void remove({ variables: { password } })
                .then(async () => {
                  // The API has already ended every session; forget this one here too.
                  await session.signOut(() => Promise.resolve());
                  await client.clearStore();
                  await navigate('/', { replace: true, state: { accountDeleted: true } });
                })
                .catch(() => undefined)
            }
          >
            <p>{t('privacy.deleteWhat')}</p>
            <ul>
              <li>{t('privacy.deleteSignOut')}</li>
              <li>{t('privacy.deleteData')}</li>
              <li>{t('privacy.deleteMessages')}</li>
              <li>{t('privacy.deleteForever')}</li>
            </ul>
            <p>{t('privacy.deleteCopyFirst')}</p>
            <TextField label={t('privacy.deletePassword')} type="password" autoComplete="current-password" isRequired value={password} onChange={setPassword} />
            <ErrorMessage error={removing.error} />
            <div className="k-row">
              <Button type="submit" isDisabled={removing.loading || password === ''}>
                {t('privacy.deleteConfirm')}
              </Button>
              <Button variant="quiet" onPress={close}>
                {t('privacy.deleteKeep')}
              </Button>
            </div>
          </Form>
        )}
      </Dialog>
    </section>
  );
}

export default function PrivacyPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('privacy.title')} intro={t('privacy.intro')}>
      <Sharing />
      <DataCopy />
      <DeleteAccount />
    </Page>
  );
}
