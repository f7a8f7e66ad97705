import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../design';

const PREVIEW = 600;

/** A story's words, a paragraph per line; a long one opens on request, so the list stays easy to scan. */
export function StoryText({ body, preview = PREVIEW }: { body: string; preview?: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const long = body.length > preview;
  const shown = long && !open ? `${body.slice(0, preview).trimEnd()}…` : body;
  return (
    <div className="k-stack k-stack--tight">
      {shown
        .split(/\n+/)
        .filter((paragraph) => paragraph.trim())
        .map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      {long ? (
        <div>
          <Button variant="quiet" size="small" aria-expanded={open} onPress={() => setOpen(!open)}>
            {open ? t('stories.readLess') : t('stories.readMore')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
