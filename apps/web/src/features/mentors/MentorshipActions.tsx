import { useState } from 'react';
import type { DocumentNode } from 'graphql';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, ErrorMessage, Form, List, Loading, Notice, RadioGroup, TextField } from '../../design';
import type { MentorReportReason, MentorshipFieldsFragment } from '../../graphql/generated/graphql';
import {
  AskCoordinatorForHelpDocument,
  EndMentorshipDocument,
  MentorshipHistoryDocument,
  PauseMentorshipDocument,
  ReportMentorDocument,
  ResumeMentorshipDocument,
} from './documents';

const REPORT_REASONS: readonly MentorReportReason[] = ['INACTIVE', 'UNSUITABLE', 'OTHER'];

/** The history's kinds are plain strings in the API; one we do not know yet still reads kindly. */
const EVENT_KINDS = [
  'REQUESTED',
  'ACCEPTED',
  'DECLINED',
  'NOT_AVAILABLE',
  'MENTOR_FULL',
  'WITHDRAWN',
  'CANCELLED',
  'EXPIRED',
  'PAUSED',
  'RESUMED',
  'ENDED',
] as const;
type EventKind = (typeof EVENT_KINDS)[number] | 'OTHER';
const eventKind = (kind: string): EventKind => EVENT_KINDS.find((known) => known === kind) ?? 'OTHER';

export interface MentorshipActionsProps {
  mentorship: MentorshipFieldsFragment;
  /** The page's own query, read again once something changed. */
  refetch: DocumentNode;
}

/** The other person in the mentorship, as the viewer sees it. */
export function otherName(mentorship: MentorshipFieldsFragment): string {
  return mentorship.role === 'MENTOR' ? mentorship.memberDisplayName : mentorship.mentorDisplayName;
}

/** Pause, resume, end (after a confirmation), ask the coordinator for help, report (members only) and the history. */
export function MentorshipActions({ mentorship, refetch }: MentorshipActionsProps) {
  const { t } = useTranslation();
  const name = otherName(mentorship);
  const options = { refetchQueries: [refetch], awaitRefetchQueries: true };
  const [pause, pausing] = useMutation(PauseMentorshipDocument, options);
  const [resume, resuming] = useMutation(ResumeMentorshipDocument, options);
  const [askHelp, asking] = useMutation(AskCoordinatorForHelpDocument, options);
  const variables = { mentorshipId: mentorship.id };

  return (
    <div className="k-stack">
      <ErrorMessage error={pausing.error ?? resuming.error ?? asking.error} />
      {mentorship.helpRequested ? <Notice>{t('mentorship.helpAsked')}</Notice> : null}
      <div className="k-row">
        {mentorship.state === 'PAUSED' ? (
          <Button variant="secondary" isDisabled={resuming.loading} onPress={() => void resume({ variables }).catch(() => undefined)}>
            {t('mentorship.resume')}
          </Button>
        ) : (
          <Button variant="secondary" isDisabled={pausing.loading} onPress={() => void pause({ variables }).catch(() => undefined)}>
            {t('mentorship.pause')}
          </Button>
        )}
        <EndMentorship mentorship={mentorship} name={name} refetch={refetch} />
      </div>
      <div className="k-row">
        {mentorship.helpRequested ? null : (
          <Dialog
            title={t('mentorship.helpTitle')}
            trigger={
              <Button variant="quiet" size="small">
                {t('mentorship.askHelp')}
              </Button>
            }
          >
            {(close) => (
              <>
                <p>{t(mentorship.role === 'MENTOR' ? 'mentorship.helpExplainMentor' : 'mentorship.helpExplainMember', { name })}</p>
                <div className="k-row">
                  <Button isDisabled={asking.loading} onPress={() => void askHelp({ variables }).then(close).catch(close)}>
                    {t('mentorship.helpConfirm')}
                  </Button>
                  <Button variant="quiet" onPress={close}>
                    {t('common.cancel')}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        )}
        {mentorship.role === 'MEMBER' ? <ReportMentor mentorship={mentorship} name={name} /> : null}
      </div>
      <MentorshipHistory mentorshipId={mentorship.id} />
    </div>
  );
}

function EndMentorship({ mentorship, name, refetch }: { mentorship: MentorshipFieldsFragment; name: string; refetch: DocumentNode }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [end, { loading, error }] = useMutation(EndMentorshipDocument, { refetchQueries: [refetch], awaitRefetchQueries: true });
  return (
    <Dialog role="alertdialog" title={t('mentorship.endTitle', { name })} trigger={<Button variant="quiet">{t('mentorship.end')}</Button>}>
      {(close) => (
        <Form
          aria-label={t('mentorship.endTitle', { name })}
          onSubmit={() =>
            void end({ variables: { mentorshipId: mentorship.id, reason: reason.trim() || null } })
              .then(close)
              .catch(() => undefined)
          }
        >
          <p>{t('mentorship.endExplain', { name })}</p>
          <TextField
            label={t('mentorship.endReason')}
            description={t('mentorship.endReasonHint')}
            multiline
            rows={2}
            maxLength={1000}
            value={reason}
            onChange={setReason}
          />
          <ErrorMessage error={error} />
          <div className="k-row">
            <Button type="submit" isDisabled={loading}>
              {t('mentorship.endConfirm')}
            </Button>
            <Button variant="quiet" onPress={close}>
              {t('mentorship.keep')}
            </Button>
          </div>
        </Form>
      )}
    </Dialog>
  );
}

function ReportMentor({ mentorship, name }: { mentorship: MentorshipFieldsFragment; name: string }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<MentorReportReason | null>(null);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [report, { data, loading, error }] = useMutation(ReportMentorDocument);
  if (data) return <Notice>{t('mentorship.reportSent')}</Notice>;
  return (
    <Dialog
      title={t('mentorship.reportTitle', { name })}
      trigger={
        <Button variant="quiet" size="small">
          {t('mentorship.report', { name })}
        </Button>
      }
    >
      {(close) => (
        <Form
          aria-label={t('mentorship.reportTitle', { name })}
          onSubmit={() => {
            if (!reason) {
              setMissing(true);
              return;
            }
            void report({ variables: { mentorshipId: mentorship.id, reason, note: note.trim() || null } })
              .then(close)
              .catch(() => undefined);
          }}
        >
          <p>{t('mentorship.reportExplain', { name })}</p>
          <RadioGroup
            label={t('mentorship.reportReason')}
            options={REPORT_REASONS.map((id) => ({ id, label: t(`mentorship.reportReasons.${id}`) }))}
            value={reason}
            onChange={(value) => {
              setReason(REPORT_REASONS.find((id) => id === value) ?? null);
              setMissing(false);
            }}
            errorMessage={missing ? t('mentorship.reportReasonMissing') : null}
          />
          <TextField label={t('mentorship.reportNote')} multiline rows={3} maxLength={1000} value={note} onChange={setNote} />
          <ErrorMessage error={error} />
          <div className="k-row">
            <Button type="submit" isDisabled={loading}>
              {t('mentorship.reportSend')}
            </Button>
            <Button variant="quiet" onPress={close}>
              {t('common.cancel')}
            </Button>
          </div>
        </Form>
      )}
    </Dialog>
  );
}

/** Folded by default: the history is there for whoever wants it, without crowding a phone screen. */
export function MentorshipHistory({ mentorshipId }: { mentorshipId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className="k-stack k-stack--tight">
      <div className="k-row">
        <Button variant="quiet" size="small" aria-expanded={open} onPress={() => setOpen(!open)}>
          {t(open ? 'mentorship.hideHistory' : 'mentorship.showHistory')}
        </Button>
      </div>
      {open ? <HistoryList mentorshipId={mentorshipId} /> : null}
    </div>
  );
}

function HistoryList({ mentorshipId }: { mentorshipId: string }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(MentorshipHistoryDocument, { variables: { mentorshipId }, fetchPolicy: 'cache-and-network' });
  if (!data) return loading ? <Loading /> : <ErrorMessage error={error} />;
  const date = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(iso));
  return (
    <List
      items={data.mentorshipHistory.map((event, index) => ({ ...event, key: `${event.at}-${index}` }))}
      getKey={(event) => event.key}
      label={t('mentorship.historyTitle')}
      empty={<p className="k-muted">{t('mentorship.historyEmpty')}</p>}
      renderItem={(event) => (
        <p>
          {t('mentorship.historyLine', {
            date: date(event.at),
            what: t(`mentorship.event.${eventKind(event.kind)}`),
            who: event.byMe ? t('mentorship.byYou') : '',
          })}
        </p>
      )}
    />
  );
}
