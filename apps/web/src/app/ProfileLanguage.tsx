import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../graphql/generated';
import { toLanguage } from '../i18n/i18n';
import { useSession } from '../session/session-context';

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

/** Once signed in, the interface speaks the profile's language. */
export function ProfileLanguage() {
  const { status } = useSession();
  const { i18n } = useTranslation();
  const { data } = useQuery(ViewerDocument, { skip: status !== 'signedIn' });
  const profileLanguage = toLanguage(data?.me.locale);
  useEffect(() => {
    if (profileLanguage) void i18n.changeLanguage(profileLanguage);
  }, [profileLanguage, i18n]);
  return null;
}
