import { useLocation } from 'react-router';

/** The `token` an email link carries, or null. */
export function useLinkToken(): string | null {
  const token = new URLSearchParams(useLocation().search).get('token');
  return token && token.trim() ? token.trim() : null;
}
