import { FieldError, Label, Radio, RadioGroup as AriaRadioGroup, Text } from 'react-aria-components';

export interface RatingScaleProps {
  label: string;
  description?: string;
  min: number;
  max: number;
  /** Words for some points (the two ends and the middle, say): read with their point, the two ends also shown under the scale. */
  anchors?: readonly { value: number; label: string }[];
  value: number | null;
  onChange: (value: number) => void;
  errorMessage?: string | null;
}

/**
 * A rating on a numbered scale (0 to 10, say): every point is a 44 px button in one group,
 * all visible at once and chosen with one tap or the arrow keys. The points wrap on a phone.
 */
export function RatingScale({ label, description, min, max, anchors = [], value, onChange, errorMessage }: RatingScaleProps) {
  const points = Array.from({ length: max - min + 1 }, (_, index) => min + index);
  const words = new Map(anchors.map((anchor) => [anchor.value, anchor.label]));
  const lowest = words.get(min);
  const highest = words.get(max);
  return (
    <AriaRadioGroup
      className="k-field k-scale"
      orientation="horizontal"
      value={value === null ? null : String(value)}
      onChange={(chosen) => onChange(Number(chosen))}
      isInvalid={Boolean(errorMessage)}
    >
      <Label className="k-field__label">{label}</Label>
      {description ? (
        <Text slot="description" className="k-field__description">
          {description}
        </Text>
      ) : null}
      <div className="k-scale__points">
        {points.map((point) => (
          <Radio key={point} value={String(point)} className="k-scale__point">
            {point}
            {words.has(point) ? <span className="k-visually-hidden">{` · ${words.get(point)}`}</span> : null}
          </Radio>
        ))}
      </div>
      {lowest || highest ? (
        // Already read with the points themselves; shown for sighted people.
        <p className="k-scale__ends" aria-hidden="true">
          <span>{lowest ? `${min} · ${lowest}` : ''}</span>
          <span>{highest ? `${max} · ${highest}` : ''}</span>
        </p>
      ) : null}
      <FieldError className="k-field__error">{errorMessage}</FieldError>
    </AriaRadioGroup>
  );
}
