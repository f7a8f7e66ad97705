import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, ErrorMessage, Form, RadioGroup, TextField } from '../../design';
import type { SharingEnd, SharingScope } from '../../graphql/generated/graphql';
import { useViewer } from '../../session/viewer';
import { GrantSharingDocument, MyCircleDocument } from './documents';
import { SCOPES, useSharingWords } from './sharing-words';

/** The last moment of a chosen day, in the person's own time zone. */
function endOfDay(day: string): string {
  return new Date(`${day}T23:59:00`).toISOString();
}

/**
 * Consent to share one thing with one person, given in one step: what, why, until when, signed
 * by typing one's display name, as the API asks.
 */
export function GrantSharingForm({ grantee, alreadyShared }: { grantee: { userId: string; displayName: string }; alreadyShared: readonly SharingScope[] }) {
  const { t } = useTranslation();
  const words = useSharingWords();
  const { viewer } = useViewer();
  const available = SCOPES.filter((scope) => !alreadyShared.includes(scope));
  const [scope, setScope] = useState<SharingScope | null>(null);
  const [purpose, setPurpose] = useState('');
  const [ends, setEnds] = useState<SharingEnd>('ON_DATE');
  const [endDay, setEndDay] = useState('');
  const [signature, setSignature] = useState('');
  const [grant, granting] = useMutation(GrantSharingDocument, { refetchQueries: [MyCircleDocument] });
  if (available.length === 0) return null;

  return (
    <Dialog
      title={t('sharing.grant.title', { name: grantee.displayName })}
      trigger={<Button>{t('sharing.grant.open', { name: grantee.displayName })}</Button>}
      onOpenChange={(open) => {
        if (!open) granting.reset();
      }}
    >
      {(close) => (
        <Form
          aria-label={t('sharing.grant.title', { name: grantee.displayName })}
          onSubmit={() => {
            if (!scope) return;
            void grant({
              variables: {
                input: {
                  granteeId: grantee.userId,
                  scope,
                  purpose: purpose.trim(),
                  ends,
                  expiresAt: ends === 'ON_DATE' && endDay ? endOfDay(endDay) : null,
                  signature: signature.trim(),
                },
              },
            })
              .then(() => {
                setScope(null);
                setPurpose('');
                setEndDay('');
                setSignature('');
                close();
              })
              .catch(() => undefined);
          }}
        >
          <p>{t('sharing.grant.intro', { name: grantee.displayName })}</p>
          <RadioGroup
            label={t('sharing.grant.what')}
            isRequired
            value={scope}
            onChange={(value) => setScope(available.find((candidate) => candidate === value) ?? null)}
            options={available.map((id) => ({ id, label: words.scopeTitle(id), description: words.scopeAbout(id) }))}
          />
          <TextField
            label={t('sharing.grant.purpose')}
            description={t('sharing.grant.purposeHint')}
            isRequired
            minLength={3}
            maxLength={300}
            value={purpose}
            onChange={setPurpose}
          />
          <RadioGroup
            label={t('sharing.grant.ends')}
            value={ends}
            onChange={(value) => setEnds(value === 'WHEN_RELATIONSHIP_ENDS' ? 'WHEN_RELATIONSHIP_ENDS' : 'ON_DATE')}
            options={[
              { id: 'ON_DATE', label: t('sharing.grant.onDate') },
              { id: 'WHEN_RELATIONSHIP_ENDS', label: t('sharing.grant.withRelationship', { name: grantee.displayName }) },
            ]}
          />
          {ends === 'ON_DATE' ? (
            <TextField label={t('sharing.grant.endDay')} description={t('sharing.grant.endDayHint')} type="date" value={endDay} onChange={setEndDay} />
          ) : null}
          <TextField
            label={t('sharing.grant.signature')}
            description={t('sharing.grant.signatureHint', { name: viewer?.displayName ?? '' })}
            isRequired
            autoComplete="off"
            value={signature}
            onChange={setSignature}
          />
          <p className="k-muted">{t('sharing.grant.canStop', { name: grantee.displayName })}</p>
          <ErrorMessage error={granting.error} />
          <div className="k-row">
            <Button type="submit" isPending={granting.loading}>
              {t('sharing.grant.submit')}
            </Button>
            <Button variant="quiet" onPress={close}>
              {t('sharing.grant.cancel')}
            </Button>
          </div>
        </Form>
      )}
    </Dialog>
  );
}
