import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '../../design';
import { RequestSupportNowDocument } from './documents';

/**
 * In the header of every page for someone signed in, beside "Help now" (which only shows the
 * crisis lines): one tap reaches the people they chose. Pressing while a call is open finds it.
 */
export function SupportNowButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [request, { loading }] = useMutation(RequestSupportNowDocument);
  return (
    <Button
      variant="crisis"
      size="small"
      isPending={loading}
      onPress={async () => {
        const result = await request().catch(() => null);
        void navigate(result?.data ? `/support-now/${result.data.requestSupportNow.id}` : '/help');
      }}
    >
      {t('supportNow.button')}
    </Button>
  );
}
