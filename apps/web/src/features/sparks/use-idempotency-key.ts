import { useCallback, useState } from 'react';

/**
 * A key for one intended request: a retry after a failure sends the same key (the API then has
 * the effect of one), and `renew` gives the next request a fresh one once this one succeeded.
 */
export function useIdempotencyKey(): [string, () => void] {
  const [key, setKey] = useState(() => crypto.randomUUID());
  const renew = useCallback(() => setKey(crypto.randomUUID()), []);
  return [key, renew];
}
