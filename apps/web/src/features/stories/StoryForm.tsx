import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, ErrorMessage, Form, Notice, RadioGroup, TextField } from '../../design';

const EVERYONE = 'everyone';

export interface StoryDraft {
  title: string;
  body: string;
  allianceId: string | null;
  isPublic: boolean;
  showNamePublicly: boolean;
}

export interface StoryFormProps {
  /** Present when editing: the audience stays as first chosen. */
  initial?: { title: string; body: string };
  /** The alliances the person may publish to (writing only). */
  alliances?: readonly { id: string; name: string }[];
  displayName?: string;
  pending: boolean;
  error: unknown;
  onSubmit: (draft: StoryDraft) => void;
  onCancel: () => void;
  labelledBy: string;
}

/** Writing a story, or changing one: title, words and, when writing, who may read it. */
export function StoryForm({ initial, alliances = [], displayName = '', pending, error, onSubmit, onCancel, labelledBy }: StoryFormProps) {
  const { t } = useTranslation();
  const editing = initial !== undefined;
  const [title, setTitle] = useState(initial?.title ?? '');
  const [body, setBody] = useState(initial?.body ?? '');
  const [audience, setAudience] = useState(EVERYONE);
  const [isPublic, setPublic] = useState(false);
  const [showName, setShowName] = useState(false);
  const toEveryone = audience === EVERYONE;
  return (
    <Form
      aria-labelledby={labelledBy}
      onSubmit={() =>
        onSubmit({
          title: title.trim(),
          body: body.trim(),
          allianceId: toEveryone ? null : audience,
          isPublic: toEveryone && isPublic,
          showNamePublicly: toEveryone && isPublic && showName,
        })
      }
    >
      <TextField label={t('stories.titleField')} isRequired maxLength={120} value={title} onChange={setTitle} />
      <TextField
        label={t('stories.bodyField')}
        description={t('stories.bodyHint')}
        multiline
        isRequired
        minLength={20}
        maxLength={10000}
        value={body}
        onChange={setBody}
      />
      {editing ? null : (
        <>
          <RadioGroup
            label={t('stories.audience')}
            description={t('stories.audienceHint')}
            value={audience}
            onChange={setAudience}
            options={[
              { id: EVERYONE, label: t('stories.audienceEveryone') },
              ...alliances.map((alliance) => ({ id: alliance.id, label: t('stories.audienceAlliance', { alliance: alliance.name }) })),
            ]}
          />
          {toEveryone ? (
            <div className="k-stack k-stack--tight">
              <Checkbox isSelected={isPublic} onChange={setPublic}>
                {t('stories.publicChoice')}
              </Checkbox>
              {isPublic ? (
                <Checkbox isSelected={showName} onChange={setShowName}>
                  {t('stories.showNameChoice', { name: displayName })}
                </Checkbox>
              ) : null}
              {isPublic ? <p className="k-muted">{showName ? t('stories.publicWithName', { name: displayName }) : t('stories.publicWithoutName')}</p> : null}
            </div>
          ) : null}
        </>
      )}
      <Notice>
        <p>{editing ? t('stories.editReviewNote') : t('stories.reviewNote')}</p>
      </Notice>
      <ErrorMessage error={error} />
      <div className="k-row">
        <Button type="submit" isPending={pending}>
          {editing ? t('stories.sendChanges') : t('stories.send')}
        </Button>
        <Button variant="quiet" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </Form>
  );
}
