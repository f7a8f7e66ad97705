import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, ErrorMessage, Form, Notice, TextField } from '../../design';
import { ChangePasswordDocument } from './documents';

const MIN_PASSWORD = 12;

/** Current and new password; the API signs out every other device, which the form says before it happens. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [changed, setChanged] = useState(false);
  const [change, { loading, error, reset }] = useMutation(ChangePasswordDocument);
  const mismatch = again.length > 0 && again !== password ? t('reset.mismatch') : null;
  const edit = (set: (value: string) => void) => (value: string) => {
    set(value);
    setChanged(false);
    reset();
  };
  return (
    <Form
      aria-labelledby="profile-password"
      onSubmit={() => {
        if (mismatch) return;
        void change({ variables: { currentPassword: current, newPassword: password } })
          .then(() => {
            setCurrent('');
            setPassword('');
            setAgain('');
            setChanged(true);
          })
          .catch(() => undefined);
      }}
    >
      <h2 id="profile-password">{t('profile.password.title')}</h2>
      <p>{t('profile.password.intro')}</p>
      <TextField label={t('profile.password.current')} type="password" autoComplete="current-password" isRequired value={current} onChange={edit(setCurrent)} />
      <TextField
        label={t('fields.newPassword')}
        description={t('profile.password.rules', { min: MIN_PASSWORD })}
        type="password"
        autoComplete="new-password"
        isRequired
        minLength={MIN_PASSWORD}
        value={password}
        onChange={edit(setPassword)}
      />
      <TextField
        label={t('fields.newPasswordAgain')}
        type="password"
        autoComplete="new-password"
        isRequired
        value={again}
        onChange={edit(setAgain)}
        errorMessage={mismatch}
      />
      <ErrorMessage error={error} />
      {changed ? (
        <Notice>
          <p>{t('profile.password.changed')}</p>
        </Notice>
      ) : null}
      <div className="k-row">
        <Button type="submit" isPending={loading}>
          {t('profile.password.submit')}
        </Button>
      </div>
    </Form>
  );
}
