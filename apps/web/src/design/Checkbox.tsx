import type { ReactNode } from 'react';
import {
  Checkbox as AriaCheckbox,
  CheckboxGroup as AriaCheckboxGroup,
  FieldError,
  Label,
  Switch as AriaSwitch,
  Text,
  type CheckboxProps as AriaCheckboxProps,
  type SwitchProps as AriaSwitchProps,
} from 'react-aria-components';

export interface CheckboxProps extends Omit<AriaCheckboxProps, 'className' | 'style' | 'children'> {
  children: ReactNode;
}

export function Checkbox({ children, ...props }: CheckboxProps) {
  return (
    <AriaCheckbox {...props} className="k-check">
      {({ isSelected }) => (
        <>
          <span className="k-check__box" aria-hidden="true">
            {isSelected ? (
              <svg width="16" height="16" viewBox="0 0 16 16">
                <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2.5" />
              </svg>
            ) : null}
          </span>
          <span>{children}</span>
        </>
      )}
    </AriaCheckbox>
  );
}

export interface CheckboxGroupProps {
  label: string;
  description?: string;
  errorMessage?: string | null;
  value: string[];
  onChange: (value: string[]) => void;
  options: readonly { id: string; label: string }[];
  /** Many short options: side by side where the screen is wide enough, one per line on a phone. */
  columns?: boolean;
}

export function CheckboxGroup({ label, description, errorMessage, value, onChange, options, columns = false }: CheckboxGroupProps) {
  return (
    <AriaCheckboxGroup
      className={columns ? 'k-field k-check-group k-check-group--columns' : 'k-field k-check-group'}
      value={value}
      onChange={onChange}
      isInvalid={Boolean(errorMessage)}
    >
      <Label className="k-field__label">{label}</Label>
      {description ? (
        <Text slot="description" className="k-field__description">
          {description}
        </Text>
      ) : null}
      {options.map((option) => (
        <Checkbox key={option.id} value={option.id}>
          {option.label}
        </Checkbox>
      ))}
      <FieldError className="k-field__error">{errorMessage}</FieldError>
    </AriaCheckboxGroup>
  );
}

export interface SwitchProps extends Omit<AriaSwitchProps, 'className' | 'style' | 'children'> {
  children: ReactNode;
}

/** An on/off setting that takes effect at once (a checkbox is for choices sent with a form). */
export function Switch({ children, ...props }: SwitchProps) {
  return (
    <AriaSwitch {...props} className="k-switch">
      <span className="k-switch__track" aria-hidden="true">
        <span className="k-switch__thumb" />
      </span>
      <span>{children}</span>
    </AriaSwitch>
  );
}
