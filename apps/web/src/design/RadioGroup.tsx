import { FieldError, Label, Radio, RadioGroup as AriaRadioGroup, Text } from 'react-aria-components';

export interface RadioGroupProps {
  label: string;
  options: readonly { id: string; label: string; description?: string }[];
  value: string | null;
  onChange: (value: string) => void;
  description?: string;
  errorMessage?: string | null;
  isRequired?: boolean;
}

/** One choice among a few, all visible at once (a Select hides them). */
export function RadioGroup({ label, options, value, onChange, description, errorMessage, isRequired }: RadioGroupProps) {
  return (
    <AriaRadioGroup className="k-field k-check-group" value={value} onChange={onChange} isInvalid={Boolean(errorMessage)} isRequired={isRequired}>
      <Label className="k-field__label">{label}</Label>
      {description ? (
        <Text slot="description" className="k-field__description">
          {description}
        </Text>
      ) : null}
      {options.map((option) => (
        <Radio key={option.id} value={option.id} className="k-check k-radio">
          <span className="k-check__box k-radio__dot" aria-hidden="true" />
          <span>
            {option.label}
            {option.description ? <span className="k-field__description k-radio__hint">{option.description}</span> : null}
          </span>
        </Radio>
      ))}
      <FieldError className="k-field__error">{errorMessage}</FieldError>
    </AriaRadioGroup>
  );
}
