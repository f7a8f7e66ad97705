import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../graphql/errors';
import { Button } from './Button';

export interface ErrorMessageProps {
  /** An Apollo error (shown as the API wrote it) or a sentence of our own. */
  error: unknown;
  /** What the person can do next. */
  action?: ReactNode;
  /** When loading failed: offers the one standard "Try again". */
  onRetry?: () => void;
}

/** Announced at once (role="alert"); an icon and words, never colour alone. */
export function ErrorMessage({ error, action, onRetry }: ErrorMessageProps) {
  const { t } = useTranslation();
  if (!error) return null;
  const text = typeof error === 'string' ? error : errorText(error, t);
  return (
    <div className="k-message" data-tone="error" role="alert">
      <span className="k-message__icon" aria-hidden="true">
        !
      </span>
      <div>
        <p>{text}</p>
        {action}
        {onRetry ? (
          <Button variant="secondary" size="small" onPress={onRetry}>
            {t('common.tryAgain')}
          </Button>
        ) : null}
      </div>
    </div>
  );
}

/** A calm note (a confirmation, a hint); polite, so it does not interrupt. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="k-message" data-tone="info" role="status">
      <span className="k-message__icon" aria-hidden="true">
        i
      </span>
      <div>{children}</div>
    </div>
  );
}

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="k-loading" role="status">
      {label ?? t('common.loading')}
    </p>
  );
}
