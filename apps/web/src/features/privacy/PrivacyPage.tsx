import { useState } from 'react';
import { useApolloClient, useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button, ButtonLink, Dialog, ErrorMessage, Form, Notice, Page, TextField } from '../../design';
import { graphql } from '../../graphql/generated';
import type { DataExportStatus } from '../../graphql/generated/graphql';
import { useSessionClient } from '../../session/session-context';

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

/** Sharing and "who saw what" live with the circle, so there is one place to change them. */
function Sharing() {
  const { t } = useTranslation();
  return (
    <section className="k-stack" aria-labelledby="privacy-sharing">
      <h2 id="privacy-sharing">{t('privacy.sharingTitle')}</h2>
      <p>{t('privacy.sharingMoved')}</p>
      <div className="k-row">
        <ButtonLink href="/circle" variant="secondary">
          {t('privacy.sharingLink')}
        </ButtonLink>
      </div>
    </section>
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
