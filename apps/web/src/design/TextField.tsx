import { FieldError, Input, Label, Text, TextArea, TextField as AriaTextField, type TextFieldProps as AriaTextFieldProps } from 'react-aria-components';

export interface TextFieldProps extends Omit<AriaTextFieldProps, 'className' | 'style' | 'children'> {
  label: string;
  description?: string;
  /** Shown under the field and announced; also marks the field invalid. */
  errorMessage?: string | null;
  multiline?: boolean;
  placeholder?: string;
}

export function TextField({ label, description, errorMessage, multiline = false, placeholder, ...props }: TextFieldProps) {
  return (
    <AriaTextField {...props} className="k-field" isInvalid={Boolean(errorMessage) || props.isInvalid}>
      <Label className="k-field__label">{label}</Label>
      {multiline ? (
        <TextArea className="k-input" placeholder={placeholder} />
      ) : (
        <Input className="k-input" placeholder={placeholder} />
      )}
      {description ? (
        <Text slot="description" className="k-field__description">
          {description}
        </Text>
      ) : null}
      <FieldError className="k-field__error">{errorMessage}</FieldError>
    </AriaTextField>
  );
}
