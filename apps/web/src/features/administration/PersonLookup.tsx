import { useState } from 'react';
import { useLazyQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, ErrorMessage, Form, TextField } from '../../design';
import type { PersonByEmailQuery } from '../../graphql/generated/graphql';
import { PersonByEmailDocument } from './documents';

export type FoundPerson = PersonByEmailQuery['personByEmail'];

/** Finds an account by its email address (each lookup is audited), for appointing or giving a role. */
export function PersonLookup({ label, onFound }: { label: string; onFound: (person: FoundPerson) => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [find, { loading, error }] = useLazyQuery(PersonByEmailDocument, { fetchPolicy: 'network-only' });
  return (
    <Form
      aria-label={label}
      onSubmit={() => {
        if (!email.trim()) return;
        void find({ variables: { email: email.trim() } })
          .then((result) => {
            if (result.data) onFound(result.data.personByEmail);
          })
          .catch(() => undefined);
      }}
    >
      <TextField label={label} description={t('administration.lookup.hint')} type="email" isRequired value={email} onChange={setEmail} />
      <ErrorMessage error={error} />
      <div className="k-row">
        <Button type="submit" variant="secondary" isDisabled={loading || !email.trim()}>
          {t('administration.lookup.find')}
        </Button>
      </div>
    </Form>
  );
}
