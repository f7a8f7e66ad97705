import { createContext, useCallback, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../graphql/generated';
import type { SessionClient, SessionSnapshot } from './session-client';

const SessionContext = createContext<SessionClient | null>(null);

export function SessionProvider({ session, children }: { session: SessionClient; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSessionClient(): SessionClient {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSessionClient needs a SessionProvider above it');
  return session;
}

export function useSession(): SessionSnapshot {
  const session = useSessionClient();
  return useSyncExternalStore(session.subscribe, session.getSnapshot);
}

const LogoutDocument = graphql(`
  mutation Logout {
    logout {
      ok
    }
  }
`);

const LogoutEverywhereDocument = graphql(`
  mutation LogoutEverywhere {
    logoutEverywhere {
      ok
    }
  }
`);

/**
 * Signs out on this device, or on every device. The cache is emptied afterwards, so nothing
 * of the person's stays in memory for the next person at this screen.
 */
export function useSignOut(): (scope: 'thisDevice' | 'everywhere') => Promise<void> {
  const session = useSessionClient();
  const client = useApolloClient();
  return useCallback(
    async (scope) => {
      await session.signOut(() => client.mutate({ mutation: scope === 'everywhere' ? LogoutEverywhereDocument : LogoutDocument }));
      await client.clearStore();
    },
    [session, client],
  );
}
