import { useQuery } from '@apollo/client/react';
import { graphql } from '../graphql/generated';
import type { PlatformRole, ViewerQuery } from '../graphql/generated/graphql';
import { useSession } from './session-context';

export const ViewerDocument = graphql(`
  query Viewer {
    me {
      id
      displayName
      pronouns
      locale
      timeZone
      emailVerified
      roles
    }
  }
`);

export type Viewer = ViewerQuery['me'];

/** The roles that open pages of their own: the people who run and keep Kindred. */
export type StaffRole = Extract<PlatformRole, 'ADMIN' | 'COORDINATOR' | 'MODERATOR'>;

/**
 * The signed-in person as the api knows them, shared by every component through Apollo's
 * cache. `loading` stays true until their roles are known, so a role-gated page neither
 * flashes a refusal nor shows itself early.
 */
export function useViewer(): { viewer: Viewer | null; loading: boolean } {
  const { status } = useSession();
  const { data, loading } = useQuery(ViewerDocument, { skip: status !== 'signedIn' });
  return { viewer: data?.me ?? null, loading: status === 'restoring' || (status === 'signedIn' && loading && !data) };
}

/** Whether the signed-in person holds the role. */
export function holdsRole(viewer: Viewer | null, role: PlatformRole): boolean {
  return viewer?.roles.includes(role) ?? false;
}
