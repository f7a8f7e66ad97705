import { useId, useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink, CheckboxGroup, Dialog, EmptyState, ErrorMessage, Form, Loading, Notice, Page, Select, TextField } from '../../design';
import type { DiaryEntryFieldsFragment, DiaryEntryInput } from '../../graphql/generated/graphql';
import { today, useDayFormat } from '../../i18n/days';
import {
  DeleteDiaryEntryDocument,
  DiaryReadersDocument,
  DiaryTagsDocument,
  EditDiaryEntryDocument,
  MyDiaryDocument,
  ShareDiaryEntryDocument,
  ShareDiaryEntryWithEveryoneDocument,
  UnshareDiaryEntryDocument,
  WriteDiaryEntryDocument,
} from './diary-documents';

const PAGE_SIZE = 20;
const ANY_TAG = 'any';

export interface Tag {
  id: string;
  kind: 'FACILITATOR' | 'OBSTACLE';
  label: string;
}

interface Reader {
  personId: string;
  displayName: string;
}

interface Search {
  tag: string | null;
  from: string | null;
  to: string | null;
}

const NO_SEARCH: Search = { tag: null, from: null, to: null };

/** The tags, in one tap each: what helped and what got in the way, folded away until wanted. */
function TagPicker({ tags, value, onChange }: { tags: readonly Tag[]; value: string[]; onChange: (value: string[]) => void }) {
  const { t } = useTranslation();
  const groups = (['FACILITATOR', 'OBSTACLE'] as const).map((kind) => ({ kind, tags: tags.filter((tag) => tag.kind === kind) }));
  const labelOf = new Map(tags.map((tag) => [tag.id, tag.label]));
  return (
    <div className="k-stack k-stack--tight">
      <details className="k-details">
        <summary>{t('diary.tagsOpen')}</summary>
        <div className="k-stack">
          <p className="k-muted">{t('diary.tagsHint')}</p>
          {groups.map((group) => {
            const ids = new Set(group.tags.map((tag) => tag.id));
            return (
              <CheckboxGroup
                key={group.kind}
                columns
                label={t(group.kind === 'FACILITATOR' ? 'diary.tagsHelped' : 'diary.tagsHard')}
                options={group.tags.map((tag) => ({ id: tag.id, label: tag.label }))}
                value={value.filter((id) => ids.has(id))}
                onChange={(chosen) => onChange([...value.filter((id) => !ids.has(id)), ...chosen])}
              />
            );
          })}
        </div>
      </details>
      {value.length > 0 ? <p className="k-muted">{t('diary.tagsChosen', { tags: value.map((id) => labelOf.get(id) ?? id).join(', ') })}</p> : null}
    </div>
  );
}

interface EntryFormProps {
  initial?: DiaryEntryInput;
  tags: readonly Tag[];
  submitLabel: string;
  pending: boolean;
  error: unknown;
  labelledBy: string;
  /** Resolves once saved; the form keeps what was typed when it fails. */
  onSubmit: (input: DiaryEntryInput) => Promise<unknown>;
  onCancel?: () => void;
  /** Blank again once saved, ready for the next entry (focus stays on the form). */
  clearOnSave?: boolean;
}

function EntryForm({ initial, tags, submitLabel, pending, error, labelledBy, onSubmit, onCancel, clearOnSave = false }: EntryFormProps) {
  const { t } = useTranslation();
  const [entryDate, setEntryDate] = useState(initial?.entryDate ?? today());
  const [body, setBody] = useState(initial?.body ?? '');
  const [chosen, setChosen] = useState<string[]>([...(initial?.tags ?? [])]);
  const submit = () =>
    void onSubmit({ entryDate, body, tags: chosen })
      .then(() => {
        if (!clearOnSave) return;
        setEntryDate(today());
        setBody('');
        setChosen([]);
      })
      .catch(() => undefined);
  return (
    <Form aria-labelledby={labelledBy} onSubmit={submit}>
      <TextField label={t('diary.day')} type="date" isRequired value={entryDate} onChange={setEntryDate} />
      <TextField label={t('diary.body')} description={t('diary.bodyHint')} multiline isRequired maxLength={20000} value={body} onChange={setBody} />
      <TagPicker tags={tags} value={chosen} onChange={setChosen} />
      <ErrorMessage error={error} />
      <div className="k-row">
        <Button type="submit" isPending={pending}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="quiet" onPress={onCancel}>
            {t('common.cancel')}
          </Button>
        ) : null}
      </div>
    </Form>
  );
}

function WriteEntry({ tags }: { tags: readonly Tag[] }) {
  const { t } = useTranslation();
  const [write, writing] = useMutation(WriteDiaryEntryDocument, { refetchQueries: [MyDiaryDocument] });
  return (
    <section className="k-card k-stack" aria-labelledby="diary-write">
      <h2 id="diary-write">{t('diary.writeTitle')}</h2>
      <p className="k-muted">{t('diary.writePrivate')}</p>
      <EntryForm
        clearOnSave
        tags={tags}
        labelledBy="diary-write"
        submitLabel={t('diary.save')}
        pending={writing.loading}
        error={writing.error}
        onSubmit={(input) => write({ variables: { input } })}
      />
      {writing.data && !writing.loading ? <Notice>{t('diary.saved')}</Notice> : null}
    </section>
  );
}

function SearchForm({ tags, search, onSearch }: { tags: readonly Tag[]; search: Search; onSearch: (search: Search) => void }) {
  const { t } = useTranslation();
  const [tag, setTag] = useState(search.tag ?? ANY_TAG);
  const [from, setFrom] = useState(search.from ?? '');
  const [to, setTo] = useState(search.to ?? '');
  const searching = search !== NO_SEARCH;
  return (
    <section className="k-stack" aria-labelledby="diary-search">
      <h2 id="diary-search">{t('diary.searchTitle')}</h2>
      <Form aria-labelledby="diary-search" onSubmit={() => onSearch({ tag: tag === ANY_TAG ? null : tag, from: from || null, to: to || null })}>
        <Select
          label={t('diary.searchTag')}
          options={[{ id: ANY_TAG, label: t('diary.anyTag') }, ...tags.map((option) => ({ id: option.id, label: option.label }))]}
          value={tag}
          onChange={setTag}
        />
        <div className="k-columns">
          <TextField label={t('diary.from')} type="date" value={from} onChange={setFrom} />
          <TextField label={t('diary.to')} type="date" value={to} onChange={setTo} />
        </div>
        <p className="k-muted">{t('diary.searchHint')}</p>
        <div className="k-row">
          <Button type="submit" variant="secondary">
            {t('diary.search')}
          </Button>
          {searching ? (
            <Button
              variant="quiet"
              onPress={() => {
                setTag(ANY_TAG);
                setFrom('');
                setTo('');
                onSearch(NO_SEARCH);
              }}
            >
              {t('diary.clearSearch')}
            </Button>
          ) : null}
        </div>
      </Form>
    </section>
  );
}

/** Who can read the entry, always in view: "only you", or each person it is shared with. */
function WhoCanSee({ entry }: { entry: DiaryEntryFieldsFragment }) {
  const { t } = useTranslation();
  const formatDay = useDayFormat('medium');
  const readers = entry.sharedWith.filter((share) => share.visibleNow);
  const ended = entry.sharedWith.filter((share) => !share.visibleNow);
  return (
    <div className="k-visibility">
      <p>
        <strong>{t('diary.whoCanSee')}</strong>{' '}
        {readers.length === 0 ? t('diary.onlyYou') : t('diary.youAnd', { names: readers.map((share) => share.displayName).join(', ') })}
      </p>
      {readers.map((share) => (
        <p key={share.personId} className="k-muted">
          {t('diary.sharedSince', { name: share.displayName, date: formatDay(share.sharedAt.slice(0, 10)) })}
        </p>
      ))}
      {ended.map((share) => (
        <p key={share.personId} className="k-muted">
          {t('diary.sharingEnded', { name: share.displayName })}
        </p>
      ))}
    </div>
  );
}

function ShareForm({ entry, readers, close }: { entry: DiaryEntryFieldsFragment; readers: readonly Reader[]; close: () => void }) {
  const { t } = useTranslation();
  const visible = new Set(entry.sharedWith.filter((share) => share.visibleNow).map((share) => share.personId));
  const [chosen, setChosen] = useState(readers.filter((reader) => visible.has(reader.personId)).map((reader) => reader.personId));
  const [share, sharing] = useMutation(ShareDiaryEntryDocument);
  const [unshare, unsharing] = useMutation(UnshareDiaryEntryDocument);
  const shared = new Set(entry.sharedWith.map((share) => share.personId));
  const submit = async () => {
    const add = chosen.filter((personId) => !visible.has(personId));
    const stop = readers.map((reader) => reader.personId).filter((personId) => shared.has(personId) && !chosen.includes(personId));
    if (add.length > 0) await share({ variables: { id: entry.id, granteeIds: add } });
    if (stop.length > 0) await unshare({ variables: { id: entry.id, granteeIds: stop } });
    close();
  };
  return (
    <Form aria-label={t('diary.shareTitle')} onSubmit={() => void submit().catch(() => undefined)}>
      <CheckboxGroup
        label={t('diary.shareWho')}
        description={t('diary.shareWhoHint')}
        options={readers.map((reader) => ({ id: reader.personId, label: reader.displayName }))}
        value={chosen}
        onChange={setChosen}
      />
      <p>{t('diary.shareExplain')}</p>
      <ErrorMessage error={sharing.error ?? unsharing.error} />
      <div className="k-row">
        <Button type="submit" isPending={sharing.loading || unsharing.loading}>
          {t('diary.shareSave')}
        </Button>
        <Button variant="quiet" onPress={close}>
          {t('common.cancel')}
        </Button>
      </div>
    </Form>
  );
}

/** One step for the common wish: everyone the person's grants allow now, each named first. */
function ShareWithEveryone({ entry, readers, close }: { entry: DiaryEntryFieldsFragment; readers: readonly Reader[]; close: () => void }) {
  const { t, i18n } = useTranslation();
  const [share, sharing] = useMutation(ShareDiaryEntryWithEveryoneDocument);
  const visible = new Set(entry.sharedWith.filter((share) => share.visibleNow).map((share) => share.personId));
  if (readers.every((reader) => visible.has(reader.personId))) return null;
  const names = new Intl.ListFormat(i18n.language === 'fr' ? 'fr' : 'en', { type: 'conjunction' }).format(readers.map((reader) => reader.displayName));
  return (
    <div className="k-stack k-stack--tight">
      <p>{t('diary.shareEveryoneWho', { names, count: readers.length })}</p>
      <ErrorMessage error={sharing.error} />
      <div className="k-row">
        <Button
          isPending={sharing.loading}
          onPress={() =>
            void share({ variables: { id: entry.id } })
              .then(close)
              .catch(() => undefined)
          }
        >
          {t('diary.shareEveryone', { names, count: readers.length })}
        </Button>
      </div>
      <p className="k-muted">{t('diary.shareEveryoneOr')}</p>
    </div>
  );
}

function ShareDialog({ entry, readers, dayLabel }: { entry: DiaryEntryFieldsFragment; readers: readonly Reader[]; dayLabel: string }) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('diary.shareTitle')}
      trigger={
        <Button variant="secondary" size="small" aria-label={t('diary.shareNamed', { day: dayLabel })}>
          {t('diary.share')}
        </Button>
      }
    >
      {(close) =>
        readers.length === 0 ? (
          <>
            <p>{t('diary.nobodyAllowed')}</p>
            <p>{t('diary.nobodyAllowedHow')}</p>
            <div className="k-row">
              <ButtonLink href="/circle" variant="secondary">
                {t('diary.openPrivacy')}
              </ButtonLink>
              <Button variant="quiet" onPress={close}>
                {t('common.close')}
              </Button>
            </div>
          </>
        ) : (
          <>
            <ShareWithEveryone entry={entry} readers={readers} close={close} />
            <ShareForm entry={entry} readers={readers} close={close} />
          </>
        )
      }
    </Dialog>
  );
}

function DeleteDialog({ entry, dayLabel, onDeleted }: { entry: DiaryEntryFieldsFragment; dayLabel: string; onDeleted: () => void }) {
  const { t } = useTranslation();
  const [remove, removing] = useMutation(DeleteDiaryEntryDocument, {
    update: (cache) => {
      cache.evict({ id: cache.identify({ __typename: 'DiaryEntry', id: entry.id }) });
      cache.gc();
    },
  });
  return (
    <Dialog
      role="alertdialog"
      title={t('diary.deleteTitle')}
      trigger={
        <Button variant="quiet" size="small" aria-label={t('diary.deleteNamed', { day: dayLabel })}>
          {t('diary.delete')}
        </Button>
      }
    >
      {(close) => (
        <>
          <p>{t('diary.deleteExplain', { day: dayLabel })}</p>
          {entry.sharedWith.length > 0 ? <p>{t('diary.deleteShared')}</p> : null}
          <ErrorMessage error={removing.error} />
          <div className="k-row">
            <Button
              isPending={removing.loading}
              onPress={() =>
                void remove({ variables: { id: entry.id } })
                  .then(() => {
                    close();
                    onDeleted();
                  })
                  .catch(() => undefined)
              }
            >
              {t('diary.deleteConfirm')}
            </Button>
            <Button variant="quiet" onPress={close}>
              {t('diary.deleteKeep')}
            </Button>
          </div>
        </>
      )}
    </Dialog>
  );
}

export function EntryCard({
  entry,
  tags,
  readers,
  onDeleted,
  standalone = false,
}: {
  entry: DiaryEntryFieldsFragment;
  tags: readonly Tag[];
  readers: readonly Reader[];
  onDeleted: () => void;
  /** On the entry's own page: its day heads the page's only section, and there is nowhere further to open it. */
  standalone?: boolean;
}) {
  const { t } = useTranslation();
  const formatDay = useDayFormat('full');
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [editing, setEditingState] = useState(false);
  // Leaving the form removes the control that had focus: the entry's day takes it, not the page's top.
  const setEditing = (next: boolean) => {
    setEditingState(next);
    if (!next) requestAnimationFrame(() => headingRef.current?.focus());
  };
  const [edit, saving] = useMutation(EditDiaryEntryDocument);
  const labelOf = new Map(tags.map((tag) => [tag.id, tag.label]));
  const dayLabel = formatDay(entry.entryDate);
  const Heading = standalone ? 'h2' : 'h3';
  return (
    <article className="k-stack k-stack--tight" aria-labelledby={headingId}>
      <Heading id={headingId} ref={headingRef} tabIndex={-1}>
        {dayLabel}
      </Heading>
      {editing ? (
        <EntryForm
          initial={{ entryDate: entry.entryDate, body: entry.body, tags: entry.tags }}
          tags={tags}
          labelledBy={headingId}
          submitLabel={t('diary.saveChanges')}
          pending={saving.loading}
          error={saving.error}
          onSubmit={(input) => edit({ variables: { id: entry.id, input } }).then(() => setEditing(false))}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <p className="k-text-block">{entry.body}</p>
          {entry.tags.length > 0 ? (
            <ul className="k-pills" aria-label={t('diary.tagsLabel')}>
              {entry.tags.map((id) => (
                <li key={id}>{labelOf.get(id) ?? id}</li>
              ))}
            </ul>
          ) : null}
          <WhoCanSee entry={entry} />
          <div className="k-row">
            {standalone ? null : (
              <ButtonLink href={`/diary/${entry.id}`} variant="quiet" size="small" aria-label={t('diary.openNamed', { day: dayLabel })}>
                {t('diary.open')}
              </ButtonLink>
            )}
            <Button variant="secondary" size="small" aria-label={t('diary.editNamed', { day: dayLabel })} onPress={() => setEditing(true)}>
              {t('diary.edit')}
            </Button>
            <ShareDialog entry={entry} readers={readers} dayLabel={dayLabel} />
            <DeleteDialog entry={entry} dayLabel={dayLabel} onDeleted={onDeleted} />
          </div>
        </>
      )}
    </article>
  );
}

/** Who the person lets see shared diary entries now. */
export function useDiaryReaders(): Reader[] {
  const grants = useQuery(DiaryReadersDocument);
  return (grants.data?.mySharingGrants ?? [])
    .filter((grant) => grant.active && grant.scope === 'DIARY_SHARED')
    .map((grant) => ({ personId: grant.granteeId, displayName: grant.granteeDisplayName }));
}

function Entries({ tags, search }: { tags: readonly Tag[]; search: Search }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const variables = { first: PAGE_SIZE, tags: search.tag ? [search.tag] : null, from: search.from, to: search.to };
  const { data, loading, error, refetch, fetchMore } = useQuery(MyDiaryDocument, { variables });
  const readers = useDiaryReaders();
  const entries = data?.myDiaryEntries.edges.map((edge) => edge.node) ?? [];
  const pageInfo = data?.myDiaryEntries.pageInfo;
  const searching = search !== NO_SEARCH;
  const [loadingMore, setLoadingMore] = useState(false);

  const showMore = () => {
    if (!pageInfo?.endCursor) return;
    setLoadingMore(true);
    void fetchMore({
      variables: { after: pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        myDiaryEntries: { ...fetchMoreResult.myDiaryEntries, edges: [...(previous.myDiaryEntries?.edges ?? []), ...fetchMoreResult.myDiaryEntries.edges] },
      }),
    })
      .catch(() => undefined)
      .finally(() => setLoadingMore(false));
  };

  return (
    <section className="k-stack" aria-labelledby="diary-entries">
      <h2 id="diary-entries" ref={headingRef} tabIndex={-1}>
        {searching ? t('diary.resultsTitle') : t('diary.entriesTitle')}
      </h2>
      {loading && !data ? <Loading /> : null}
      {!data && error ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {data && entries.length === 0 ? (
        searching ? (
          <EmptyState title={t('diary.noMatchTitle')} headingLevel={3}>
            {t('diary.noMatch')}
          </EmptyState>
        ) : (
          <EmptyState title={t('diary.emptyTitle')} headingLevel={3}>
            {t('diary.empty')}
          </EmptyState>
        )
      ) : null}
      {entries.length > 0 ? (
        <ul className="k-list" aria-labelledby="diary-entries">
          {entries.map((entry) => (
            <li key={entry.id} className="k-list__item">
              <EntryCard entry={entry} tags={tags} readers={readers} onDeleted={() => headingRef.current?.focus()} />
            </li>
          ))}
        </ul>
      ) : null}
      {pageInfo?.hasNextPage ? (
        <div className="k-row">
          <Button variant="secondary" isPending={loadingMore} onPress={showMore}>
            {t('diary.showMore')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

export default function DiaryPage() {
  const { t, i18n } = useTranslation();
  const tagsQuery = useQuery(DiaryTagsDocument, { variables: { locale: i18n.language } });
  const tags: Tag[] = tagsQuery.data?.recoveryTags ?? [];
  const [search, setSearch] = useState<Search>(NO_SEARCH);
  return (
    <Page title={t('diary.title')} intro={t('diary.intro')}>
      <WriteEntry tags={tags} />
      <SearchForm tags={tags} search={search} onSearch={setSearch} />
      <Entries tags={tags} search={search} />
    </Page>
  );
}
