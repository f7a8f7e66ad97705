import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../i18n/i18n';
import { useViewer } from '../session/viewer';

/** Once signed in, the interface speaks the profile's language. */
export function ProfileLanguage() {
  const { i18n } = useTranslation();
  const { viewer } = useViewer();
  const profileLanguage = toLanguage(viewer?.locale);
  useEffect(() => {
    if (profileLanguage) void i18n.changeLanguage(profileLanguage);
  }, [profileLanguage, i18n]);
  return null;
}
