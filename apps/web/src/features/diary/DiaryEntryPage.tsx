import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ButtonLink, ErrorMessage, Loading, Page } from '../../design';
import { DiaryTagsDocument, MyDiaryEntryDocument } from './diary-documents';
import { EntryCard, useDiaryReaders, type Tag } from './DiaryPage';

/** One diary entry on its own page, to come back to or to open from a link. */
export default function DiaryEntryPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { entryId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(MyDiaryEntryDocument, { variables: { id: entryId } });
  const tagsQuery = useQuery(DiaryTagsDocument, { variables: { locale: i18n.language } });
  const tags: Tag[] = tagsQuery.data?.recoveryTags ?? [];
  const readers = useDiaryReaders();
  const entry = data?.myDiaryEntry;
  return (
    <Page title={t('diary.entryTitle')} intro={t('diary.entryIntro')}>
      {loading && !entry ? <Loading /> : null}
      {!entry && error ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {entry ? <EntryCard entry={entry} tags={tags} readers={readers} standalone onDeleted={() => void navigate('/diary')} /> : null}
      <div className="k-row">
        <ButtonLink href="/diary" variant="secondary">
          {t('diary.backToDiary')}
        </ButtonLink>
      </div>
    </Page>
  );
}
