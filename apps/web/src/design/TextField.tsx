import { useTranslation } from 'react-i18next';
import { FieldError, Input, Label, Text, TextArea, TextField as AriaTextField, type TextFieldProps as AriaTextFieldProps } from 'react-aria-components';

export interface TextFieldProps extends Omit<AriaTextFieldProps, 'className' | 'style' | 'children'> {
  label: string;
  description?: string;
  /** Shown under the field and announced; also marks the field invalid. */
  errorMessage?: string | null;
  multiline?: boolean;
  /** For a multiline field meant for a line or two rather than a long text. */
  rows?: number;
  placeholder?: string;
}

export function TextField({ label, description, errorMessage, multiline = false, rows, placeholder, ...props }: TextFieldProps) {
  const { t } = useTranslation();
  return (
    <AriaTextField {...props} className="k-field" isInvalid={Boolean(errorMessage) || props.isInvalid}>
      <Label className="k-field__label">{label}</Label>
      {multiline ? <TextArea className="k-input" rows={rows} placeholder={placeholder} /> : <Input className="k-input" placeholder={placeholder} />}
      {description ? (
        <Text slot="description" className="k-field__description">
          {description}
        </Text>
      ) : null}
      {/* The browser words its own checks in its language, not the page's: ours say it kindly, in both. */}
      <FieldError className="k-field__error">
        {({ validationDetails, validationErrors }) => {
          if (errorMessage) return errorMessage;
          if (validationDetails.valueMissing) return t('validation.required');
          if (validationDetails.typeMismatch && props.type === 'email') return t('validation.email');
          if (validationDetails.tooShort) return t('validation.tooShort', { count: props.minLength ?? 0 });
          return validationErrors.join(' ');
        }}
      </FieldError>
    </AriaTextField>
  );
}
