import type { Key } from 'react-aria-components';
import { Button, FieldError, Label, ListBox, ListBoxItem, Popover, Select as AriaSelect, SelectValue, Text } from 'react-aria-components';

export interface SelectOption {
  id: string;
  label: string;
}

export interface SelectProps {
  label: string;
  options: readonly SelectOption[];
  value: string | null;
  onChange: (value: string) => void;
  description?: string;
  errorMessage?: string | null;
  placeholder?: string;
  isRequired?: boolean;
  name?: string;
}

export function Select({ label, options, value, onChange, description, errorMessage, placeholder, isRequired, name }: SelectProps) {
  return (
    <AriaSelect
      className="k-field"
      selectedKey={value}
      onSelectionChange={(key: Key | null) => {
        if (key !== null) onChange(String(key));
      }}
      isInvalid={Boolean(errorMessage)}
      isRequired={isRequired}
      name={name}
      placeholder={placeholder}
    >
      <Label className="k-field__label">{label}</Label>
      <Button className="k-input k-select__button">
        <SelectValue />
        <svg className="k-select__chevron" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      </Button>
      {description ? (
        <Text slot="description" className="k-field__description">
          {description}
        </Text>
      ) : null}
      <FieldError className="k-field__error">{errorMessage}</FieldError>
      <Popover className="k-popover">
        <ListBox className="k-listbox" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} className="k-listbox__item" textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaSelect>
  );
}
