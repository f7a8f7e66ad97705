import type { FormEvent, ReactNode } from 'react';
import { Form as AriaForm } from 'react-aria-components';

export interface FormProps {
  /** Called once the fields are valid; the browser's own submission never happens. */
  onSubmit: () => void;
  children: ReactNode;
  'aria-label'?: string;
  'aria-labelledby'?: string;
}

/** A form whose fields show their own messages on submit, the first invalid one focused. */
export function Form({ onSubmit, children, ...labelling }: FormProps) {
  return (
    <AriaForm
      className="k-stack"
      {...labelling}
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </AriaForm>
  );
}
